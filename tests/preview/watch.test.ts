// `baocao watch` without a browser: the server (127.0.0.1 only, its own Host, GET only, bounded
// reload channels), what a change rebuilds (a record: that record; a template: all), the reload
// event over SSE, and Ctrl-C during background builds leaving no temporary file behind.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get, request, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPreviewServer } from '../../src/preview/server.js';
import { tempDir } from '../helpers/files.js';
import { startWatch, type WatchProcess } from '../helpers/watch.js';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const A = '2023-08-22-dien-bien-so-ket-quy-che-phoi-hop';
const B = '2024-lai-chau-tong-ket-nghi-dinh-21';

function fetchRaw(url: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; body: string; headers: IncomingMessage['headers'] }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    // A fresh connection each time (agent: false): Node 20's global agent keeps sockets alive, and a
    // reused one the server has just timed out would fail the request with ECONNRESET.
    const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {}, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (s: string) => (body += s));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a reload channel; resolves `next()` with the data of each reload event. */
function subscribe(url: string): Promise<{ res: IncomingMessage; next(): Promise<string> }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      let buffer = '';
      let waiting: ((data: string) => void) | undefined;
      const events: string[] = [];
      res.setEncoding('utf8').on('data', (s: string) => {
        buffer += s;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^event: reload\ndata: (.*)$/m.exec(block)?.[1];
          if (data === undefined) continue;
          if (waiting) {
            waiting(data);
            waiting = undefined;
          } else events.push(data);
        }
      });
      resolve({ res, next: () => (events.length > 0 ? Promise.resolve(events.shift()!) : new Promise((r) => (waiting = r))) });
    }).on('error', reject);
  });
}

describe('baocao watch', () => {
  const root = join(tempDir(), 'watch');
  const data = join(root, 'data');
  const units = join(root, 'mau');
  const out = join(root, 'out');
  let watch: WatchProcess;

  beforeAll(async () => {
    mkdirSync(data, { recursive: true });
    mkdirSync(units, { recursive: true });
    for (const f of [A, B]) copyFileSync(join(DATA, `${f}.yaml`), join(data, `${f}.yaml`));
    copyFileSync('templates/bao-cao.hbs', join(units, 'bao-cao.hbs'));
    watch = await startWatch([data, '--templates', units, '--out', out], root);
  });
  afterAll(async () => {
    await watch?.stop();
  });

  test('serves on 127.0.0.1 only, to its own Host, GET only', async () => {
    expect(watch.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetchRaw(watch.url);
    expect(index.status).toBe(200);
    for (const f of [A, B]) expect(index.body).toContain(`href="/r/${f}"`);
    expect((await fetchRaw(`${watch.url}r/${A}`)).body).toContain('<main class="sheet">');
    // Another site resolving its name to 127.0.0.1 cannot read the records (DNS rebinding).
    expect((await fetchRaw(watch.url, { host: 'evil.example:80' })).status).toBe(403);
    expect((await fetchRaw(watch.url, { method: 'POST' })).status).toBe(405);
    // Fonts are served by name from fonts/ and nothing else is.
    const font = await fetchRaw(`${watch.url}fonts/Tinos-Regular.ttf`);
    expect([font.status, font.headers['content-type']]).toEqual([200, 'font/ttf']);
    expect((await fetchRaw(`${watch.url}fonts/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  test('a record change rebuilds that record and reloads its page; a template change rebuilds all', async () => {
    const channel = await subscribe(`${watch.url}events?channel=${A}`);
    let from = watch.output().stdout.length;
    const file = join(data, `${A}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^venue: .+$/m, 'venue: huyện Mường Chà'));
    expect(await channel.next()).toBe(A);
    await watch.waitFor(`cập nhật  ${file}`, from);
    expect(watch.output().stdout.slice(from)).not.toContain(`${B}.yaml`);

    from = watch.output().stdout.length;
    writeFileSync(join(units, 'bao-cao.hbs'), readFileSync(join(units, 'bao-cao.hbs'), 'utf8') + '\n');
    await watch.waitFor(`cập nhật  ${join(data, `${A}.yaml`)}`, from);
    await watch.waitFor(`cập nhật  ${join(data, `${B}.yaml`)}`, from);
    channel.res.destroy();
  });

  test('a broken record: positioned diagnostic in the terminal and the page, last good preview kept', async () => {
    const file = join(data, `${B}.yaml`);
    const good = readFileSync(file, 'utf8');
    const broken = good.replace(/^date: .+$/m, 'date: "2024-13"');
    const line = broken.split('\n').findIndex((l) => l.startsWith('date:')) + 1;
    const from = watch.output().stdout.length;
    writeFileSync(file, broken);
    await watch.waitFor(`lỗi  ${file}`, from);
    expect(watch.output().stderr).toContain(`${file}:${line}:7  lỗi`);
    const page = await fetchRaw(`${watch.url}r/${B}`);
    expect(page.body).toContain(`${file}:${line}:7  lỗi`);
    expect(page.body).toContain('[rules/impossible-date]');
    expect(page.body).toContain('<main class="sheet">');
    writeFileSync(file, good);
    await watch.waitFor(`cập nhật  ${file}`, from);
  });

  test('DOCX and PDF are rebuilt in the background; Ctrl-C leaves no temporary file', async () => {
    await watch.waitFor(`đã ghi  ${join(out, B, 'bao-cao.docx')}`);
    const file = join(data, `${A}.yaml`);
    const from = watch.output().stdout.length;
    writeFileSync(file, readFileSync(file, 'utf8') + '\n');
    await watch.waitFor(`cập nhật  ${file}`, from);
    // Stopped around the time the background build starts writing.
    await new Promise((r) => setTimeout(r, 850));
    expect(await watch.stop()).toBe(0);
    const leftovers = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
    expect(watch.output().stdout).toContain('Đã dừng.');
  });
});

describe('preview server', () => {
  test('reload channels are bounded, and close() ends the open ones', async () => {
    const server = await startPreviewServer({ route: () => undefined, maxClients: 1 });
    const first = await subscribe(`${server.url}events?channel=a`);
    const second = await fetchRaw(`${server.url}events?channel=b`);
    expect(second.status).toBe(503);
    const ended = new Promise<void>((r) => first.res.on('end', () => r()));
    server.notify('a');
    expect(await first.next()).toBe('a');
    await server.close();
    await ended;
  });
});
