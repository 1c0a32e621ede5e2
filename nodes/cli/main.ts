import type { Command, CommandIo } from './command.js';
import { startCommand } from './start-command.js';
import { backupCommand, copyCommand, restoreCommand } from './backup-command.js';
import { flowiseCommand } from './flowise-command.js';
import { scanCommand } from './scan-command.js';
import { storeCommand } from './store-command.js';

const commands: Command[] = [
  startCommand,
  storeCommand,
  scanCommand,
  backupCommand,
  restoreCommand,
  copyCommand,
  flowiseCommand,
];

const consoleIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: ragwire <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `ragwire <command> --help` for a command's options.",
  ].join('\n');
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: string[], io: CommandIo = consoleIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? 1 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.error(`ragwire: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    await command.run(rest, io);
    return 0;
  } catch (err) {
    io.error(`ragwire ${name}: ${(err as Error).message}`);
    return 1;
  }
}
