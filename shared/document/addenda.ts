import type { Item, MeetingDetail } from '../domain/entities';
import { danishIsoDate, formatLongDate } from '../format/danish-date';
import type { DocumentAddendum } from './types';

/** The item's approved addenda as the minutes print them after its decision, oldest first. */
export function addendaOf(item: Pick<Item, 'id'>, meeting: Pick<MeetingDetail, 'protocol'>): DocumentAddendum[] {
  return meeting.protocol.addenda
    .filter((a) => a.itemId === item.id && a.approvedAt !== null)
    .map((a) => ({
      heading: `Tilføjelse af ${formatLongDate(danishIsoDate(new Date(a.createdAt)))}`,
      text: a.text,
      basis: `Begrundelse: ${withStop(a.reason)} Indført af ${a.writtenBy}.`,
    }));
}

const withStop = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
