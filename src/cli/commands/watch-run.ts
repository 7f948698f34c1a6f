// `baocao watch` at work: one session (../../preview/session.ts) behind one local server, a line in
// the terminal for every rebuild, and a clean stop on Ctrl-C (or SIGTERM).
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../../diagnostics/reporter.js';
import { nodeHost } from '../../host/host.js';
import { builtinTemplatesDir } from '../../host/paths.js';
import { fontsDir } from '../../layout/measure.js';
import { FONT_ROUTE, indexPage, previewPage } from '../../preview/page.js';
import { startPreviewServer, type Reply } from '../../preview/server.js';
import { WatchSession, type WatchedRecord } from '../../preview/session.js';
import { EXIT, type ExitCode } from '../exit.js';
import { sayUsage } from '../usage.js';
import { t } from '../../diagnostics/diagnostic.js';
import { collectRecordFiles } from '../inputs.js';
import type { WatchCliOptions } from './watch.js';

const HTML = 'text/html; charset=utf-8';

export async function runWatch(paths: string[], opts: WatchCliOptions): Promise<ExitCode> {
  const lang = opts.lang;
  if (lang !== 'vi' && lang !== 'en') {
    sayUsage('watch', lang, t(`--lang chỉ nhận vi hoặc en (đã cho: \`${String(lang)}\`)`, ''));
    return EXIT.usage;
  }
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    sayUsage('watch', lang, t(`--port cần một số từ 0 đến 65535, không phải "${opts.port}"`, `--port needs a number from 0 to 65535, not "${opts.port}"`));
    return EXIT.usage;
  }
  const inputs = await collectRecordFiles(paths);
  if (inputs.missing.length > 0) {
    for (const m of inputs.missing) sayUsage('watch', lang, t(`không tìm thấy \`${m}\` (không có tệp hay thư mục nào như vậy)`, `\`${m}\` not found (no such file or folder)`));
    return EXIT.usage;
  }
  const recordDirs: string[] = [];
  for (const p of paths) if ((await stat(p)).isDirectory()) recordDirs.push(p);

  const color = opts.color && process.stderr.isTTY === true;
  const say = (vi: string, en: string) => process.stdout.write((lang === 'vi' ? vi : en) + '\n');
  let server: Awaited<ReturnType<typeof startPreviewServer>> | undefined;
  const pageUrl = (r: WatchedRecord) => `${server?.url ?? ''}r/${encodeURIComponent(r.channel)}`;

  const session = new WatchSession({
    host: nodeHost,
    outDir: opts.out,
    templateDirs: [...(opts.templates ?? []), builtinTemplatesDir()],
    recordDirs,
    backgroundMs: opts.build ? 800 : 0,
    events: {
      rebuilt(r) {
        if (r.diagnostics.length > 0) {
          process.stderr.write(formatDiagnostics(r.diagnostics, { lang, format: 'human', color, sources: new Map(r.source !== undefined ? [[r.file, r.source]] : []) }));
        }
        if (!server) return;
        if (hasErrors(r.diagnostics)) say(`lỗi  ${r.file}  (trang giữ bản xem trước đúng gần nhất)`, `error  ${r.file}  (the page keeps the last good preview)`);
        else say(`cập nhật  ${r.file}  → ${pageUrl(r)}`, `updated  ${r.file}  → ${pageUrl(r)}`);
        server.notify(r.channel);
      },
      written(r, files, diagnostics) {
        if (files.length > 0) say(`đã ghi  ${files.map((f) => f.path).join(', ')}`, `wrote  ${files.map((f) => f.path).join(', ')}`);
        else if (hasErrors(diagnostics)) say(`không ghi được DOCX/PDF của ${r.file}`, `could not write the DOCX/PDF of ${r.file}`);
      },
    },
  });
  say(`Đang dựng bản xem trước của ${inputs.files.length} hồ sơ…`, `Building the preview of ${inputs.files.length} record(s)…`);
  await session.start(inputs.files);

  const route = async (path: string): Promise<Reply | undefined> => {
    if (path === '/') {
      const entries = [...session.records.values()].map((r) => ({
        channel: r.channel,
        file: r.file,
        ok: !hasErrors(r.diagnostics),
        ...(r.model ? { title: r.model.meta.title } : {}),
      }));
      return { status: 200, type: HTML, body: indexPage(entries, lang) };
    }
    if (path.startsWith('/r/')) {
      const r = session.byChannel(path.slice(3));
      if (!r) return undefined;
      return { status: 200, type: HTML, body: previewPage(r.channel, r.file, r.model, r.diagnostics, r.source, lang) };
    }
    if (path.startsWith(FONT_ROUTE)) {
      const name = path.slice(FONT_ROUTE.length);
      // Only the font files themselves, never a path out of fonts/.
      if (!/^[A-Za-z0-9-]+\.ttf$/.test(name)) return undefined;
      // Kept by the browser: 2 MB of fonts are not fetched again on every reload.
      return { status: 200, type: 'font/ttf', body: await readFile(join(fontsDir(), name)), immutable: true };
    }
    return undefined;
  };

  try {
    server = await startPreviewServer({ port, route });
  } catch (err) {
    await session.close();
    const code = (err as NodeJS.ErrnoException).code;
    const reason = err instanceof Error ? err.message : String(err);
    sayUsage(
      'watch',
      lang,
      code === 'EADDRINUSE'
        ? t(`cổng ${port} đang được dùng — chọn cổng khác với --port, hoặc bỏ --port để lấy một cổng trống`, `port ${port} is in use — pick another with --port, or leave --port out for a free one`)
        : t(`không mở được máy chủ xem trước: ${reason}`, `cannot start the preview server: ${reason}`),
    );
    return EXIT.usage;
  }

  say(`Xem trước: ${server.url}`, `Preview: ${server.url}`);
  for (const r of session.records.values()) say(`  ${r.file}  → ${pageUrl(r)}`, `  ${r.file}  → ${pageUrl(r)}`);
  say('Đang theo dõi thay đổi; Ctrl-C để dừng.', 'Watching for changes; Ctrl-C to stop.');

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await Promise.all([server.close(), session.close()]);
  say('Đã dừng.', 'Stopped.');
  return EXIT.ok;
}
