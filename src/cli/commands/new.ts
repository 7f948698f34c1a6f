// `baocao new [kind] --profile nd30|hd36 [--out file]`: a commented record to fill in, written from
// the schema. This module only declares the command; the work is in new-run.ts.
import type { Command } from 'commander';
import type { ExitCode } from '../exit.js';
import { vietnameseHelp } from '../help.js';

export interface NewCliOptions {
  profile?: string;
  out?: string;
  force: boolean;
  lang: string;
}

export function registerNew(program: Command, setExit: (code: ExitCode) => void): void {
  vietnameseHelp(program.command('new'))
    .usage('[loại] --profile nd30|hd36 [--out tệp.yaml]')
    .description('tạo hồ sơ mới có chú thích từng trường, để điền theo nguồn')
    .argument('[loại]', 'loại hội nghị: so-ket, tong-ket, ky-ket, hoi-nghi-cap-uy (hỏi khi chạy trong cửa sổ lệnh; mặc định so-ket)')
    .option('--profile <thể-thức>', 'nd30 (văn bản hành chính) hoặc hd36 (văn bản của Đảng); hỏi khi chạy trong cửa sổ lệnh, mặc định nd30')
    .option('-o, --out <tệp>', 'tệp hồ sơ mới (mặc định: data/<loại>-moi.yaml); nên đặt tên data/<ngày>-<nơi-họp>-<loại>.yaml')
    .option('-f, --force', 'ghi đè nếu tệp đã có', false)
    .option('--lang <ngôn-ngữ>', 'ngôn ngữ thông báo: vi (mặc định) hoặc en; hồ sơ luôn viết tiếng Việt', 'vi')
    .addHelpText(
      'after',
      '\nThay mọi giá trị <<…>> bằng thông tin của nguồn, rồi chạy `baocao check <tệp>`.\n' +
        'Ví dụ:\n  baocao new so-ket --profile hd36 --out data/2024-05-20-dien-bien-so-ket.yaml\n',
    )
    .action(async (kind: string | undefined, opts: NewCliOptions) => {
      const { runNew } = await import('./new-run.js');
      setExit(await runNew(kind, opts));
    });
}
