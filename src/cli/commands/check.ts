import type { Command } from 'commander';
// Placeholder until the records issue lands its check command.
export function registerCheck(program: Command): void {
  program.command('check').description('kiểm tra hồ sơ (đang xây dựng)');
}
