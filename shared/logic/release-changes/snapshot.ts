import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Addendum, Item, MeetingDetail } from '../../domain/entities';
import type { ReleaseSnapshot, SnapshotItem } from './types';

const hash = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));
const canonicalSection = (key: string): string => (key === 'resumé' ? 'resume' : key);

/** What a release remembers of one item: its particulars, hashed texts, and bilag by SHA-256; `addenda`: its approved addenda. */
export function snapshotItem(item: Item, addenda: readonly Pick<Addendum, 'id' | 'text'>[] = []): SnapshotItem {
  return {
    id: item.id,
    number: item.number,
    title: item.title,
    closed: item.isClosed,
    publicTitle: item.publicTitle,
    kind: item.kind,
    caseNumber: item.caseNumber,
    sections: Object.fromEntries(item.sections.map((s) => [canonicalSection(s.key), hash(JSON.stringify(s.content))])),
    points: hash(JSON.stringify(item.points.map((p) => [p.number, p.text, p.decisionAuthority]))),
    extras: hash(JSON.stringify([item.notices.map((n) => [n.title, n.content]), item.request && [item.request.personId, item.request.requestedOn, item.request.text]])),
    bilag: item.attachments.map((a) => ({ id: a.id, title: a.title, sha256: a.sha256, closed: a.isClosed, distributed: a.distribution === 'distributed' })),
    record: hash(JSON.stringify([
      item.decisions.map(({ id: _id, rounds, notes, ...d }) => [d, rounds.map(({ id: _r, dissents, ...r }) => [r, dissents.map(({ id: _x, ...x }) => x)]), notes.map(({ id: _n, ...n }) => n)]),
      item.attendance, item.substitutes, item.publicExtract, item.presenceOverride,
    ])),
    addenda: hash(JSON.stringify(addenda.map((a) => [a.id, a.text]))),
  };
}

/** `approvedAddenda`: the addenda the document prints (by default the meeting's approved ones). */
export function buildSnapshot(
  meeting: Pick<MeetingDetail, 'items'> & Partial<Pick<MeetingDetail, 'attendance' | 'protocol'>>,
  approvedAddenda: readonly Addendum[] = (meeting.protocol?.addenda ?? []).filter((a) => a.approvedAt !== null),
): ReleaseSnapshot {
  const addendaOf = (itemId: number) => approvedAddenda.filter((a) => a.itemId === itemId);
  return {
    schema: 1,
    items: meeting.items.map((item) => snapshotItem(item, addendaOf(item.id))),
    ...(meeting.attendance ? { attendance: hash(JSON.stringify(meeting.attendance)) } : {}),
  };
}

/** A stored snapshot, or null when it is missing or of an unknown shape (older releases). */
export function parseSnapshot(value: unknown): ReleaseSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const snapshot = value as Partial<ReleaseSnapshot>;
  return snapshot.schema === 1 && Array.isArray(snapshot.items) ? (snapshot as ReleaseSnapshot) : null;
}
