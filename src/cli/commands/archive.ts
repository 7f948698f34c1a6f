// `baocao archive [records…] --out archive/`: the office's document archive, built in CI: every
// document of every record in archive/<year>/<id>/, the record's YAML beside them, each year's
// summary and zip, and manifest.json with the hash of every file. `--verify` proves an archive
// against its manifest (and `--rebuild` against the records); `--shard i/n` and
// `baocao archive merge` split a large build over CI machines.
// This module only declares the command; the work is in archive-run.ts, loaded when it runs.
import type { Command } from 'commander';
import type { Lang } from '../../diagnostics/reporter.js';
import type { ExitCode } from '../exit.js';
import { vietnameseHelp } from '../help.js';
import { JOBS_OPTION, LANG_OPTION, NO_CACHE_OPTION, NO_COLOR_OPTION, NO_PROGRESS_OPTION, TEMPLATES_OPTION } from '../options.js';

export interface ArchiveCliOptions {
  out: string;
  year?: string;
  shard?: string;
  force: boolean;
  attachSource: boolean;
  verify: boolean;
  rebuild: boolean;
  templates?: string[];
  jobs?: string;
  cache: boolean;
  progress: boolean;
  lang: Lang;
  color: boolean;
}

export interface ArchiveMergeCliOptions {
  out: string;
  force: boolean;
  templates?: string[];
  lang: Lang;
  color: boolean;
}

export function registerArchive(program: Command, setExit: (code: ExitCode) => void): void {
  // Positional options: `archive merge … --out x` is merge's --out, not the build's (same name, both
  // commands). Commander honours it on a subcommand only when every command above has it too; the
  // program itself has no options of its own (only --help), so nothing else changes.
  program.enablePositionalOptions();
  const archive = vietnameseHelp(program.command('archive'))
    .enablePositionalOptions()
    .usage('[tùy-chọn] [hồ-sơ...]')
    .description('dựng kho lưu trữ văn bản: mọi văn bản của mọi hồ sơ theo năm, báo cáo tổng hợp, danh mục văn bản và tệp zip của từng năm, manifest.json ghi mã băm của từng tệp')
    .argument('[hồ-sơ...]', 'tệp .yaml/.yml hoặc thư mục chứa hồ sơ (mặc định: data); với --verify: thư mục kho (mặc định: --out)')
    .option('-o, --out <thư-mục>', 'thư mục kho lưu trữ (mặc định: archive)', 'archive')
    .option('-y, --year <năm>', 'chỉ dựng hồ sơ của một năm; các năm khác trong kho giữ nguyên')
    .option('--shard <i/n>', 'chỉ dựng phần thứ i trong n phần (theo mã băm của mã hồ sơ), để ghép bằng `baocao archive merge`')
    .option('--force', 'ghi vào thư mục có tệp lạ (không thuộc kho trước); các tệp lạ bị xóa', false)
    .option('--attach-source', 'nhúng tệp YAML của hồ sơ vào mỗi PDF của nó (tệp liên kết, PDF/A-3b thay cho PDF/A-2b)', false)
    .option('--verify', 'kiểm tra kho: tính lại mã băm mọi tệp, so với manifest.json', false)
    .option('--rebuild', 'cùng --verify: dựng lại mọi văn bản từ hồ sơ lưu trong kho và so từng byte', false)
    .option(...TEMPLATES_OPTION)
    .option(...JOBS_OPTION)
    .option(...NO_CACHE_OPTION)
    .option(...NO_PROGRESS_OPTION)
    .option(...LANG_OPTION)
    .option(...NO_COLOR_OPTION)
    .addHelpText(
      'after',
      '\nMã thoát: 0 kho đã dựng (hoặc kiểm tra khớp), 1 có hồ sơ lỗi (các hồ sơ khác vẫn được lưu) hoặc kho không khớp manifest, 2 dùng sai lệnh hoặc thư mục có tệp lạ.\n' +
        'Ví dụ:\n  baocao archive data --out archive\n  baocao archive --verify archive\n  baocao archive --verify --rebuild archive\n' +
        '  baocao archive data --shard 2/3 --out shard-2\n  baocao archive merge shard-1 shard-2 shard-3 --out archive\n',
    )
    .action(async (paths: string[], opts: ArchiveCliOptions) => {
      const { runArchiveCommand } = await import('./archive-run.js');
      setExit(await runArchiveCommand(paths, opts));
    });
  vietnameseHelp(archive.command('merge'))
    .usage('[tùy-chọn] <thư-mục-phần...>')
    .description('ghép các phần dựng bằng --shard i/n thành một kho, giống từng byte kho dựng trên một máy')
    .argument('<thư-mục-phần...>', 'thư mục của từng phần (đủ n phần)')
    .option('-o, --out <thư-mục>', 'thư mục kho lưu trữ (mặc định: archive)', 'archive')
    .option('--force', 'ghi vào thư mục có tệp lạ (không thuộc kho trước); các tệp lạ bị xóa', false)
    .option(...TEMPLATES_OPTION)
    .option(...LANG_OPTION)
    .option(...NO_COLOR_OPTION)
    .action(async (dirs: string[], opts: ArchiveMergeCliOptions) => {
      const { runArchiveMerge } = await import('./archive-run.js');
      setExit(await runArchiveMerge(dirs, opts));
    });
}
