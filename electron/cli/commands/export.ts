import { UsageError } from '../cli-io';
import { requireId, requireString, withDatabase, type Command } from '../command';
import { exportPacket } from '../../services/export/export-packet';
import { readSigning } from '../signing-args';

const DOCUMENTS = ['agenda', 'minutes'] as const;
const EDITIONS = ['members', 'public'] as const;

function oneOf<T extends string>(args: Parameters<Command['run']>[0], name: string, allowed: readonly T[]): T {
  const value = requireString(args, name);
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} skal være ${allowed.join(' eller ')} (fik "${value}").`);
  return value as T;
}

/** Exports the packet PDF (optionally PDF/A and signed) and writes it atomically; `dagsorden release` makes a version. */
export const run: Command['run'] = async (args, io) => {
  const meetingId = requireId(args, 'meeting');
  const document = oneOf(args, 'document', DOCUMENTS);
  const edition = oneOf(args, 'edition', EDITIONS);
  const out = requireString(args, 'out');
  const sign = await readSigning(args, io);
  return withDatabase(args, 'existing', async (ctx) => {
    const result = await exportPacket(ctx, {
      meetingId, document, edition, outPath: out, pdfa: args.values.pdfa === true, sign,
      bilagPlacement: args.values['bilag-after-item'] === true ? 'after-item' : 'end',
    });
    const seconds = result.seconds.toFixed(1).replace('.', ',');
    const size = result.bytes >= 1024 * 1024 ? `${(result.bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(result.bytes / 1024)} kB`;
    const kind = [result.format === 'pdfa' ? 'PDF/A-2b' : 'PDF', result.signed ? 'underskrevet' : null].filter(Boolean).join(', ');
    io.out(`Skrev ${out} (${kind}): ${result.pageCount} sider, ${size}, ${seconds} s.`);
    io.out(`${result.version === null ? '' : `Version ${result.version}, `}SHA-256 ${result.sha256}`);
    return 0;
  });
};
