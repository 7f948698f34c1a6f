import type { Command } from 'commander';
// Placeholder until the documents issue lands its report command.
export function registerReport(program: Command): void {
  program.command('report').description('dựng báo cáo (đang xây dựng)');
}
