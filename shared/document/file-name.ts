import type { MeetingDetail } from '../domain/entities';
import type { DocumentKind, Edition } from '../domain/enums';
import { documentState, type DocumentState } from '../logic/lifecycle';
import { changedSinceRelease } from './build-document';

/**
 * "Dagsorden Økonomiudvalget 2026-12-02 (offentlig).pdf", "Udkast til referat … (medlemmer).pdf",
 * "… version 2.pdf" — without characters a file system refuses.
 */
export function documentFileName(request: {
  document: DocumentKind; edition: Edition; committeeName: string; date: string; state?: DocumentState; version?: number | null; extension?: 'pdf' | 'docx' | 'zip';
}): string {
  const kind = request.document === 'agenda' ? 'Dagsorden' : 'Referat';
  const lead = request.state === 'draft' ? `Udkast til ${kind.toLowerCase()}` : request.state === 'cancelled' ? `${kind} (aflyst møde)` : kind;
  const version = request.version ? ` version ${request.version}` : '';
  const name = `${lead} ${request.committeeName} ${request.date} (${request.edition === 'public' ? 'offentlig' : 'medlemmer'})${version}`;
  return `${safeName(name)}.${request.extension ?? 'pdf'}`;
}

/** Characters a file system refuses, and runs of white space. */
const safeName = (name: string): string => name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').trim();

/**
 * A bilag beside the Word edition: "Punkt 3 - Bilag 1 - <titel>.pdf" (the title cut at 100
 * characters, so the whole path stays within what Windows allows).
 */
export function bilagFileName(bilag: { itemNumber: number; number: number; title: string }): string {
  const title = safeName(bilag.title.replace(/\.pdf$/i, '')).slice(0, 100).trim();
  return `Punkt ${bilag.itemNumber} - Bilag ${bilag.number}${title ? ` - ${title}` : ''}.pdf`;
}

/** The file name of an export of the meeting as it is now: a draft until released or approved. */
export function exportFileName(meeting: MeetingDetail, document: DocumentKind, edition: Edition, extension: 'pdf' | 'docx' | 'zip' = 'pdf'): string {
  const state = documentState(meeting.status, document, changedSinceRelease({ meeting }).size > 0);
  return documentFileName({ document, edition, committeeName: meeting.committeeName, date: meeting.date, state, extension });
}
