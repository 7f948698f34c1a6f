// `baocao check [paths…]`: loads and validates every record under data/ (or the files and folders
// named) and prints every problem of every file, typography lints included. Exit 0 clean, 1 any
// error (or warning with --strict), 2 bad usage. It writes only with --fix, and then only the safe
// typography fixes, in place, keeping comments and layout.
// This module only declares the command; the work is in check-run.ts, loaded when the command runs,
// so `baocao report` and `--help` do not pay for ajv and the typography engine.
import type { Command } from 'commander';
import type { Lang, ReportFormat } from '../../diagnostics/reporter.js';
import type { ExitCode } from '../exit.js';
import { vietnameseHelp } from '../help.js';
import { LANG_OPTION, NO_COLOR_OPTION } from '../options.js';

export interface CheckOptions {
  lang: Lang;
  format: ReportFormat;
  strict: boolean;
  color: boolean;
  fix?: boolean;
}

export function registerCheck(program: Command, setExit: (code: ExitCode) => void): void {
  vietnameseHelp(program.command('check'))
    .usage('[tùy-chọn] [hồ-sơ...]')
    .description('kiểm tra hồ sơ: cú pháp YAML, các trường theo mẫu, mã người, ngày tháng; không ghi tệp nào')
    .argument('[hồ-sơ...]', 'tệp .yaml/.yml hoặc thư mục chứa hồ sơ (mặc định: data)', ['data'])
    // Values are checked in runCheck rather than with commander's choices(), whose error is English.
    .option(...LANG_OPTION)
    .option('--format <kiểu>', 'kiểu in: human (người đọc, mặc định) hoặc json (cho CI)', 'human')
    .option('--strict', 'coi cảnh báo là lỗi (mã thoát 1)', false)
    .option('--fix', 'sửa ngay trong tệp các lỗi trình bày an toàn (dấu thanh, dấu câu, khoảng trắng, dấu gạch), giữ nguyên chú thích và bố cục', false)
    .option(...NO_COLOR_OPTION)
    .addHelpText(
      'after',
      '\nMã thoát: 0 không có lỗi, 1 có lỗi trong hồ sơ, 2 dùng sai lệnh (ví dụ đường dẫn không tồn tại).\n' +
        'Ví dụ:\n  baocao check\n  baocao check data/hoi-nghi.yaml --lang en\n  baocao check data --format json\n  baocao check --fix data/hoi-nghi.yaml\n',
    )
    .action(async (paths: string[], opts: CheckOptions) => {
      const { runCheck } = await import('./check-run.js');
      setExit(await runCheck(paths, opts));
    });
}

