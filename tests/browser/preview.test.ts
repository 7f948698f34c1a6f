// Issue 12's proof in a real browser (chromium via playwright-core): `baocao watch` serves each seed
// record; the page's text is the PDF's text, the frame lines are the plan's lines, the header rules
// on a screenshot of page 1 stand where the PDF's do (within 2 pt), an edit reloads the page, and a
// broken record shows its positioned diagnostic above the last good preview.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { nodeHost } from '../../src/host/host.js';
import { buildRecord } from '../../src/pipeline/build-record.js';
import { TemplateEngine } from '../../src/template/engine.js';
import { launchBrowser, missingBrowser } from '../helpers/browser.js';
import { tempDir } from '../helpers/files.js';
import { A4_BODY, collapse, pdfText, pdfToPng } from '../helpers/pdf.js';
import { missingTools } from '../helpers/tools.js';
import { startWatch, type WatchProcess } from '../helpers/watch.js';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const records = readdirSync(DATA).filter((f) => f.endsWith('.yaml')).sort();
const skip = missingBrowser() ?? missingTools('pdftotext', 'pdftoppm');

/** CSS px per pt at device scale 1, and pdftoppm's dpi giving the same pixel size. */
const PX_PER_PT = 96 / 72;

interface Rule {
  readonly y: number;
  readonly x0: number;
  readonly x1: number;
}

/**
 * Horizontal rules in the top `height` px of a PNG, decoded by the browser itself: rows holding a
 * run of dark pixels at least 40 px (30 pt) long — longer than any run inside a line of text, whose
 * letters and words leave light gaps — with neighbouring rows of one rule merged.
 */
async function rulesIn(page: Page, png: Buffer, height: number): Promise<Rule[]> {
  return page.evaluate(
    async ({ src, height }) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = Math.min(height, img.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data, width } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const dark = (x: number, y: number) => {
        const i = (y * width + x) * 4;
        return (data[i]! + data[i + 1]! + data[i + 2]!) / 3 < 160;
      };
      const found: { y: number; x0: number; x1: number }[] = [];
      for (let y = 0; y < canvas.height; y++) {
        let start = -1;
        for (let x = 0; x <= width; x++) {
          if (x < width && dark(x, y)) {
            if (start < 0) start = x;
          } else if (start >= 0) {
            if (x - start >= 40) {
              const prev = found.find((r) => Math.abs(r.x0 - start) <= 2 && Math.abs(r.x1 - x) <= 2 && y - r.y <= 2);
              if (prev) prev.y = y;
              else found.push({ y, x0: start, x1: x });
            }
            start = -1;
          }
        }
      }
      return found;
    },
    { src: `data:image/png;base64,${png.toString('base64')}`, height },
  );
}

