// `baocao summary [records…] --year 2023`: the báo cáo tổng hợp of a period's conferences, from
// every record under data/ (or those named), into out/tong-hop/<kỳ>[-<cơ quan>]/.
// This module only declares the command; the work is in summary-run.ts, loaded when it runs.
import type { Command } from 'commander';
import type { Lang } from '../../diagnostics/reporter.js';
import type { ExitCode } from '../exit.js';
import { vietnameseHelp } from '../help.js';
import { LANG_OPTION, NO_COLOR_OPTION, TEMPLATES_OPTION } from '../options.js';

export interface SummaryCliOptions {
  year?: string;
  from?: string;
  to?: string;
  organizer?: string;
  profile?: string;
  out: string;
  templates?: string[];
  only?: string;
  lang: Lang;
  color: boolean;
}

export function registerSummary(program: Command, setExit: (code: ExitCode) => void): void {
  vietnameseHelp(program.command('summary'))
    .usage('[tùy-chọn] [hồ-sơ...]')
    .description('dựng báo cáo tổng hợp các hội nghị sơ kết, tổng kết trong một năm (hoặc một khoảng tháng)')
    .argument('[hồ-sơ...]', 'tệp .yaml/.yml hoặc thư mục chứa hồ sơ (mặc định: data)', ['data'])
    .option('-y, --year <năm>', 'năm cần tổng hợp, ví dụ 2023')
    .option('--from <tháng>', 'tháng đầu kỳ, dạng 2023-01')
    .option('--to <tháng>', 'tháng cuối kỳ, dạng 2023-12')
    .option('--organizer <mã-hoặc-tên>', 'chỉ tổng hợp hội nghị của một cơ quan (mã như ĐUQS hoặc tên đầy đủ)')
    .option('--profile <thể-thức>', 'thể thức văn bản: nd30 hoặc hd36 (mặc định: theo cơ quan)')
    .option('-o, --out <thư-mục>', 'thư mục ghi văn bản (mặc định: out)', 'out')
    .option(...TEMPLATES_OPTION)
    .option('--only <định-dạng>', 'chỉ dựng các định dạng nêu, cách nhau bởi dấu phẩy (ví dụ: pdf)')
    .option(...LANG_OPTION)
    .option(...NO_COLOR_OPTION)
    .addHelpText(
      'after',
      '\nMã thoát: 0 đã dựng, 1 không có hồ sơ nào trong kỳ hoặc có hồ sơ lỗi (hồ sơ lỗi được nêu tên và không được tổng hợp), 2 dùng sai lệnh.\n' +
        'Ví dụ:\n  baocao summary --year 2023\n  baocao summary data --from 2023-01 --to 2023-06 --organizer ĐUQS\n',
    )
    .action(async (paths: string[], opts: SummaryCliOptions) => {
      const { runSummaryCommand } = await import('./summary-run.js');
      setExit(await runSummaryCommand(paths, opts));
    });
}
