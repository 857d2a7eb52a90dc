import { UserError } from '../../shared/api/envelope';
import { validateVotes } from '../../shared/logic/validate-votes';
import { votersForItem } from '../../shared/logic/voters-for-item';
import type { Vote } from '../../shared/logic/vote-types';
import type { Item } from '../../shared/domain/entities';
import type { Db } from '../store/open-database';
import type { HandlerMap } from './handler-types';
import { change } from './service-context';
import { found } from './not-found';
import { itemOpenFor } from './item-service';
import { requireChangeOfMeeting } from './lifecycle-guard';
import { loadItem } from '../store/repositories/item-read-repository';
import { findMeeting, listAttendance, replaceAttendance } from '../store/repositories/meeting-repository';
import { listMembershipsOn } from '../store/repositories/committee-repository';
import { findPerson, listParties, listPeople } from '../store/repositories/organisation-repository';
import { replaceDecisions, replaceItemAttendance, replaceProtocolNotes } from '../store/repositories/meeting-record-repository';

type Methods = 'attendance:set' | 'itemAttendance:set' | 'decisions:set' | 'protocolNotes:set';

export const meetingRecordHandlers: HandlerMap<Methods> = {
  'attendance:set': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'attendance', entityId: () => input.meetingId, details: input.entries }, () => {
      requireChangeOfMeeting(ctx.db, input.meetingId, 'attendance');
      const entries = input.entries.map((e) => ({ personId: e.personId, status: e.status, substituteForPersonId: e.substituteForPersonId ?? null, note: e.note ?? null }));
      checkAttendance(ctx.db, entries);
      replaceAttendance(ctx.db, input.meetingId, entries);
      return listAttendance(ctx.db, input.meetingId);
    }),

  'itemAttendance:set': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'item_attendance', entityId: () => input.itemId, details: input.entries }, () => {
      itemOpenFor(ctx.db, input.itemId, 'record');
      for (const e of input.entries) {
        const person = found(findPerson(ctx.db, e.personId), 'Personen', e.personId);
        if (e.kind === 'disqualified' && !e.reason) throw new UserError(`Angiv grunden til, at ${person.name} er inhabil.`, 'reason_missing');
      }
      replaceItemAttendance(ctx.db, input.itemId, input.entries.map((e) => ({ personId: e.personId, kind: e.kind, reason: e.reason ?? null })));
      return found(loadItem(ctx.db, input.itemId), 'Punktet', input.itemId);
    }),

  'decisions:set': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'decisions', entityId: () => input.itemId, details: input.decisions }, () => {
      const item = itemOpenFor(ctx.db, input.itemId, 'record');
      for (const d of input.decisions) checkDecision(ctx.db, item, d.pointNumber ?? null, d.votes ?? []);
      replaceDecisions(ctx.db, input.itemId, input.decisions.map((d) => ({
        pointNumber: d.pointNumber ?? null,
        text: d.text,
        votes: (d.votes ?? []).map((v) => 'personId' in v
          ? { personId: v.personId, partyId: null, choice: v.choice, count: 1 }
          : { personId: null, partyId: v.partyId, choice: v.choice, count: v.count }),
      })));
      return found(loadItem(ctx.db, input.itemId), 'Punktet', input.itemId);
    }),

  'protocolNotes:set': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'protocol_notes', entityId: () => input.itemId, details: input.notes }, () => {
      itemOpenFor(ctx.db, input.itemId, 'record');
      for (const n of input.notes) for (const p of n.personIds) found(findPerson(ctx.db, p), 'Medlemmet', p);
      replaceProtocolNotes(ctx.db, input.itemId, input.notes);
      return found(loadItem(ctx.db, input.itemId), 'Punktet', input.itemId);
    }),
};

function checkAttendance(db: Db, entries: { personId: number; status: string; substituteForPersonId: number | null }[]): void {
  const seen = new Set<number>();
  for (const e of entries) {
    const person = found(findPerson(db, e.personId), 'Personen', e.personId);
    if (seen.has(e.personId)) throw new UserError(`${person.name} står to gange i fremmødet.`, 'duplicate_attendance');
    seen.add(e.personId);
    if (e.substituteForPersonId === null) continue;
    const replaced = found(findPerson(db, e.substituteForPersonId), 'Medlemmet', e.substituteForPersonId);
    const replacedEntry = entries.find((x) => x.personId === e.substituteForPersonId);
    if (replacedEntry?.status === 'present') {
      throw new UserError(`${person.name} kan ikke være stedfortræder for ${replaced.name}, som selv er til stede.`, 'substitute_for_present');
    }
  }
}

/** Votes must come from members who may vote on this item; the first problem is reported. */
export function checkDecision(db: Db, item: Item, pointNumber: number | null, votes: Vote[]): void {
  if (pointNumber !== null && !item.points.some((p) => p.number === pointNumber)) {
    throw new UserError(`Punkt ${item.number} har intet indstillingspunkt ${pointNumber}.`, 'unknown_point');
  }
  if (votes.length === 0) return;
  const meeting = findMeeting(db, item.meetingId)!;
  const voters = votersForItem(listMembershipsOn(db, meeting.committeeId, meeting.date), listAttendance(db, meeting.id), item.attendance, listPeople(db));
  const problems = validateVotes(votes, voters, listParties(db));
  if (problems.length > 0) {
    throw new UserError(`Afstemningen på punkt ${item.number} kan ikke gemmes: ${problems.map((p) => p.message).join(' ')}`, 'invalid_votes');
  }
}
