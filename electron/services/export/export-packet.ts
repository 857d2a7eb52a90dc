import { UserError } from '../../../shared/api/envelope';
import type { ReleaseFormat } from '../../../shared/domain/enums';
import type { ChangeReport, ReleaseSnapshot } from '../../../shared/logic/release-changes';
import { distributedBilag, documentFileName, type DocumentModel } from '../../../shared/document';
import type { DocumentState } from '../../../shared/logic/lifecycle';
import type { MeetingProtocol } from '../../../shared/domain/entities';
import { compilePacket, type CompiledPacket, type PacketProgress } from '../../export/packet/compile-packet';
import { writePdfFile, writeViaTempFile } from '../../export/pdf/write-pdf-file';
import { applyPdfA2b } from '../../export/pdfa/make-pdfa';
import { findPdfAProblems } from '../../export/pdfa/find-pdfa-problems';
import { createChromiumPrinter } from '../../export/printer/chromium-printer';
import type { PdfPrinter } from '../../export/printer/pdf-printer';
import { loadP12, type SigningIdentity } from '../../export/sign/load-p12';
import { addSignatureField, writeSignedPdf, type SignatureField } from '../../export/sign/sign-pdf';
import { getBlob } from '../../store/repositories/blob-repository';
import { change, type ServiceContext } from '../service-context';
import { writeFileAtomicWith } from '../transfer/write-file-atomic';
import { prepareEdition, type EditionRequest } from './prepare-edition';

export { requireExportable } from './prepare-edition';

export interface PacketRequest extends EditionRequest {
  pdfa?: boolean;
  sign?: { p12: Uint8Array; password: string; p12FileName?: string };
  bilagPlacement?: 'end' | 'after-item';
  /** Default: a Chromium printer started (and closed) for this export. */
  printer?: PdfPrinter;
  onProgress?: (step: PacketProgress) => void;
  signal?: AbortSignal;
}

/** One edition printed into memory: what a release stores and an export writes. */
export interface RenderedPacket {
  pdf: Uint8Array;
  sha256: string;
  pageCount: number;
  format: ReleaseFormat;
  signed: boolean;
  /** What the document showed, for the change report of the next release. */
  snapshot: ReleaseSnapshot;
  /** The agenda version this text is: the latest release when nothing changed since, else the next (null: minutes). */
  version: number | null;
  /** Udkast, final, or the notice of a cancelled meeting (shared/logic/lifecycle). */
  state: DocumentState;
  /** The name the file goes by ("Udkast til referat … (medlemmer).pdf"). */
  fileName: string;
  /** What changed since the release before this version (null: none before it). */
  changes: ChangeReport | null;
}

/**
 * Prints one edition of the agenda or minutes as the packet PDF: PDF/A pre-check of the bilag
 * (before anything is printed) → compile (with the "Ændringer siden version N" page when an
 * earlier version was released) → PDF/A metadata → PAdES signature as the very last step.
 */
export async function renderPacket(ctx: ServiceContext, request: PacketRequest): Promise<RenderedPacket> {
  const edition = await compileEdition(ctx, request);
  try {
    const { bytes, result } = await writeViaTempFile((fd) => writeEdition(edition, fd, request));
    return { ...edition.facts, pdf: bytes, sha256: result.sha256 };
  } finally {
    edition.packet.dispose();
  }
}

/** An edition compiled and ready to be written: the document, its signature field, and what it is. */
interface CompiledEdition {
  packet: CompiledPacket;
  signing: { field: SignatureField; identity: SigningIdentity; signingTime: Date } | null;
  facts: Omit<RenderedPacket, 'pdf' | 'sha256'>;
}

