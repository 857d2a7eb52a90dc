import { isUserError, UserError } from '../../../shared/api/envelope';
import { UsageError } from '../cli-io';
import { requireId, requireString, withDatabase, type Command } from '../command';
import { sweepStaleTemp } from '../../export/printer/temp-root';
import { exportPacket } from '../../services/export/export-packet';
import { exportWord } from '../../services/export/export-word';
import { exportTimedOut, exportTimeLimitMs } from '../../services/export/export-time-limit';
import { loadMeetingDetail } from '../../services/meeting-service';
import { readSigning } from '../signing-args';

const DOCUMENTS = ['agenda', 'minutes'] as const;
const EDITIONS = ['members', 'public'] as const;
const FORMATS = ['pdf', 'docx'] as const;

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
  if (args.values.format !== undefined && oneOf(args, 'format', FORMATS) === 'docx') return runWord(args, io, { meetingId, document, edition });
  if (args.values['with-bilag'] !== undefined) throw new UsageError('--with-bilag gælder kun Word (--format docx); PDF-pakken har bilagene indbygget.');
  const out = requireString(args, 'out');
  const sign = await readSigning(args, io);
  // What a killed run left behind (its temp folder, a half-written file beside an output) goes first.
  sweepStaleTemp();
  return withDatabase(args, 'existing', async (ctx) => {
    const result = await interruptible(exportTimeLimitMs(loadMeetingDetail(ctx.db, meetingId)), (signal) => exportPacket(ctx, {
      meetingId, document, edition, outPath: out, pdfa: args.values.pdfa === true, sign, signal,
      bilagPlacement: args.values['bilag-after-item'] === true ? 'after-item' : 'end',
    }));
    const seconds = result.seconds.toFixed(1).replace('.', ',');
    const size = result.bytes >= 1024 * 1024 ? `${(result.bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(result.bytes / 1024)} kB`;
    const kind = [result.format === 'pdfa' ? 'PDF/A-2b' : 'PDF', result.signed ? 'underskrevet' : null].filter(Boolean).join(', ');
    io.out(`Skrev ${out} (${kind}): ${result.pageCount} sider, ${size}, ${seconds} s.`);
    const what = result.state === 'draft' ? 'Udkast' : result.state === 'cancelled' ? 'Aflyst møde' : result.version === null ? 'Endelig udgave' : `Version ${result.version}`;
    io.out(`${what}, SHA-256 ${result.sha256}`);
    return 0;
  });
};

/** The Word edition: a .docx alone (--out), or with its bilag in a folder or a .zip (--with-bilag). */
async function runWord(args: Parameters<Command['run']>[0], io: Parameters<Command['run']>[1], request: { meetingId: number; document: 'agenda' | 'minutes'; edition: 'members' | 'public' }): Promise<number> {
  for (const flag of ['pdfa', 'sign', 'bilag-after-item'] as const) {
    if (args.values[flag] !== undefined) throw new UsageError(`--${flag} gælder kun PDF, ikke --format docx.`);
  }
  const withBilag = args.values['with-bilag'];
  if (withBilag !== undefined && args.values.out !== undefined) throw new UsageError('Angiv enten --out FIL.docx eller --with-bilag MAPPE|FIL.zip, ikke begge.');
  const outPath = typeof withBilag === 'string' ? withBilag : requireString(args, 'out');
  const packet = typeof withBilag !== 'string' ? 'docx' : /\.zip$/i.test(withBilag) ? 'zip' : 'folder';
  return withDatabase(args, 'existing', async (ctx) => {
    const result = await exportWord(ctx, { ...request, outPath, packet });
    const size = result.bytes >= 1024 * 1024 ? `${(result.bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(result.bytes / 1024)} kB`;
    const seconds = result.seconds.toFixed(1).replace('.', ',');
    const bilag = packet === 'docx' ? '' : `, ${result.bilagCount === 1 ? '1 bilag' : `${result.bilagCount} bilag`}`;
    io.out(`Skrev ${result.path} (Word${packet === 'zip' ? ' i zip-fil' : ''}${bilag}): ${size}, ${seconds} s.`);
    const what = result.state === 'draft' ? 'Udkast' : result.state === 'cancelled' ? 'Aflyst møde' : result.version === null ? 'Endelig udgave' : `Version ${result.version}`;
    io.out(`${what}, SHA-256 ${result.sha256}`);
    return 0;
  });
}

/**
 * Runs the export with a signal that Ctrl+C (SIGINT, SIGTERM) or the time limit aborts: Chromium is
 * stopped and the temp files removed before the command ends with the Danish reason. A second
 * Ctrl+C ends the process at once.
 */
async function interruptible<T>(limitMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const interrupt = () => controller.abort(new UserError('Eksporten blev afbrudt. Intet er gemt.', 'cancelled'));
  const timer = setTimeout(() => controller.abort(exportTimedOut(limitMs)), limitMs);
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    return await work(controller.signal);
  } catch (error) {
    const reason: unknown = controller.signal.reason;
    throw controller.signal.aborted && isUserError(reason) ? reason : error;
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}
