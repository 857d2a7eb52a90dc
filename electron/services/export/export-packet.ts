import { createHash } from 'node:crypto';
import { UserError } from '../../../shared/api/envelope';
import type { Release } from '../../../shared/domain/entities';
import type { DocumentKind, Edition } from '../../../shared/domain/enums';
import type { ChangeReport } from '../../../shared/api/methods/releases';
import { buildPacketModel, distributedBilag, documentName, type PacketModel } from '../../export/html/packet-model';
import type { ChangePage } from '../../export/html/render-packet-html';
import { compilePacket, type CompiledPacket, type PacketProgress } from '../../export/packet/compile-packet';
import { savePdf } from '../../export/pdf/save-pdf';
import { loadPacketSource } from '../../export/packet/load-packet-source';
import { applyPdfA2b } from '../../export/pdfa/make-pdfa';
import { findPdfAProblems } from '../../export/pdfa/find-pdfa-problems';
import { createChromiumPrinter } from '../../export/printer/chromium-printer';
import type { PdfPrinter } from '../../export/printer/pdf-printer';
import { loadP12 } from '../../export/sign/load-p12';
import { addSignatureField, completeSignature } from '../../export/sign/sign-pdf';
import { getBlob } from '../../store/repositories/blob-repository';
import { insertRelease } from '../../store/repositories/release-repository';
import { change, type ServiceContext } from '../service-context';
import { writeFileAtomic } from '../transfer/write-file-atomic';
import { buildSnapshot, compareSnapshots, describeChanges } from './change-report';
import { latestRelease } from './release-service';

export interface ExportPacketRequest {
  meetingId: number;
  document: DocumentKind;
  edition: Edition;
  pdfa?: boolean;
  sign?: { p12: Uint8Array; password: string; p12FileName?: string };
  bilagPlacement?: 'end' | 'after-item';
  outPath: string;
  /** Default: a Chromium printer started (and closed) for this export. */
  printer?: PdfPrinter;
  onProgress?: (step: PacketProgress) => void;
  signal?: AbortSignal;
}

export interface ExportPacketResult {
  release: Release;
  pageCount: number;
  /** Size of the written file. */
  bytes: number;
  seconds: number;
  /** What changed since the previous release of the same document and edition (null: first release). */
  changes: ChangeReport | null;
}

/**
 * Exports one edition of the agenda or minutes as the packet PDF and records it as a release:
 * PDF/A pre-check of the bilag (before anything is printed) → compile (with the change page on a
 * re-released agenda) → PDF/A metadata → PAdES signature as the very last step → atomic write →
 * the release row with the SHA-256 of exactly the written bytes and a snapshot for later reports.
 */
export async function exportPacket(ctx: ServiceContext, request: ExportPacketRequest): Promise<ExportPacketResult> {
  const started = performance.now();
  const { db } = ctx;
  const { meetingId, document, edition, signal } = request;
  const source = loadPacketSource(db, meetingId);
  const model = buildPacketModel(source, document, edition);

  if (request.pdfa) await refuseNonPdfABilag(ctx, model);

  const snapshot = buildSnapshot(source.meeting);
  const previous = latestRelease(db, meetingId, document, edition);
  const changes = previous ? compareSnapshots(previous.snapshot ?? { schema: 1, items: [] }, snapshot, previous.release.version) : null;
  const changePage: ChangePage | null = changes && document === 'agenda' && previous
    ? {
      heading: `Ændringer siden version ${previous.release.version}`,
      intro: `Denne udgave (version ${previous.release.version + 1}) erstatter version ${previous.release.version}, udsendt ${danishDateTime(previous.release.releasedAt)}.${previous.snapshot ? '' : ' Den tidligere version har ingen oplysninger om sit indhold, så alle punkter er anført som nye.'}`,
      lines: describeChanges(changes, edition),
    }
    : null;

  const now = ctx.now();
  // A wrong password or a broken certificate file stops the export before anything is printed.
  const identity = request.sign ? await loadP12(request.sign.p12, request.sign.password, request.sign.p12FileName) : null;
  const printer = request.printer ?? createChromiumPrinter();
  let packet: CompiledPacket;
  try {
    packet = await compilePacket(db, meetingId, {
      document, edition, printer, bilagPlacement: request.bilagPlacement, onProgress: request.onProgress, signal, now, changePage,
    });
  } finally {
    if (!request.printer) await printer.close();
  }
  const { doc, pageCount } = packet;

  if (request.pdfa) {
    await applyPdfA2b(doc, {
      title: `${documentName(document)} – ${model.committeeName} den ${model.longDate}`,
      language: 'da',
      author: model.municipality.name || model.committeeName,
      subject: `${documentName(document)} for mødet i ${model.committeeName} den ${model.longDate}${edition === 'public' ? ' (offentlig udgave)' : ''}`,
      keywords: [model.committeeName, documentName(document)],
      created: now,
      modified: now,
    });
  }
  const signature = {
    reason: document === 'agenda' ? 'Dagsorden udsendt' : 'Referat godkendt',
    location: model.municipality.name || undefined,
    signingTime: now,
  };
  if (identity) addSignatureField(doc, signature);
  signal?.throwIfAborted();
  let pdf = await savePdf(doc);
  // The signature is the very last change to the bytes: nothing may load and save the PDF after it.
  if (identity) {
    request.onProgress?.({ phase: 'sign' });
    pdf = await completeSignature(pdf, identity, signature);
  }

  signal?.throwIfAborted();
  writeFileAtomic(request.outPath, pdf);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const format = request.pdfa ? 'pdfa' : 'pdf';
  const signed = request.sign !== undefined;
  const release = change(
    ctx,
    { action: 'export', entity: 'meeting', entityId: () => meetingId, details: { document, edition, format, signed, sha256, pageCount } },
    () => insertRelease(db, { meetingId, document, edition, releasedAt: now.toISOString(), sha256, format, signed, snapshot }),
  );
  return { release, pageCount, bytes: pdf.length, seconds: (performance.now() - started) / 1000, changes };
}

/** Every bilag that will be merged, checked for what breaks PDF/A, before the export starts. */
async function refuseNonPdfABilag(ctx: ServiceContext, model: PacketModel): Promise<void> {
  const problems: string[] = [];
  for (const bilag of distributedBilag(model)) {
    const bytes = getBlob(ctx.db, bilag.sha256);
    if (!bytes) {
      problems.push(`Punkt ${bilag.itemNumber} (${bilag.itemTitle}), bilag ${bilag.number} »${bilag.title}«: filen mangler i databasen.`);
      continue;
    }
    for (const problem of await findPdfAProblems(bytes, bilag.title)) {
      problems.push(`Punkt ${bilag.itemNumber} (${bilag.itemTitle}), bilag ${bilag.number}: ${problem}`);
    }
  }
  if (problems.length > 0) {
    throw new UserError(`PDF/A-eksporten er ikke startet, fordi ${problems.length === 1 ? 'et bilag' : 'nogle bilag'} ikke kan indgå i en PDF/A-fil:\n${problems.map((p) => `- ${p}`).join('\n')}`, 'pdfa_bilag');
  }
}

function danishDateTime(iso: string): string {
  const date = new Date(iso);
  const parts = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })
    .formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}. ${get('month')} ${get('year')} kl. ${get('hour')}.${get('minute')}`;
}

