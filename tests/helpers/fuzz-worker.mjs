// The fast-check properties of the hostile corpus, run on a worker thread that the test holds to a
// heap limit and a time limit (tests/record/hostile.test.ts): a pass that loops or allocates without
// end is reported as a failure rather than hanging or exhausting the test runner. Plain JS over
// dist/ (built by `pretest`), since Node 20 cannot load the TypeScript sources on a bare worker.
import { parentPort, workerData } from 'node:worker_threads';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadText } from '../../dist/record/load.js';
import { parseMarkup } from '../../dist/template/markup.js';
import { cleanUnicode, fixPunctuation, normalizeText, punctuationEdits, addNbsp, applyToneStyle } from '../../dist/typography/index.js';
import { breakLongWords } from '../../dist/render/long-words.js';

const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }));
const markup = fc
  .array(fc.constantFrom('<p>', '</p>', '<strong>', '</em>', '<ul>', '<li>', '<br/>', '<!--', '-->', '<x>', '&amp;', '&#99999999;', 'chữ', ' ', '<', '>'), { maxLength: 60 })
  .map((a) => a.join(''));

const PROPERTIES = {
  loader: () =>
    fc.property(fc.uint8Array({ maxLength: 400 }), text, (bytes, s) => {
      loadText('f.yaml', s);
      loadText('f.yaml', `x: ${s}\ny: "${s}"\n`);
      loadText('f.yaml', new TextDecoder().decode(bytes));
    }),
  markup: () => fc.property(markup, (m) => void parseMarkup(m)),
  typography: () =>
    fc.property(text, (s) => {
      for (const out of [cleanUnicode(s), fixPunctuation(s), normalizeText(s), addNbsp(s.normalize('NFC')), applyToneStyle(s.normalize('NFC'), 'old'), breakLongWords(s.normalize('NFC'))]) {
        assert.equal(typeof out, 'string');
      }
      punctuationEdits(s);
      assert.equal(normalizeText(s), normalizeText(s).normalize('NFC'));
    }),
  // Not properties: they show the limits hold (a harness whose limits never trigger proves nothing).
  'allocates-without-end': () =>
    fc.property(fc.constant(0), () => {
      const kept = [];
      for (;;) kept.push(new Array(1 << 16).fill(kept.length));
    }),
  'never-ends': () =>
    fc.property(fc.constant(0), () => {
      for (;;);
    }),
};

const { name, seed, numRuns } = workerData;
try {
  fc.assert(PROPERTIES[name](), { seed, numRuns });
  parentPort.postMessage({ ok: true });
} catch (err) {
  parentPort.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
}
