import { UserError } from '../../../shared/api/envelope';
import { formatLongDate } from '../../../shared/format/danish-date';
import type { HandlerMap } from '../handler-types';
import { change } from '../service-context';
import { found } from '../not-found';
import { itemOpenFor } from '../item-service';
import { createItemRow } from '../item-creation';
import { insertAttachmentCopy } from '../attachment-copy';
import { requireChangeOfMeeting } from '../lifecycle-guard';
import { findCommittee } from '../../store/repositories/committee-repository';
import { loadItem } from '../../store/repositories/item-read-repository';
import { insertCase, replacePoints, setItemCase, upsertSection } from '../../store/repositories/item-write-repository';
import { findMeeting, listMeetings } from '../../store/repositories/meeting-repository';

/**
 * "Anbefales over for Økonomiudvalget" / "Oversendt til …": the case goes on that committee's next
 * meeting (the first planned or released one after this meeting), with the item's title, case,
 * sections, recommendation points and bilag, and this meeting's decision printed above its own
 * (the earlier committees' blocks come from the case).
 */
export const forwardHandlers: HandlerMap<'items:forward'> = {
  'items:forward': (input, ctx) =>
    change(ctx, { action: 'forward', entity: 'item', entityId: (r) => r.item.id, details: input }, () => {
      const { db } = ctx;
      const item = itemOpenFor(db, input.itemId, 'record');
      if (item.decisions.length === 0) throw new UserError(`Punkt ${item.number} har ingen beslutning endnu; træf beslutningen, før sagen sendes videre.`, 'forward_undecided');
      const source = findMeeting(db, item.meetingId)!;
      const committee = found(findCommittee(db, input.committeeId), 'Udvalget', input.committeeId);
      const next = listMeetings(db, committee.id)
        .filter((m) => m.date > source.date && (m.status === 'planned' || m.status === 'agenda_released'))
        .sort((a, b) => a.date.localeCompare(b.date))[0];
      if (!next) {
        throw new UserError(`${committee.name} har intet planlagt møde efter ${formatLongDate(source.date)}. Opret mødet først, og send så sagen videre.`, 'forward_no_meeting');
      }
      requireChangeOfMeeting(db, next.id, 'agenda');
      let caseId = db.prepare('SELECT case_id FROM items WHERE id = ?').pluck().get(item.id) as number | null;
      if (caseId === null) {
        caseId = insertCase(db, item.title);
        setItemCase(db, item.id, caseId);
      }
      const id = createItemRow(db, { meetingId: next.id, title: item.title, kind: item.kind, isClosed: item.isClosed, caseId, caseNumber: item.caseNumber });
      const created = loadItem(db, id)!;
      for (const section of item.sections) {
        const position = created.sections.findIndex((s) => s.key === section.key);
        upsertSection(db, id, section, position < 0 ? created.sections.length : position, section.content);
      }
      replacePoints(db, id, item.points.map((p) => ({ text: p.text, decisionAuthority: p.decisionAuthority })));
      for (const a of item.attachments) insertAttachmentCopy(db, a.id, id);
      return { item: found(loadItem(db, id), 'Punktet', id), meetingId: next.id };
    }),
};
