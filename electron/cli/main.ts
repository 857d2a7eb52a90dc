import { parseArgs } from 'node:util';
import { isUserError } from '../../shared/api/envelope';
import { isUsageError, processIo, type CliIo } from './cli-io';
import { commands, helpText } from './commands';

/** Runs one command and returns the exit code: 0 done, 1 refused (message says why), 2 wrong usage. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Ukendt kommando: ${name}. Se "dagsorden --help".`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    if (values.help) {
      io.out(command.usage);
      return 0;
    }
    return await command.run({ values: values as Record<string, string | boolean | undefined>, positionals }, io);
  } catch (error) {
    if (isUsageError(error) || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`${error.message}\n\n${command.usage}`);
      return 2;
    }
    if (isUserError(error) || (error instanceof Error && error.name === 'ValidationError')) {
      io.err(`Fejl: ${error.message}`);
      return 1;
    }
    io.err(`Uventet fejl: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
