import type { ParseArgsConfig } from 'node:util';
import { userInfo } from 'node:os';
import { existsSync } from 'node:fs';
import { UserError } from '../../shared/api/envelope';
import { openDatabase, type Db } from '../store/open-database';
import { createContext, type ServiceContext } from '../services/service-context';
import { UsageError, type CliIo } from './cli-io';

export interface ParsedArgs { values: Record<string, string | boolean | undefined>; positionals: string[] }

export interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}


export function requireString(args: ParsedArgs, name: string): string {
  const value = args.values[name];
  if (typeof value !== 'string' || value.length === 0) throw new UsageError(`Mangler --${name}.`);
  return value;
}

export function requireId(args: ParsedArgs, name: string): number {
  const raw = requireString(args, name);
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`--${name} skal være et positivt heltal (fik "${raw}").`);
  return id;
}

/** Opens the database named by --db, runs the work with a service context, and always closes it. */
export async function withDatabase<T>(args: ParsedArgs, mode: 'existing' | 'create', work: (ctx: ServiceContext, db: Db) => Promise<T> | T): Promise<T> {
  const file = requireString(args, 'db');
  if (mode === 'existing' && !existsSync(file)) throw new UserError(`Databasen ${file} findes ikke.`, 'database_missing');
  const db = openDatabase(file, { create: mode === 'create' });
  try {
    return await work(createContext(db, cliActor()), db);
  } finally {
    db.close();
  }
}

function cliActor(): string {
  try {
    return `${userInfo().username} (kommandolinje)`;
  } catch {
    return 'kommandolinje';
  }
}