async function compileEdition(ctx: ServiceContext, request: PacketRequest): Promise<CompiledEdition> {
  const { document, edition, signal } = request;
  const { source, model, snapshot, version, changes, changePage } = prepareEdition(ctx, request);

  if (request.pdfa) await refuseNonPdfABilag(ctx, model, signal);

  const now = ctx.now();
  // A wrong password or a broken certificate file stops the export before anything is printed.
  const identity = request.sign ? await loadP12(request.sign.p12, request.sign.password, request.sign.p12FileName) : null;
  const printer = request.printer ?? createChromiumPrinter();
  let packet: CompiledPacket;
  try {
    packet = await compilePacket(ctx.db, model, {
      printer, bilagPlacement: request.bilagPlacement, onProgress: request.onProgress, signal, now, changePage,
    });
  } finally {
    if (!request.printer) await printer.close();
  }
  try {
    const { doc } = packet;
    if (request.pdfa) {
      await applyPdfA2b(doc, {
        title: `${model.pageMark ? `${model.pageMark}: ` : ''}${model.documentName} – ${model.committeeName} den ${model.longDate}`,
        language: 'da',
        author: model.municipality.name || model.committeeName,
        subject: `${model.documentName} for mødet i ${model.committeeName} den ${model.longDate}${edition === 'public' ? ' (offentlig udgave)' : ''}`,
        keywords: [model.committeeName, model.documentName, ...chainKeywords(source.meeting.protocol)],
        created: now,
        modified: now,
      });
    }
    const signature = {
      reason: model.state === 'final' ? (document === 'agenda' ? 'Dagsorden udsendt' : 'Referat godkendt') : model.pageMark ?? 'Udkast',
      location: model.municipality.name || undefined,
      signingTime: now,
    };
    const signing = identity ? { field: addSignatureField(doc, signature), identity, signingTime: now } : null;
    signal?.throwIfAborted();
    return {
      packet,
      signing,
      facts: {
        pageCount: packet.pageCount, format: request.pdfa ? 'pdfa' : 'pdf', signed: identity !== null, snapshot, version, changes, state: model.state,
        fileName: documentFileName({ document, edition, committeeName: model.committeeName, date: model.date, state: model.state, version: model.state === 'final' ? version : null }),
      },
    };
  } catch (error) {
    packet.dispose();
    throw error;
  }
}

/**
 * Writes the compiled edition into an open file, signing it there when asked: the signature is the
 * very last change to the bytes, made over the digest taken while they were written.
 */
async function writeEdition(edition: CompiledEdition, fd: number, request: PacketRequest): Promise<{ bytes: number; sha256: string }> {
  const { doc } = edition.packet;
  let result: { bytes: number; sha256: string };
  if (edition.signing) {
    request.onProgress?.({ phase: 'sign' });
    result = await writeSignedPdf(doc, fd, edition.signing.field, edition.signing.identity, { signingTime: edition.signing.signingTime });
  } else {
    const written = await writePdfFile(doc, fd);
    result = { bytes: written.bytes, sha256: written.wholeDigest() };
  }
  request.signal?.throwIfAborted();
  return result;
}

export interface ExportPacketRequest extends PacketRequest {
  outPath: string;
}

export interface ExportPacketResult extends Omit<RenderedPacket, 'pdf' | 'snapshot'> {
  /** Size of the written file. */
  bytes: number;
  seconds: number;
}

/**
 * Exports one edition to a file (written atomically, straight from the compiled document: the
 * packet is never held whole in memory) and notes it in the audit log. An export is a copy of the
 * meeting as it is; only a release (udsendelse, release-agenda.ts) makes a version.
 */
export async function exportPacket(ctx: ServiceContext, request: ExportPacketRequest): Promise<ExportPacketResult> {
  const started = performance.now();
  const edition = await compileEdition(ctx, request);
  let written: { bytes: number; sha256: string };
  try {
    written = await writeFileAtomicWith(request.outPath, (fd) => writeEdition(edition, fd, request));
  } finally {
    edition.packet.dispose();
  }
  const { snapshot: _snapshot, ...rendered } = edition.facts;
  const { document, edition: which, meetingId } = request;
  change(ctx, {
    action: 'export', entity: 'meeting', entityId: () => meetingId,
    details: { document, edition: which, format: rendered.format, signed: rendered.signed, sha256: written.sha256, pageCount: rendered.pageCount, version: rendered.version },
  }, () => undefined);
  return { ...rendered, sha256: written.sha256, bytes: written.bytes, seconds: (performance.now() - started) / 1000 };
}

/** The newest chain hash of the meeting, as a keyword the verifier reads back ("protokol-sha256:<hex>"). */
export const CHAIN_KEYWORD = 'protokol-sha256:';

function chainKeywords(protocol: MeetingProtocol): string[] {
  const last = protocol.entries.at(-1);
  return last ? [`${CHAIN_KEYWORD}${last.hash}`] : [];
}

/** Every bilag that will be merged, checked for what breaks PDF/A, before the export starts. */
async function refuseNonPdfABilag(ctx: ServiceContext, model: DocumentModel, signal: AbortSignal | undefined): Promise<void> {
  const problems: string[] = [];
  for (const bilag of distributedBilag(model)) {
    signal?.throwIfAborted();
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
