// Commander writes its help in English ("Usage:", "(default: …)"); every baocao command shows it
// in Vietnamese instead. Defaults are said in each option's own Vietnamese description.
import type { Command } from 'commander';

const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Arguments:': 'Tham số:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
};

export function vietnameseHelp(command: Command): Command {
  return command.helpOption('-h, --help', 'xem hướng dẫn').configureHelp({
    sortSubcommands: false,
    styleTitle: (title) => HELP_TITLES[title] ?? title,
    optionDescription: (option) => option.description,
    argumentDescription: (argument) => argument.description,
  });
}
