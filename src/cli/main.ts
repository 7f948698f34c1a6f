#!/usr/bin/env node
// The entry point: declares the commands, and is the only place that sets the exit code
// (0 clean, 1 problems in the user's records, 2 bad usage or an internal failure).
import { Command, CommanderError } from 'commander';
import { registerCheck } from './commands/check.js';
import { registerNew } from './commands/new.js';
import { registerImport } from './commands/import.js';
import { registerReport } from './commands/report.js';
import { registerWatch } from './commands/watch.js';
import { registerSummary } from './commands/summary.js';
import { registerArchive } from './commands/archive.js';
import { EXIT, type ExitCode } from './exit.js';
import { vietnameseHelp } from './help.js';
import { commanderErrorText, langFromArgv } from './usage.js';

let exitCode: ExitCode = EXIT.ok;
/** Commands report their outcome here; main alone hands it to the process. */
const setExit = (code: ExitCode) => {
  exitCode = code;
};

export function buildProgram(argv: readonly string[] = process.argv): Command {
  const lang = langFromArgv(argv);
  const program = vietnameseHelp(new Command('baocao'))
    .usage('[tùy-chọn] [lệnh]')
    .description('Dựng báo cáo sơ kết, tổng kết đúng thể thức (DOCX, PDF) từ hồ sơ hội nghị YAML.')
    .helpCommand('help [lệnh]', 'xem hướng dẫn của một lệnh')
    .addHelpText(
      'after',
      '\nVí dụ:\n  baocao check                 kiểm tra mọi hồ sơ trong data/\n  baocao report data/x.yaml    dựng báo cáo của một hồ sơ vào out/\n  baocao import bai.txt        dựng bản nháp hồ sơ từ một bài tin\n',
    )
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(commanderErrorText(s, lang)) });
  registerCheck(program, setExit);
  registerReport(program, setExit);
  registerWatch(program, setExit);
  registerNew(program, setExit);
  registerImport(program, setExit);
  registerSummary(program, setExit);
  registerArchive(program, setExit);
  return program;
}

async function main(argv: string[]): Promise<number> {
  const program = buildProgram(argv);
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    // A failure no command turned into a message is baocao's own: said in one line, the stack only
    // when asked for (BAOCAO_DEBUG=1), since the user can do nothing with it.
    const detail = err instanceof Error ? (process.env['BAOCAO_DEBUG'] ? (err.stack ?? err.message) : err.message) : String(err);
    process.stderr.write(
      langFromArgv(argv) === 'en'
        ? `baocao: internal error — ${detail}\nPlease report it with the command you ran (BAOCAO_DEBUG=1 shows the details).\n`
        : `baocao: lỗi nội bộ — ${detail}\nHãy gửi lỗi này kèm lệnh đã chạy cho bộ phận kỹ thuật (BAOCAO_DEBUG=1 để xem chi tiết).\n`,
    );
    return EXIT.usage;
  }
}

// `baocao --help | head` closes the pipe early: that is the reader's choice, not a failure.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(exitCode);
    throw err;
  });
}

process.exitCode = await main(process.argv);
