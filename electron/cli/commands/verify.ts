import { readFile } from 'node:fs/promises';
import { UserError } from '../../../shared/api/envelope';
import { UsageError } from '../cli-io';
import type { Command } from '../command';
import { isIntactAndComplete, verifyPdf, type SignatureReport } from '../../export/sign/verify-pdf';

const yesNo = (value: boolean) => (value ? 'ja' : 'nej');

const integrityLabel: Record<SignatureReport['integrity'], string> = {
  valid: 'intakt',
  tampered: 'BRUDT – indholdet er ændret',
  damaged: 'BESKADIGET – filen er afkortet eller ødelagt',
};

function formatTime(date: Date | undefined): string {
  if (!date) return 'ikke angivet';
  return `${date.toISOString().replace('T', ' kl. ').replace(/\.\d{3}Z$/, '')} UTC`;
}

/** dagsorden verify FIL.pdf: exit 0 only when every signature is intact and the last covers the file. */
export const run: Command['run'] = async (args, io) => {
  const file = args.positionals[0];
  if (!file) throw new UsageError('Mangler filen, der skal kontrolleres.');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    throw new UserError(`Filen ${file} kan ikke læses.`, 'file_unreadable');
  }
  const report = await verifyPdf(bytes);
  io.out(`Fil: ${file}`);
  report.signatures.forEach((signature, index) => {
    io.out(`Underskrift ${index + 1}:`);
    io.out(`  Underskriver: ${signature.signer}`);
    io.out(`  Udsteder: ${signature.issuer} (udsteder ikke kontrolleret mod en betroet liste)`);
    io.out(`  Tidspunkt: ${formatTime(signature.signingTime)}`);
    io.out(`  Type: ${signature.subFilter}`);
    if (signature.reason) io.out(`  Begrundelse: ${signature.reason}`);
    io.out(`  Integritet: ${integrityLabel[signature.integrity]}`);
    io.out(`  Dækker hele dokumentet: ${yesNo(signature.coversWholeDocument)}`);
    io.out(`  Tilføjet efter underskrift: ${yesNo(signature.appendedAfterSigning)}`);
    for (const message of signature.messages) io.out(`  - ${message}`);
  });
  const ok = isIntactAndComplete(report);
  for (const message of report.messages) (ok ? io.out : io.err)(message);
  return ok ? 0 : 1;
};
