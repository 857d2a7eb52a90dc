import type { AttendanceEntry, Item, MeetingDetail } from '../../domain/entities';

/**
 * One part of an approved protocol as it is hashed: the meeting (time, place, kind), the roll call,
 * or one item with everything the minutes say of it and the SHA-256 of its bilag. Ids stand for
 * people and parties (names are kept with the chain entry), so a later rename does not read as a
 * change of the protocol.
 */
export interface ProtocolPart {
  key: string;
  /** Danish, for the report of a mismatch: "mødets tidspunkt og sted", "fremmødet", "punkt 4 »Budget 2027«". */
  label: string;
  value: unknown;
}

export function protocolParts(meeting: Pick<MeetingDetail, 'id' | 'committeeId' | 'date' | 'startTime' | 'endTime' | 'place' | 'kind' | 'attendance' | 'items'>): ProtocolPart[] {
  return [
    {
      key: 'meeting', label: 'mødets tidspunkt og sted',
      value: { id: meeting.id, committeeId: meeting.committeeId, date: meeting.date, startTime: meeting.startTime, endTime: meeting.endTime, place: meeting.place, kind: meeting.kind },
    },
    { key: 'attendance', label: 'fremmødet', value: [...meeting.attendance].sort((a, b) => a.personId - b.personId).map(attendanceValue) },
    ...[...meeting.items].sort((a, b) => a.position - b.position).map(itemPart),
  ];
}

export const itemPartKey = (itemId: number): string => `item:${itemId}`;

function attendanceValue(a: AttendanceEntry) {
  return {
    personId: a.personId, status: a.status, substituteFor: a.substituteForPersonId, note: a.note,
    arrivedBefore: a.arrivedBeforeItemId, leftAfter: a.leftAfterItemId,
  };
}

function itemPart(item: Item): ProtocolPart {
  return {
    key: itemPartKey(item.id),
    label: `punkt ${item.number} »${item.title}«`,
    value: {
      number: item.number, position: item.position, title: item.title, kind: item.kind, isClosed: item.isClosed, publicTitle: item.publicTitle,
      caseNumber: item.caseNumber,
      request: item.request ? { personId: item.request.personId, requestedOn: item.request.requestedOn, text: item.request.text } : null,
      sections: item.sections.map((s) => ({ key: s.key, heading: s.heading, content: s.content })),
      points: item.points.map((p) => ({ number: p.number, text: p.text, authority: p.decisionAuthority })),
      notices: item.notices.map((n) => ({ title: n.title, content: n.content })),
      priorDecisions: item.priorDecisions.map((p) => ({ committee: p.committeeName, date: p.meetingDate, text: p.text, source: p.source, presence: p.presenceLines })),
      bilag: item.attachments.map((a) => ({ number: a.number, title: a.title, sha256: a.sha256, isClosed: a.isClosed, distribution: a.distribution })),
      attendance: [...item.attendance].sort((a, b) => a.personId - b.personId || a.kind.localeCompare(b.kind)).map((a) => ({ personId: a.personId, kind: a.kind, reason: a.reason })),
      substitutes: [...item.substitutes].sort((a, b) => a.personId - b.personId).map((s) => ({ personId: s.personId, for: s.forPersonId })),
      decisions: item.decisions.map((d) => ({
        points: d.points, outcome: d.outcome, outcomeBody: d.outcomeBody, remark: d.remark, override: d.override,
        rounds: d.rounds.map((r) => ({
          subject: r.subject, mode: r.mode,
          votes: r.votes.map((v) => ({ personId: v.personId, partyId: v.partyId, choice: v.choice, count: v.count })),
          dissents: r.dissents.map((x) => ({ partyId: x.partyId, personIds: [...x.personIds].sort((a, b) => a - b), text: x.text })),
        })),
        notes: d.notes.map((n) => ({ personIds: [...n.personIds].sort((a, b) => a - b), text: n.text })),
      })),
      publicExtract: item.publicExtract,
      presenceOverride: item.presenceOverride,
    },
  };
}
