// `baocao import` at work: read the article (file or stdin, NFC at the boundary), run the
// recognisers, write the commented draft to --out or stdout, and say on stderr what to review.
import { basename } from 'node:path';
import { t } from '../../diagnostics/diagnostic.js';
import { nodeHost, type Host } from '../../host/host.js';
import { draftRecord } from '../../import/draft.js';
import { recogniseArticle } from '../../import/recognise.js';
import { toNFC } from '../../typography/unicode.js';
import { EXIT, type ExitCode } from '../exit.js';
import type { ImportOptions } from './import.js';

export interface ImportOutput {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Promise<string>;
}

/** A news article is a few kilobytes; more than this is the wrong file (or a source that never ends). */
export const ARTICLE_MAX_BYTES = 1024 * 1024;

class TooLarge extends Error {}

const processOutput: ImportOutput = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of process.stdin) {
      chunks.push(c as Buffer);
      size += (c as Buffer).length;
      if (size > ARTICLE_MAX_BYTES) throw new TooLarge();
    }
    return Buffer.concat(chunks).toString('utf8');
  },
};

export async function runImport(article: string, opts: ImportOptions, host: Host = nodeHost, out: ImportOutput = processOutput): Promise<ExitCode> {
  const say = (text: { vi: string; en: string }) => out.stderr(`baocao import: ${opts.lang === 'en' ? text.en : text.vi}\n`);
  if (opts.lang !== 'vi' && opts.lang !== 'en') {
    say(t(`--lang phải là vi hoặc en, không phải "${opts.lang}"`, `--lang must be vi or en, not "${opts.lang}"`));
    return EXIT.usage;
  }
  let year: number | undefined;
  if (opts.year !== undefined) {
    if (!/^\d{4}$/.test(opts.year)) {
      say(t(`--year phải là năm bốn chữ số (ví dụ 2023), không phải "${opts.year}"`, `--year must be a four-digit year (e.g. 2023), not "${opts.year}"`));
      return EXIT.usage;
    }
    year = Number(opts.year);
  }
  let text: string;
  try {
    if (article === '-') text = await out.stdin();
    else {
      // Read with the cap: /dev/zero or a pipe that never ends costs a megabyte, not all memory.
      const read = await host.readCapped(article, ARTICLE_MAX_BYTES);
      if (read.over) throw new TooLarge();
      text = read.bytes.toString('utf8');
    }
  } catch (err) {
    say(
      err instanceof TooLarge
        ? t(`\`${article}\` quá lớn cho một bài tin (tối đa ${ARTICLE_MAX_BYTES / 1024 / 1024} MiB) — kiểm tra lại có chọn nhầm tệp không`, `\`${article}\` is too large for a news article (at most ${ARTICLE_MAX_BYTES / 1024 / 1024} MiB) — check that this is the right file`)
        : t(`không đọc được \`${article}\` (không có tệp như vậy?)`, `cannot read \`${article}\` (no such file?)`),
    );
    return EXIT.usage;
  }
  const recognised = recogniseArticle(toNFC(text), year === undefined ? {} : { year });
  const draft = draftRecord(recognised, article === '-' ? 'đầu vào chuẩn' : basename(article));
  if (opts.out) {
    try {
      await host.writeFileAtomic(opts.out, draft);
    } catch {
      say(t(`không ghi được \`${opts.out}\`: xem lại thư mục đích`, `cannot write \`${opts.out}\`: check the folder`));
      return EXIT.usage;
    }
  } else out.stdout(draft);
  const inferred = (draft.match(/# suy ra:/g) ?? []).length;
  const read = (draft.match(/# từ:/g) ?? []).length;
  say(
    t(
      `${opts.out ? `đã ghi ${opts.out}: ` : ''}${read} giá trị đọc từ bài, ${inferred} chỗ suy ra — xem lại từng chú thích, rồi chạy "baocao check"`,
      `${opts.out ? `wrote ${opts.out}: ` : ''}${read} values read from the article, ${inferred} inferred — review each comment, then run "baocao check"`,
    ),
  );
  return EXIT.ok;
}
