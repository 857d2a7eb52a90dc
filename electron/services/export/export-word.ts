import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import JSZip from 'jszip';
import { UserError } from '../../../shared/api/envelope';
import { bilagFileName, distributedBilag, documentFileName } from '../../../shared/document';
import type { DocumentState } from '../../../shared/logic/lifecycle';
import type { ChangeReport } from '../../../shared/logic/release-changes';
import { renderWordDocument } from '../../export/docx/word-document';
import { getBlob } from '../../store/repositories/blob-repository';
import { change, type ServiceContext } from '../service-context';
import { writeFileAtomic } from '../transfer/write-file-atomic';
import { CHAIN_KEYWORD } from './export-packet';
import { prepareEdition, type EditionRequest } from './prepare-edition';

/** Where the bilag go: none (the .docx alone), a folder beside the document, or one .zip holding both. */
export type WordPacketKind = 'docx' | 'folder' | 'zip';

export interface WordRequest extends EditionRequest {
  packet?: WordPacketKind;
}

export interface RenderedWord {
  docx: Uint8Array;
  sha256: string;
  /** "Referat Økonomiudvalget 2026-12-02 (offentlig).docx" */
  fileName: string;
  /** The name as the release of a version stores it ("… version 2.docx"). */
  fileNameOfVersion: (version: number) => string;
  /** The distributed bilag the document links to, with the file names it links by (empty for a .docx alone). */
  bilag: { fileName: string; bytes: Uint8Array }[];
  version: number | null;
  /** What changed since the release before this version (null: nothing released before it), as the change page says. */
  changes: ChangeReport | null;
  state: DocumentState;
}

/**
 * One edition as a Word document, from the same model as the PDF (prepare-edition.ts). With bilag,
 * each distributed bilag of the edition is a file "Punkt N - Bilag K - <titel>.pdf" beside it and
 * its entry links there by a relative link; on-file bilag are listed only; the public edition's
 * model holds no closed bilag, so none can be written.
 */
export async function renderWord(ctx: ServiceContext, request: WordRequest): Promise<RenderedWord> {
  const { model, version, source, changes, changePage } = prepareEdition(ctx, request);
  const withBilag = (request.packet ?? 'docx') !== 'docx';
  const bilag = withBilag ? distributedBilag(model).map((b) => {
    const bytes = getBlob(ctx.db, b.sha256);
    if (!bytes) throw new UserError(`Punkt ${b.itemNumber} (${b.itemTitle}), bilag ${b.number} »${b.title}«: filen mangler i databasen. Intet er skrevet.`, 'bilag_missing');
    return { attachmentId: b.attachmentId, fileName: bilagFileName(b), bytes };
  }) : [];
  const last = source.meeting.protocol.entries.at(-1);
  const docx = await renderWordDocument(model, {
    changePage,
    bilagFiles: new Map(bilag.map((b) => [b.attachmentId, b.fileName])),
    keywords: last ? [`${CHAIN_KEYWORD}${last.hash}`] : [],
  });
  const nameOf = (v: number | null) => documentFileName({ document: model.document, edition: model.edition, committeeName: model.committeeName, date: model.date, state: model.state, version: v, extension: 'docx' });
  return {
    docx,
    sha256: createHash('sha256').update(docx).digest('hex'),
    fileName: nameOf(model.state === 'final' ? version : null),
    fileNameOfVersion: nameOf,
    bilag: bilag.map(({ fileName, bytes }) => ({ fileName, bytes })),
    version,
    changes,
    state: model.state,
  };
}

export interface ExportWordRequest extends WordRequest {
  /** The .docx, the packet's folder, or the .zip (by `packet`). */
  outPath: string;
}

export interface ExportWordResult {
  path: string;
  fileName: string;
  sha256: string;
  bytes: number;
  bilagCount: number;
  seconds: number;
  version: number | null;
  changes: ChangeReport | null;
  state: DocumentState;
}

/** Writes the Word edition (a .docx, a folder or a .zip), all or nothing, and notes it in the audit log. */
export async function exportWord(ctx: ServiceContext, request: ExportWordRequest): Promise<ExportWordResult> {
  const started = performance.now();
  const packet = request.packet ?? 'docx';
  const rendered = await renderWord(ctx, request);
  let bytes = rendered.docx.length;
  if (packet === 'docx') {
    writeFileAtomic(request.outPath, rendered.docx);
  } else if (packet === 'zip') {
    const zip = new JSZip();
    zip.file(rendered.fileName, rendered.docx);
    for (const b of rendered.bilag) zip.file(b.fileName, b.bytes);
    const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
    writeFileAtomic(request.outPath, data);
    bytes = data.length;
  } else {
    writeFolderAtomic(request.outPath, [{ fileName: rendered.fileName, bytes: rendered.docx }, ...rendered.bilag]);
  }
  const { meetingId, document, edition } = request;
  change(ctx, {
    action: 'export', entity: 'meeting', entityId: () => meetingId,
    details: { document, edition, format: 'docx', packet, sha256: rendered.sha256, bilag: rendered.bilag.length, version: rendered.version },
  }, () => undefined);
  return {
    path: packet === 'folder' ? join(request.outPath, rendered.fileName) : request.outPath,
    fileName: rendered.fileName, sha256: rendered.sha256, bytes, bilagCount: rendered.bilag.length,
    seconds: (performance.now() - started) / 1000, version: rendered.version, changes: rendered.changes, state: rendered.state,
  };
}

/**
 * The folder is written beside its place under a temporary name and renamed into place, so a
 * reader sees the old folder or the whole new one. A folder already there is replaced only when it
 * is a Word packet of ours (it holds .docx and bilag files only), never some other folder.
 */
function writeFolderAtomic(path: string, files: { fileName: string; bytes: Uint8Array }[]): void {
  refuseForeignFolder(path);
  const parent = dirname(path);
  mkdirSync(parent, { recursive: true });
  const suffix = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const temp = join(parent, `.${basename(path)}.dagsorden-${suffix}.tmp`);
  mkdirSync(temp);
  try {
    for (const file of files) writeFileSync(join(temp, file.fileName), file.bytes, { flag: 'wx' });
    if (existsSync(path)) {
      const old = join(parent, `.${basename(path)}.dagsorden-${suffix}.old`);
      renameSync(path, old);
      renameSync(temp, path);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(temp, path);
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

function refuseForeignFolder(path: string): void {
  if (!existsSync(path)) return;
  const refuse = (why: string) => new UserError(`Word-pakken kan ikke skrives til ${path}: ${why} Vælg en ny mappe. Intet er skrevet.`, 'folder_in_use');
  if (!statSync(path).isDirectory()) throw refuse('der ligger en fil med det navn.');
  const foreign = readdirSync(path).find((name) => !/\.(docx|pdf)$/i.test(name));
  if (foreign) throw refuse(`mappen findes og indeholder andet end en Word-pakke (»${foreign}«).`);
}
