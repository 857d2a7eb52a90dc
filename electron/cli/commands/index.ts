import type { Command } from '../command';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { exportJsonCommand } from './export-json';
import { importCommand } from './import';
import { listCommand } from './list';

export const commands: Record<string, Command> = {
  demo: demoCommand,
  list: listCommand,
  'export-json': exportJsonCommand,
  import: importCommand,
  check: checkCommand,
};

export const helpText = [
  'dagsorden – dagsordener og referater for kommunale udvalg',
  '',
  'Brug: dagsorden KOMMANDO [tilvalg]',
  '',
  'Kommandoer:',
  ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`),
  '',
  'Skriv "dagsorden KOMMANDO --help" for tilvalgene til en kommando.',
].join('\n');
