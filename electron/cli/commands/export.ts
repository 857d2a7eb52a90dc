import { UsageError } from '../cli-io';
import { requireId, requireString, withDatabase, type Command } from '../command';
import { compilePacket } from '../../export/packet/compile-packet';
import { createChromiumPrinter } from '../../export/printer/chromium-printer';
import { writeFileAtomic } from '../../services/transfer/write-file-atomic';

const DOCUMENTS = ['agenda', 'minutes'] as const;
const EDITIONS = ['members', 'public'] as const;

function oneOf<T extends string>(args: Parameters<Command['run']>[0], name: string, allowed: readonly T[]): T {
  const value = requireString(args, name);
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} skal være ${allowed.join(' eller ')} (fik "${value}").`);
  return value as T;
}

/** Compiles the packet PDF and writes it atomically: a failed export leaves an earlier file as it was. */
export const run: Command['run'] = async (args, io) => {
  const meetingId = requireId(args, 'meeting');
  const document = oneOf(args, 'document', DOCUMENTS);
  const edition = oneOf(args, 'edition', EDITIONS);
  const out = requireString(args, 'out');
  const started = Date.now();
  const printer = createChromiumPrinter();
  try {
    return await withDatabase(args, 'existing', async (_, db) => {
      const packet = await compilePacket(db, meetingId, {
        document, edition, printer, bilagPlacement: args.values['bilag-after-item'] === true ? 'after-item' : 'end',
      });
      writeFileAtomic(out, packet.bytes);
      const seconds = ((Date.now() - started) / 1000).toFixed(1).replace('.', ',');
      io.out(`Skrev ${out}: ${packet.pageCount} sider, ${packet.bilagCount} bilag, ${seconds} s.`);
      return 0;
    });
  } finally {
    await printer.close();
  }
};
