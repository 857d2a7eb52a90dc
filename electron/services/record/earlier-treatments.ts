import { itemDocument } from '../../../shared/document';
import type { PriorDecision } from '../../../shared/domain/entities';
import { formatLongDate } from '../../../shared/format/danish-date';
import type { Db } from '../../store/open-database';
import { loadItem } from '../../store/repositories/item-read-repository';
import { findEarlierDecidedItems } from '../../store/repositories/item-write-repository';
import { listParties, listPeople } from '../../store/repositories/organisation-repository';
import { getHouseStyle } from '../../store/repositories/house-style-repository';
import { loadMeetingDetail } from '../meeting-service';

/**
 * The decisions a case received at earlier meetings recorded here, as blocks for the item that
 * treats it now: the committee, the date, the decision as those minutes print it (shared document
 * model) and that item's presence lines. A snapshot, taken when the later item is made.
 */
export function earlierTreatments(db: Db, caseId: number, beforeDate: string, excludeMeetingId: number): PriorDecision[] {
  const people = listPeople(db);
  const parties = listParties(db);
  const houseStyle = getHouseStyle(db);
  return findEarlierDecidedItems(db, caseId, beforeDate, excludeMeetingId).flatMap(({ itemId, meetingId }) => {
    const meeting = loadMeetingDetail(db, meetingId);
    const item = loadItem(db, itemId);
    if (!item) return [];
    const printed = itemDocument(item, {
      meeting, document: 'minutes', edition: 'members', people, parties, sectionOrder: [], longDate: formatLongDate(meeting.date), changed: false, withheld: false, houseStyle,
    }).decision;
    if (!printed) return [];
    return [{
      committeeName: meeting.committeeName, meetingDate: meeting.date, source: 'recorded' as const,
      text: printed.decisions.map((d) => d.text).join('\n'),
      presenceLines: printed.presenceLines,
    }];
  });
}
