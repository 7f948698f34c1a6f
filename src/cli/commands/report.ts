// `baocao report [records…]`: every record under data/ (or those named) → out/<id>/<kind>.docx and
// .pdf for each document the record asks for (a tin bài also .md and .html). A record with errors is reported and skipped while the others are built.
// This module only declares the command; the work is in report-run.ts, loaded when it runs.
import type { Command } from 'commander';
import type { Lang, ReportFormat } from '../../diagnostics/reporter.js';
import type { ExitCode } from '../exit.js';
import { vietnameseHelp } from '../help.js';
import { JOBS_OPTION, LANG_OPTION, NO_CACHE_OPTION, NO_COLOR_OPTION, NO_PROGRESS_OPTION, TEMPLATES_OPTION } from '../options.js';

export interface ReportCliOptions {
  out: string;
  templates?: string[];
  only?: string;
  docs?: string;
  lang: Lang;
  format: ReportFormat;
  color: boolean;
  jobs?: string;
  cache: boolean;
  progress: boolean;
}

export function registerReport(program: Command, setExit: (code: ExitCode) => void): void {
  vietnameseHelp(program.command('report'))
    .usage('[tùy-chọn] [hồ-sơ...]')
    .description('dựng các văn bản (DOCX và PDF; tin bài thêm Markdown và HTML) của mọi hồ sơ trong data/, hoặc các hồ sơ, thư mục được nêu')
    .argument('[hồ-sơ...]', 'tệp .yaml/.yml hoặc thư mục chứa hồ sơ (mặc định: data)', ['data'])
    .option('-o, --out <thư-mục>', 'thư mục ghi văn bản (mặc định: out)', 'out')
    .option(...TEMPLATES_OPTION)
    .option('--only <định-dạng>', 'chỉ dựng các định dạng nêu, cách nhau bởi dấu phẩy: docx, pdf, html (bản xem trên màn hình), md, web (md và web: trang tin của tin bài); mặc định: docx,pdf')
    .option('--docs <loại>', 'chỉ dựng các văn bản nêu, cách nhau bởi dấu phẩy: gm (giấy mời), ctr (chương trình), bb (biên bản), bc (báo cáo), tb (thông báo kết luận), bcn (báo cáo nhanh), tin (tin bài)')
    // Values are checked in runReport rather than with commander's choices(), whose error is English.
    .option(...LANG_OPTION)
    .option('--format <kiểu>', 'kiểu in: human (người đọc, mặc định) hoặc json (cho CI)', 'human')
    .option(...JOBS_OPTION)
    .option(...NO_CACHE_OPTION)
    .option(...NO_PROGRESS_OPTION)
    .option(...NO_COLOR_OPTION)
    .addHelpText(
      'after',
      '\nMã thoát: 0 mọi hồ sơ được dựng, 1 có hồ sơ lỗi (các hồ sơ khác vẫn được dựng), 2 dùng sai lệnh.\n' +
        'Hồ sơ không đổi từ lần dựng trước (cùng hồ sơ, mẫu, phông, phiên bản baocao) được bỏ qua; --no-cache để dựng lại.\n' +
        'Ví dụ:\n  baocao report\n  baocao report data/hoi-nghi.yaml --only pdf\n  baocao report --docs tb,bcn,tin\n  baocao report data --templates ./mau-don-vi --out ban-in\n',
    )
    .action(async (paths: string[], opts: ReportCliOptions) => {
      const { runReport } = await import('./report-run.js');
      setExit(await runReport(paths, opts));
    });
}

