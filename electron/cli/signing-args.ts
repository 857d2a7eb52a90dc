import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../../shared/api/envelope';
import { UsageError, type CliIo } from './cli-io';
import type { Command } from './command';

/** Reads a line from the terminal without echoing it (the certificate password). */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let answer = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new UserError('Afbrudt.', 'cancelled'));
        if (ch === '\u007f' || ch === '\b') answer = answer.slice(0, -1);
        else answer += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** --sign CERT.p12 with the password from --sign-password-env or the terminal (never an argument). */
export async function readSigning(args: Parameters<Command['run']>[0], io: CliIo): Promise<{ p12: Uint8Array; password: string; p12FileName: string } | undefined> {
  const certPath = args.values.sign;
  if (certPath === undefined) {
    if (args.values['sign-password-env'] !== undefined) throw new UsageError('--sign-password-env kan kun bruges sammen med --sign CERT.p12.');
    return undefined;
  }
  if (typeof certPath !== 'string' || certPath.length === 0) throw new UsageError('--sign skal efterfølges af certifikatfilen (.p12).');
  let p12: Uint8Array;
  try {
    p12 = new Uint8Array(readFileSync(certPath));
  } catch {
    throw new UserError(`Certifikatfilen ${certPath} kan ikke læses.`, 'sign_no_certificate');
  }
  const variable = args.values['sign-password-env'];
  let password: string | undefined;
  if (typeof variable === 'string' && variable.length > 0) {
    password = io.env[variable];
    if (password === undefined && !process.stdin.isTTY) {
      throw new UserError(`Miljøvariablen ${variable} med certifikatets adgangskode er ikke sat.`, 'sign_no_password');
    }
  } else if (!process.stdin.isTTY) {
    throw new UsageError('Angiv certifikatets adgangskode med --sign-password-env VARIABEL (adgangskoden selv må ikke stå på kommandolinjen).');
  }
  password ??= await promptHidden(`Adgangskode til ${basename(certPath)}: `);
  return { p12, password, p12FileName: basename(certPath) };
}
