import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/template/markup.js';

describe('parseMarkup', () => {
  it('turns the subset into blocks, keeping inline emphasis and collapsing white space', () => {
    const { blocks, problems } = parseMarkup(`
      <h2>Kết quả</h2>
      <p>Đoạn  có <strong>chữ đậm</strong> và <em>nghiêng</em>,<br> rồi xuống dòng.</p>
      <ul><li>Ý một</li><li> Ý hai </li></ul>
      <ol><li>Thứ nhất</li></ol>
      <table><tr><th>Chỉ tiêu</th><th>Số</th></tr><tr><td>Công trình</td><td>7</td></tr></table>`);
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, content: [{ kind: 'text', text: 'Kết quả' }] },
      {
        kind: 'paragraph',
        content: [
          { kind: 'text', text: 'Đoạn có ' },
          { kind: 'text', text: 'chữ đậm', bold: true },
          { kind: 'text', text: ' và ' },
          { kind: 'text', text: 'nghiêng', italic: true },
          { kind: 'text', text: ',' },
          { kind: 'break' },
          { kind: 'text', text: 'rồi xuống dòng.' },
        ],
      },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'Ý một' }], [{ kind: 'text', text: 'Ý hai' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'Thứ nhất' }]] },
      {
        kind: 'table',
        header: [[{ kind: 'text', text: 'Chỉ tiêu' }], [{ kind: 'text', text: 'Số' }]],
        rows: [[[{ kind: 'text', text: 'Công trình' }], [{ kind: 'text', text: '7' }]]],
      },
    ]);
  });

  it('decodes the entities Handlebars escapes record values with, so a value never opens a tag', () => {
    const { blocks, problems } = parseMarkup('<p>Q&amp;A &lt;b&gt; &quot;x&quot; &#x27;y&#x27; &#x3D;</p>');
    expect(problems).toEqual([]);
    expect(blocks).toEqual([{ kind: 'paragraph', content: [{ kind: 'text', text: `Q&A <b> "x" 'y' =` }] }]);
  });

  it('reports a tag outside the subset with its offset instead of dropping it', () => {
    const src = '<p>Một</p>\n<div>Hai</div>';
    const { problems } = parseMarkup(src);
    expect(problems).toContainEqual({ offset: src.indexOf('<div>'), tag: 'div', kind: 'unknown-tag' });
  });

  it('reports an unclosed paragraph and stray text', () => {
    expect(parseMarkup('<p>Một').problems.map((p) => p.kind)).toEqual(['unclosed']);
    expect(parseMarkup('chữ lạc').problems.map((p) => p.kind)).toEqual(['misplaced']);
  });

  it('drops empty paragraphs and lists, as a template leaving out an empty section would want', () => {
    expect(parseMarkup('<p>  </p><ul>\n</ul>').blocks).toEqual([]);
  });
});
