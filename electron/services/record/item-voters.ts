import type { Item } from '../../../shared/domain/entities';
import { votersForItem, type PresenceMeeting } from '../../../shared/logic/voters-for-item';
import type { Voter } from '../../../shared/logic/vote-types';
import type { Db } from '../../store/open-database';
import { listMembershipsOn } from '../../store/repositories/committee-repository';
import { listItemOrder } from '../../store/repositories/item-write-repository';
import { findMeeting, listAttendance } from '../../store/repositories/meeting-repository';
import { listPeople } from '../../store/repositories/organisation-repository';

/** The meeting as presence depends on it: members on the meeting's date, the roll call and the agenda's order. */
export function presenceMeeting(db: Db, meetingId: number): PresenceMeeting {
  const meeting = findMeeting(db, meetingId)!;
  return {
    members: listMembershipsOn(db, meeting.committeeId, meeting.date),
    attendance: listAttendance(db, meetingId),
    items: listItemOrder(db, meetingId),
  };
}

/** Who may vote on the item as the database stands (shared/logic/voters-for-item). */
export function itemVoters(db: Db, item: Pick<Item, 'meetingId' | 'position' | 'attendance' | 'substitutes'>): Voter[] {
  return votersForItem(presenceMeeting(db, item.meetingId), item, listPeople(db));
}
