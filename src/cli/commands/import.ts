// `baocao import <bài.txt|->`: drafts a record from a news piece or a clerk's notes, every value
// marked with the sentence it came from. This module only declares the command; the work is in
// import-run.ts, loaded when the command runs.
import type { Command } from 'commander';
import type { Lang } from '../../diagnostics/reporter.js';
import type { ExitCode } from '../exit.js';
import { vietnameseHelp } from '../help.js';
import { LANG_OPTION } from '../options.js';

export interface ImportOptions {
  out?: string;
  year?: string;
  lang: Lang;
}

export function registerImport(program: Command, setExit: (code: ExitCode) => void): void {
  vietnameseHelp(program.command('import'))
    .usage('[tùy-chọn] <bài.txt|->')
    .description('dựng bản nháp hồ sơ từ một bài tin (văn bản thuần UTF-8); mỗi giá trị kèm câu nguồn để xem lại')
    .argument('<bài>', 'tệp văn bản của bài, hoặc - để đọc từ đầu vào chuẩn')
    .option('-o, --out <tệp>', 'ghi bản nháp vào tệp này (mặc định: in ra màn hình)')
    .option('--year <năm>', 'năm họp khi bài chỉ ghi ngày, tháng (không có thì để trống năm: "--MM-DD")')
    .option(...LANG_OPTION)
    .addHelpText(
      'after',
      '\nMã thoát: 0 đã dựng bản nháp, 2 dùng sai lệnh (tệp không có, năm sai).\n' +
        'Ví dụ:\n  baocao import bai-bao.txt --year 2023 --out data/2023-08-22-dien-bien-so-ket.yaml\n  baocao check data/2023-08-22-dien-bien-so-ket.yaml\n',
    )
    .action(async (article: string, opts: ImportOptions) => {
      const { runImport } = await import('./import-run.js');
      setExit(await runImport(article, opts));
    });
}
