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

let exitCode: ExitCode = EXIT.ok;
/** Commands report their outcome here; main alone hands it to the process. */
const setExit = (code: ExitCode) => {
  exitCode = code;
};

export function buildProgram(): Command {
  const program = vietnameseHelp(new Command('baocao'))
    .usage('[tùy-chọn] [lệnh]')
    .description('Dựng báo cáo sơ kết, tổng kết đúng thể thức (DOCX, PDF) từ hồ sơ hội nghị YAML.')
    .helpCommand('help [lệnh]', 'xem hướng dẫn của một lệnh')
    .addHelpText(
      'after',
      '\nVí dụ:\n  baocao check                 kiểm tra mọi hồ sơ trong data/\n  baocao report data/x.yaml    dựng báo cáo của một hồ sơ vào out/\n  baocao import bai.txt        dựng bản nháp hồ sơ từ một bài tin\n',
    )
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
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
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    process.stderr.write(`baocao: lỗi nội bộ — ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
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
