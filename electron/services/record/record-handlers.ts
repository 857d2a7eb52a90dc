import { UserError } from '../../../shared/api/envelope';
import type { AttendanceEntry } from '../../../shared/domain/entities';
import type { Db } from '../../store/open-database';
import type { HandlerMap } from '../handler-types';
import { change } from '../service-context';
import { found } from '../not-found';
import { itemOpenFor } from '../item-service';
import { requireChangeOfMeeting } from '../lifecycle-guard';
import { loadItem } from '../../store/repositories/item-read-repository';
import { listItemOrder } from '../../store/repositories/item-write-repository';
import { listAttendance, replaceAttendance } from '../../store/repositories/meeting-repository';
import { findPerson } from '../../store/repositories/organisation-repository';
import { getHouseStyle, saveHouseStyle } from '../../store/repositories/house-style-repository';
import {
  replaceDecisions, replaceItemAttendance, replaceItemSubstitutes, updateItemRecordFields, type DecisionToStore,
} from '../../store/repositories/meeting-record-repository';
import { checkDecisions } from './check-decisions';
import { itemVoters } from './item-voters';

type Methods = 'attendance:set' | 'itemAttendance:set' | 'decisions:set' | 'itemRecord:update' | 'houseStyle:get' | 'houseStyle:update';

export const recordHandlers: HandlerMap<Methods> = {
  'attendance:set': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'attendance', entityId: () => input.meetingId, details: input.entries }, () => {
      requireChangeOfMeeting(ctx.db, input.meetingId, 'attendance');
      checkAttendance(ctx.db, input.meetingId, input.entries);
      replaceAttendance(ctx.db, input.meetingId, input.entries);
      return listAttendance(ctx.db, input.meetingId);
    }),

  'itemAttendance:set': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'item_attendance', entityId: () => input.itemId, details: input }, () => {
      const item = itemOpenFor(ctx.db, input.itemId, 'record');
      for (const e of input.entries) {
        const person = found(findPerson(ctx.db, e.personId), 'Personen', e.personId);
        if (e.kind === 'disqualified' && !e.reason) throw new UserError(`Angiv grunden til, at ${person.name} er inhabil.`, 'reason_missing');
      }
      replaceItemAttendance(ctx.db, input.itemId, input.entries);
      replaceItemSubstitutes(ctx.db, input.itemId, []);
      // A substitute for this item only stands in for a member who is absent from it or disqualified.
      const voters = itemVoters(ctx.db, { ...item, attendance: input.entries, substitutes: [] });
      for (const s of input.substitutes) {
        const person = found(findPerson(ctx.db, s.personId), 'Personen', s.personId);
        const replaced = found(findPerson(ctx.db, s.forPersonId), 'Medlemmet', s.forPersonId);
        const member = voters.find((v) => v.personId === s.forPersonId);
        if (!member) throw new UserError(`${replaced.name} er ikke medlem af udvalget, så ${person.name} kan ikke være stedfortræder for ham eller hende.`, 'substitute_not_member');
        if (member.present && !member.disqualified) {
          throw new UserError(`${person.name} kan ikke være stedfortræder for ${replaced.name} på punkt ${item.number}: ${replaced.name} deltager selv i behandlingen.`, 'substitute_for_present');
        }
        if (voters.some((v) => v.personId === s.personId && v.present)) {
          throw new UserError(`${person.name} deltager allerede i behandlingen af punkt ${item.number} og kan ikke også være stedfortræder.`, 'substitute_already_present');
        }
      }
      replaceItemSubstitutes(ctx.db, input.itemId, input.substitutes);
      return found(loadItem(ctx.db, input.itemId), 'Punktet', input.itemId);
    }),

  'decisions:set': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'decisions', entityId: () => input.itemId, details: input.decisions }, () => {
      const item = itemOpenFor(ctx.db, input.itemId, 'record');
      const decisions: DecisionToStore[] = input.decisions.map((d) => ({
        points: [...d.points].sort((a, b) => a - b),
        outcome: d.outcome,
        outcomeBody: d.outcomeBody,
        remark: d.remark,
        override: d.override,
        notes: d.notes,
        rounds: d.rounds.map((r) => ({
          subject: r.subject, mode: r.mode, dissents: r.dissents,
          votes: r.votes.map((v) => ('personId' in v
            ? { personId: v.personId, partyId: null, choice: v.choice, count: 1 }
            : { personId: null, partyId: v.partyId, choice: v.choice, count: v.count })),
        })),
      }));
      checkDecisions(ctx.db, item, decisions);
      replaceDecisions(ctx.db, input.itemId, decisions);
      return found(loadItem(ctx.db, input.itemId), 'Punktet', input.itemId);
    }),

  'itemRecord:update': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'item_record', entityId: () => input.itemId, details: input }, () => {
      const item = itemOpenFor(ctx.db, input.itemId, 'record');
      updateItemRecordFields(ctx.db, input.itemId, {
        publicExtract: input.publicExtract === undefined ? item.publicExtract : input.publicExtract,
        presenceOverride: input.presenceOverride === undefined ? item.presenceOverride : input.presenceOverride,
      });
      return found(loadItem(ctx.db, input.itemId), 'Punktet', input.itemId);
    }),

  'houseStyle:get': (_input, { db }) => getHouseStyle(db),
  'houseStyle:update': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'house_style', details: input }, () => {
      saveHouseStyle(ctx.db, input);
      return getHouseStyle(ctx.db);
    }),
};

/** The roll call holds together: one entry a person, substitutes for members not present, late and early by items of this meeting. */
function checkAttendance(db: Db, meetingId: number, entries: readonly AttendanceEntry[]): void {
  const seen = new Set<number>();
  const order = listItemOrder(db, meetingId);
  const positionOf = (itemId: number | null, person: string, what: string): number | null => {
    if (itemId === null) return null;
    const item = order.find((i) => i.id === itemId);
    if (!item) throw new UserError(`${person}: ${what} er ikke et punkt på dette møde.`, 'attendance_item');
    return item.position;
  };
  for (const e of entries) {
    const person = found(findPerson(db, e.personId), 'Personen', e.personId);
    if (seen.has(e.personId)) throw new UserError(`${person.name} står to gange i fremmødet.`, 'duplicate_attendance');
    seen.add(e.personId);
    if (e.status !== 'present' && (e.arrivedBeforeItemId !== null || e.leftAfterItemId !== null)) {
      throw new UserError(`${person.name} er ikke til stede og kan derfor ikke komme eller gå under mødet.`, 'attendance_not_present');
    }
    const from = positionOf(e.arrivedBeforeItemId, person.name, 'punktet, hvor medlemmet kom');
    const until = positionOf(e.leftAfterItemId, person.name, 'punktet, hvor medlemmet gik');
    if (from !== null && until !== null && until < from) {
      throw new UserError(`${person.name} kan ikke gå, før han eller hun er kommet: punktet for afgang ligger før punktet for ankomst.`, 'attendance_order');
    }
    if (e.substituteForPersonId === null) continue;
    const replaced = found(findPerson(db, e.substituteForPersonId), 'Medlemmet', e.substituteForPersonId);
    const replacedEntry = entries.find((x) => x.personId === e.substituteForPersonId);
    if (replacedEntry?.status === 'present') {
      throw new UserError(`${person.name} kan ikke være stedfortræder for ${replaced.name}, som selv er til stede.`, 'substitute_for_present');
    }
  }
}
