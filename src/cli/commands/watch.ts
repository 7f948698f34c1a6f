// `baocao watch [records…]`: a live preview of the records in the browser, rebuilt on every change.
// This module only declares the command; the work is in watch-run.ts, loaded when it runs.
import type { Command } from 'commander';
import type { Lang } from '../../diagnostics/reporter.js';
import type { ExitCode } from '../exit.js';
import { vietnameseHelp } from '../help.js';
import { LANG_OPTION, NO_COLOR_OPTION, TEMPLATES_OPTION } from '../options.js';

export interface WatchCliOptions {
  out: string;
  templates?: string[];
  port: string;
  lang: Lang;
  color: boolean;
  build: boolean;
}

export function registerWatch(program: Command, setExit: (code: ExitCode) => void): void {
  vietnameseHelp(program.command('watch'))
    .usage('[tùy-chọn] [hồ-sơ...]')
    .description('xem trước văn bản trong trình duyệt, tự cập nhật khi sửa hồ sơ hoặc mẫu')
    .argument('[hồ-sơ...]', 'tệp .yaml/.yml hoặc thư mục chứa hồ sơ (mặc định: data)', ['data'])
    .option('-p, --port <số>', 'cổng trên 127.0.0.1 (mặc định: một cổng trống bất kỳ)', '0')
    .option('-o, --out <thư-mục>', 'thư mục ghi DOCX và PDF dựng ngầm (mặc định: out)', 'out')
    .option(...TEMPLATES_OPTION)
    .option('--no-build', 'không dựng ngầm DOCX và PDF, chỉ xem trước')
    .option(...LANG_OPTION)
    .option(...NO_COLOR_OPTION)
    .addHelpText(
      'after',
      '\nMở địa chỉ in ra trong trình duyệt; trang tự tải lại khi hồ sơ hoặc mẫu thay đổi. Hồ sơ lỗi: lỗi hiện trên\n' +
        'trang và trong cửa sổ lệnh, bản xem trước đúng gần nhất vẫn giữ. Ctrl-C để dừng.\n' +
        'Ví dụ:\n  baocao watch\n  baocao watch data/hoi-nghi.yaml --port 8080\n',
    )
    .action(async (paths: string[], opts: WatchCliOptions) => {
      const { runWatch } = await import('./watch-run.js');
      setExit(await runWatch(paths, opts));
    });
}
