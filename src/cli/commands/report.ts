// `baocao report [records…]`: every record under data/ (or those named) → out/<id>/bao-cao.docx and
// bao-cao.pdf. A record with errors is reported and skipped while the others are built.
// This module only declares the command; the work is in report-run.ts, loaded when it runs.
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Lang, ReportFormat } from '../../diagnostics/reporter.js';
import type { ExitCode } from '../exit.js';

export interface ReportCliOptions {
  out: string;
  templates?: string[];
  only?: string;
  lang: Lang;
  format: ReportFormat;
  color: boolean;
  jobs?: string;
  cache: boolean;
  progress: boolean;
}

export function registerReport(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('report')
    .description('dựng báo cáo (DOCX và PDF) của mọi hồ sơ trong data/, hoặc các hồ sơ, thư mục được nêu')
    .argument('[hồ-sơ...]', 'tệp .yaml hoặc thư mục chứa hồ sơ', ['data'])
    .option('-o, --out <thư-mục>', 'thư mục ghi văn bản', 'out')
    .option('-t, --templates <thư-mục...>', 'thư mục mẫu riêng của đơn vị, dùng trước mẫu có sẵn')
    .option('--only <định-dạng>', 'chỉ dựng các định dạng nêu, cách nhau bởi dấu phẩy (ví dụ: pdf)')
    .addOption(new Option('--lang <ngôn-ngữ>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .addOption(new Option('--format <kiểu>', 'kiểu in thông báo: human (người đọc) hoặc json (CI)').choices(['human', 'json']).default('human'))
    .option('-j, --jobs <số>', 'số luồng dựng song song (mặc định: theo số nhân CPU khi có nhiều hồ sơ)')
    .option('--no-cache', 'dựng lại mọi hồ sơ, kể cả hồ sơ không thay đổi')
    .option('--no-progress', 'không hiện thanh tiến độ')
    .option('--no-color', 'không tô màu')
    .action(async (paths: string[], opts: ReportCliOptions) => {
      const { runReport } = await import('./report-run.js');
      setExit(await runReport(paths, opts));
    });
}

