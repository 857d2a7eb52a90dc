import type { ProtocolPart } from './protocol-parts';

/** What an addendum commits to: which meeting and item, what, why, who and when. */
export interface AddendumRecord {
  meetingId: number;
  itemId: number;
  text: string;
  reason: string;
  writtenBy: string;
  createdAt: string;
}

export function addendumPart(addendum: AddendumRecord): ProtocolPart {
  const { meetingId, itemId, text, reason, writtenBy, createdAt } = addendum;
  return { key: 'addendum', label: 'tilføjelsens tekst', value: { meetingId, itemId, text, reason, writtenBy, createdAt } };
}