describe.skipIf(skip)(`HTML preview in chromium${skip ? ` (${skip})` : ''}`, () => {
  const root = join(tempDir(), 'browser');
  const dataDir = join(root, 'data');
  const pdfDir = join(root, 'pdf');
  let watch: WatchProcess;
  let browser: Browser;
  const pdfs = new Map<string, string>();

  beforeAll(async () => {
    mkdirSync(dataDir, { recursive: true });
    mkdirSync(join(root, 'png'), { recursive: true });
    for (const f of records) copyFileSync(join(DATA, f), join(dataDir, f));
    const engine = new TemplateEngine();
    for (const f of records) {
      const r = await buildRecord(nodeHost, join(dataDir, f), { outDir: pdfDir, formats: ['pdf'], engine });
      pdfs.set(f, r.written[0]!.path);
    }
    watch = await startWatch([dataDir, '--no-build', '--out', join(root, 'out')], root);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    // Ctrl-C stops the server cleanly: exit 0.
    expect(await watch?.stop()).toBe(0);
  });

  async function open(file: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1 });
    await page.goto(`${watch.url}r/${encodeURIComponent(basename(file, '.yaml'))}`);
    await page.evaluate(() => document.fonts.ready);
    return page;
  }

  test.each(records)('%s: the page reads as the PDF, frame lines as planned', async (file) => {
    const page = await open(file);
    const html = await page.locator('main.sheet').innerText();
    expect(html).toBe(html.normalize('NFC'));
    // Page numbers sit in the top band of the PDF's pages; the body crop leaves them out.
    const pdf = await pdfText(pdfs.get(file)!, { raw: true, crop: A4_BODY });
    expect(collapse(html)).toBe(collapse(pdf));
    // Every line of the frame (header, title, signature) is one line on screen, as in the PDF.
    const frame = await page.$$eval('.frame-table p, .title p', (ps) =>
      ps.map((p) => {
        const lines = (p as HTMLElement).innerText.split('\n');
        const range = document.createRange();
        range.selectNodeContents(p);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return { lines, boxes: tops.size };
      }),
    );
    // pdftotext puts the two cells of a header row on one line (number and date): a frame line is
    // found inside a line of the PDF's text.
    // Runs of blanks (a draft's number and date) come out of pdftotext as one space.
    const pdfLines = pdf.split('\n').map(collapse);
    for (const p of frame.filter((f) => f.lines.join('').trim() !== '')) {
      expect(p.boxes, p.lines.join(' / ')).toBe(p.lines.length);
      for (const line of p.lines) expect(pdfLines.some((l) => l.includes(collapse(line))), line).toBe(true);
    }
    await page.close();
  });

  test.each(records)('%s: header and title rules on page 1 within 2 pt of the PDF', async (file) => {
    const page = await open(file);
    const box = (await page.locator('main.sheet').boundingBox())!;
    const band = 420;
    const shot = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: band } });
    const [png] = await pdfToPng(pdfs.get(file)!, join(root, 'png'), basename(file, '.yaml'), { firstPage: 1, lastPage: 1, dpi: 96 });
    const inHtml = await rulesIn(page, shot, band);
    const inPdf = await rulesIn(page, readFileSync(png!), band);
    expect(inPdf.length).toBeGreaterThan(0);
    expect(inHtml.length).toBe(inPdf.length);
    const pt = (px: number) => px / PX_PER_PT;
    inPdf.forEach((r, i) => {
      const h = inHtml[i]!;
      expect(Math.abs(pt(h.x0 - r.x0)), `rule ${i} left edge`).toBeLessThanOrEqual(2);
      expect(Math.abs(pt(h.x1 - r.x1)), `rule ${i} right edge`).toBeLessThanOrEqual(2);
      expect(Math.abs(pt(h.x1 - h.x0 - (r.x1 - r.x0))), `rule ${i} length`).toBeLessThanOrEqual(2);
    });
    await page.close();
  });

  test('report --only html: the file opens from disk with Tinos loaded and no request elsewhere', async () => {
    const file = records[0]!;
    const r = await buildRecord(nodeHost, join(dataDir, file), { outDir: join(root, 'html'), formats: ['html'], engine: new TemplateEngine() });
    const page = await browser.newPage({ javaScriptEnabled: false });
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(r.written[0]!.path).href);
    // Script is off in the page: it reads without any. The check runs from the test's side.
    // A face the document does not use stays unloaded until asked for: each is loaded here, which
    // fails for a face whose inlined data the browser cannot read.
    const faces = await page.evaluate(async () => {
      await Promise.allSettled([...document.fonts].map((f) => f.load()));
      return [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.style} ${f.status}`);
    });
    expect(faces.sort()).toEqual(['Tinos bold italic loaded', 'Tinos bold normal loaded', 'Tinos normal italic loaded', 'Tinos normal normal loaded'].sort());
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  });

  test('an edit reloads the page with the change; a broken record shows its diagnostic over the last good preview', async () => {
    const file = records.find((f) => f.includes('lai-chau'))!;
    const path = join(dataDir, file);
    const page = await open(file);
    const source = readFileSync(path, 'utf8');
    const place = /^place: (.+)$/m.exec(source)![1]!;

    // The issue asks for the change on screen within 1 s; it takes ~0.3 s on an idle machine, but
    // timed assertions are not used here (they fail on a busy CI runner): the wait is generous and
    // the latency belongs to a benchmark.
    writeFileSync(path, source.replace(/^place: .+$/m, 'place: Mường Lay'));
    await page.waitForFunction(() => document.querySelector('.e-dateLine')?.textContent?.startsWith('Mường Lay,'), undefined, { timeout: 15_000 });
    expect(await page.locator('.e-dateLine').innerText()).not.toContain(place);

    const broken = source.replace(/^place: .+$/m, 'place: Mường Lay').replace(/^date: .+$/m, 'date: "2024-13"');
    writeFileSync(path, broken);
    const panel = page.locator('#baocao-diagnostics.errors');
    await panel.waitFor({ timeout: 15_000 });
    const line = broken.split('\n').findIndex((l) => l.startsWith('date:')) + 1;
    const text = await panel.innerText();
    expect(text).toContain(`${path}:${line}:7  lỗi`);
    expect(text).toContain('[rules/impossible-date]');
    // The last good preview stays under the panel.
    expect(await page.locator('.e-dateLine').innerText()).toMatch(/^Mường Lay,/);
    writeFileSync(path, source);
    await panel.waitFor({ state: 'detached', timeout: 15_000 });
    await page.close();
  });
});
