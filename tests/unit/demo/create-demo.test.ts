import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item, MeetingDetail } from '../../../shared/domain/entities';
import { openDatabase, type Db } from '../../../electron/store/open-database';
import { createApi, type Api } from '../../../electron/services/create-api';
import { createContext } from '../../../electron/services/service-context';
import { createDemoData } from '../../../electron/services/demo/create-demo';

const TIMEOUT = 60_000;
// The demo's "today" and a clock that stands still on it: approvals, releases and the chain's hashes
// are stamped by the clock, so two builds are only comparable under the same clock.
const TODAY = '2026-11-22';
const clock = () => new Date(`${TODAY}T12:00:00Z`);

describe('createDemoData', () => {
  let dir: string;
  let db: Db;
  let api: Api;
  let meetingIds: number[];
  let held: MeetingDetail;
  let upcoming: MeetingDetail;
  let approved: MeetingDetail;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dagsorden-demo-'));
    db = openDatabase(join(dir, 'd.sqlite'));
    api = createApi(createContext(db, 'test', clock));
    ({ meetingIds } = await createDemoData(api, { today: TODAY }));
    const [heldId, upcomingId, approvedId] = meetingIds as [number, number, number];
    held = await api.invoke('meetings:get', { id: heldId });
    upcoming = await api.invoke('meetings:get', { id: upcomingId });
    approved = await api.invoke('meetings:get', { id: approvedId });
  }, TIMEOUT);

  afterAll(() => {
    db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const allItems = (): Item[] => [...held.items, ...upcoming.items];

  it('creates Fjordby Kommune with parties and people with Danish letters', async () => {
    expect((await api.invoke('municipality:get', {})).name).toBe('Fjordby Kommune');
    const parties = await api.invoke('parties:list', {});
    expect(parties.length).toBeGreaterThanOrEqual(6);
    expect(parties.map((p) => p.letter)).toEqual(expect.arrayContaining(['A', 'V', 'C', 'F', 'Ø', 'O']));
    const people = await api.invoke('people:list', {});
    expect(people.length).toBeGreaterThanOrEqual(22);
    expect(people.filter((p) => /[æøåÆØÅ]/.test(p.name)).length).toBeGreaterThanOrEqual(5);
  });

  it('creates three committees with 7–9 voting members from at least five parties', async () => {
    const committees = await api.invoke('committees:list', {});
    expect(committees.map((c) => c.name).sort()).toEqual(['Erhvervs- og Beskæftigelsesudvalget', 'Teknik- og Miljøudvalget', 'Økonomiudvalget'].sort());
    expect(committees.find((c) => c.name === 'Økonomiudvalget')?.kind).toBe('oekonomiudvalg');
    for (const { id } of committees) {
      const committee = await api.invoke('committees:get', { id });
      const voting = committee.memberships.filter((m) => m.hasVote && m.role !== 'stedfortraeder');
      expect(voting.length, committee.name).toBeGreaterThanOrEqual(7);
      expect(voting.length, committee.name).toBeLessThanOrEqual(9);
      expect(new Set(voting.map((m) => m.partyLetter)).size, committee.name).toBeGreaterThanOrEqual(5);
      expect(voting.filter((m) => m.role === 'formand')).toHaveLength(1);
      expect(voting.filter((m) => m.role === 'naestformand')).toHaveLength(1);
      expect(committee.memberships.filter((m) => m.role === 'stedfortraeder').length).toBeGreaterThanOrEqual(1);
      expect(committee.defaultPlace).toBeTruthy();
      expect(committee.defaultStartTime).toMatch(/^\d\d:\d\d$/);
      expect(committee.sections.map((s) => s.key)).toContain('sagsfremstilling');
    }
  });

  it('creates a held meeting a few weeks back and a planned one ahead, each with 8–12 items', () => {
    expect(meetingIds).toHaveLength(3);
    expect(held.committeeName).toBe('Erhvervs- og Beskæftigelsesudvalget');
    expect(held.status).toBe('held');
    expect(held.date < '2026-11-22').toBe(true);
    expect(upcoming.committeeName).toBe('Økonomiudvalget');
    expect(upcoming.status).toBe('planned');
    expect(upcoming.date > '2026-11-22').toBe(true);
    for (const meeting of [held, upcoming]) {
      expect(meeting.items.length).toBeGreaterThanOrEqual(8);
      expect(meeting.items.length).toBeLessThanOrEqual(12);
      expect(meeting.items[0]?.kind).toBe('agenda_approval');
      expect(meeting.items.at(-1)?.kind).toBe('any_other_business');
    }
  });

  it('fills the ordinary items: sections, case numbers, points, bilag', () => {
    const ordinary = allItems().filter((i) => i.kind === 'ordinary');
    for (const item of ordinary) {
      const filled = new Set(item.sections.filter((s) => s.content.content.length > 0).map((s) => s.key));
      expect([...filled], item.title).toEqual(expect.arrayContaining(['resume', 'indstilling', 'sagsfremstilling', 'beslutningskompetence']));
      expect(item.caseNumber, item.title).toMatch(/^\d\d\/\d{5}$/);
      expect(item.attachments.length, item.title).toBeGreaterThanOrEqual(1);
      expect(item.attachments.length, item.title).toBeLessThanOrEqual(3);
    }
    const blockTypes = ordinary.flatMap((i) => i.sections.flatMap((s) => s.content.content.map((b) => b.type)));
    expect(blockTypes).toContain('bulletList');
    expect(blockTypes).toContain('table');
    const withPoints = ordinary.filter((i) => i.points.length >= 2 && i.points.length <= 4);
    expect(withPoints.length).toBeGreaterThanOrEqual(3);
    expect(withPoints.flatMap((i) => i.points.map((p) => p.decisionAuthority))).toEqual(
      expect.arrayContaining(['Erhvervs- og Beskæftigelsesudvalget', 'Kommunalbestyrelsen']),
    );
    const texts = JSON.stringify(ordinary.map((i) => i.sections.find((s) => s.key === 'oekonomi')?.content));
    expect(texts).toMatch(/\d\.\d{3}\.000 kr\./);
    expect(texts).toMatch(/\d,\d mio\. kr\./);
  });

  it('gives every bilag a real PDF of 2–8 pages, some only on file', async () => {
    const bilag = allItems().flatMap((i) => i.attachments);
    expect(bilag.length).toBeGreaterThanOrEqual(15);
    for (const a of bilag) {
      expect(a.mediaType).toBe('application/pdf');
      expect(a.pageCount, a.fileName).toBeGreaterThanOrEqual(2);
      expect(a.pageCount, a.fileName).toBeLessThanOrEqual(8);
    }
    expect(bilag.some((a) => a.distribution === 'on_file')).toBe(true);
    const first = bilag[0]!;
    const content = await api.invoke('attachments:content', { id: first.id });
    expect(Buffer.from(content.dataBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('has a closed item with a closed bilag', () => {
    const closed = allItems().filter((i) => i.isClosed);
    expect(closed.length).toBeGreaterThanOrEqual(1);
    expect(closed.some((i) => i.attachments.some((a) => a.isClosed))).toBe(true);
  });

  it("has a member's request quoting the member", () => {
    const request = held.items.find((i) => i.kind === 'member_request');
    expect(request?.request?.personName).toBe('Mads Æbelø Christensen');
    expect(request?.request?.text).toMatch(/^Jeg anmoder om/);
    expect(request!.request!.requestedOn < held.date).toBe(true);
  });

  it('has Meddelelser with three notices', () => {
    const announcements = held.items.find((i) => i.kind === 'announcements');
    expect(announcements?.notices).toHaveLength(3);
  });

  it('records apologies with a substitute, an absence and decisions on every item', () => {
    const apologies = held.attendance.find((a) => a.status === 'apologies');
    expect(apologies).toBeDefined();
    const substitute = held.attendance.find((a) => a.substituteForPersonId === apologies!.personId);
    expect(substitute?.status).toBe('present');
    expect(held.attendance.some((a) => a.status === 'absent')).toBe(true);
    for (const item of held.items) expect(item.decisions.length, item.title).toBeGreaterThanOrEqual(1);
    const perPoint = held.items.flatMap((i) => i.decisions).filter((d) => d.points.length > 0);
    expect(perPoint.map((d) => [d.points, d.outcome])).toContainEqual([[1], 'recommended']);
    expect(perPoint.map((d) => d.points)).toContainEqual([1, 2]);
    expect(upcoming.items.every((i) => i.decisions.length === 0)).toBe(true);
  });

  it('records a disqualified member with a reason and a per-item absence', () => {
    const disqualified = held.items.flatMap((i) => i.attendance).find((a) => a.kind === 'disqualified');
    expect(disqualified?.reason).toBeTruthy();
    expect(held.items.some((i) => i.attendance.some((a) => a.kind === 'absent'))).toBe(true);
  });

  it('records a split vote by party with a dissent from the outvoted members', async () => {
    const people = await api.invoke('people:list', {});
    const rounds = held.items.flatMap((i) => i.decisions.flatMap((d) => d.rounds));
    const split = rounds.find((r) => r.votes.some((v) => v.partyId !== null && v.choice === 'against'));
    expect(split).toBeDefined();
    expect(split!.votes.some((v) => v.choice === 'for')).toBe(true);
    const againstParties = new Set(split!.votes.filter((v) => v.choice === 'against').map((v) => v.partyId));
    // The dissent belongs to the vote its givers lost.
    const [dissent] = split!.dissents;
    expect(dissent).toBeDefined();
    expect(againstParties.has(dissent!.partyId)).toBe(true);
    const byMembers = rounds.flatMap((r) => r.dissents).find((x) => x.personIds.length > 0);
    for (const personId of byMembers!.personIds) expect(people.some((p) => p.id === personId)).toBe(true);
  });

  it('records a vote by individual members', () => {
    const votes = held.items.flatMap((i) => i.decisions.flatMap((d) => d.rounds.flatMap((r) => r.votes)));
    const personal = votes.filter((v) => v.personId !== null);
    expect(personal.length).toBeGreaterThanOrEqual(5);
    expect(new Set(personal.map((v) => v.choice)).size).toBeGreaterThanOrEqual(2);
  });

  it('copies the earlier committee decision into the case at Økonomiudvalget', () => {
    const earlier = held.items.find((i) => i.decisions.some((d) => d.outcome === 'recommended' && d.outcomeBody === 'Økonomiudvalget'))!;
    expect(earlier.caseNumber).toBeTruthy();
    const later = upcoming.items.find((i) => i.caseNumber === earlier.caseNumber);
    // The earlier decision as those minutes print it, with that item's presence lines.
    expect(later?.priorDecisions).toMatchObject([{ committeeName: 'Erhvervs- og Beskæftigelsesudvalget', meetingDate: held.date, source: 'recorded' }]);
    expect(later!.priorDecisions[0]!.text).toMatch(/[Aa]nbefal.* over for Økonomiudvalget/);
    expect(later!.priorDecisions[0]!.presenceLines.join(' ')).toMatch(/var fraværende/);
  });

  it('has an earlier meeting of the same committee, approved by every participant, with an approved addendum', async () => {
    expect(approved.committeeName).toBe(held.committeeName);
    expect(approved.status).toBe('minutes_approved');
    expect(approved.date < held.date).toBe(true);
    const participants = approved.attendance.filter((a) => a.status === 'present').map((a) => a.personId);
    expect(approved.attendance.some((a) => a.status === 'apologies')).toBe(true);
    expect(approved.attendance.some((a) => a.substituteForPersonId != null)).toBe(true);
    expect(approved.protocol.approvals.map((a) => a.personId).sort()).toEqual([...participants].sort());
    expect(new Set(approved.protocol.approvals.map((a) => a.method))).toEqual(new Set(['in_app', 'email', 'paper']));
    const [addendum] = approved.protocol.addenda;
    expect(approved.protocol.addenda).toHaveLength(1);
    expect(addendum!.approvedAt).not.toBeNull();
    expect(addendum!.reason).toMatch(/\S/);
    expect(addendum!.approvals).toHaveLength(participants.length);
    const entries = approved.protocol.entries;
    expect(entries.map((e) => e.addendumId)).toEqual([null, addendum!.id]);
    expect(entries[1]!.previousHash).toBe(entries[0]!.hash);
    const decided = approved.items.find((i) => i.id === addendum!.itemId)!;
    expect(decided.decisions[0]!.rounds[0]!.votes.length).toBeGreaterThan(0);
    expect(await api.invoke('protocol:verify', {})).toMatchObject({ ok: true });
  });

  it('leaves a database that passes the integrity check', async () => {
    const report = await api.invoke('system:integrityCheck', {});
    expect(report.messages).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it(
    'is deterministic: the same options give the same data',
    async () => {
      const otherDir = mkdtempSync(join(tmpdir(), 'dagsorden-demo-'));
      const otherDb = openDatabase(join(otherDir, 'd.sqlite'));
      try {
        const other = createApi(createContext(otherDb, 'test', clock));
        const result = await createDemoData(other, { today: TODAY });
        expect(result.meetingIds).toEqual(meetingIds);
        for (const id of meetingIds) expect(await other.invoke('meetings:get', { id })).toEqual(await api.invoke('meetings:get', { id }));
      } finally {
        otherDb.close();
        rmSync(otherDir, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );

  it(
    'follows options.today',
    async () => {
      const otherDir = mkdtempSync(join(tmpdir(), 'dagsorden-demo-'));
      const otherDb = openDatabase(join(otherDir, 'd.sqlite'));
      try {
        // The demo's world is as of its "today": the held meeting lies behind the clock.
        const other = createApi(createContext(otherDb, 'test', () => new Date('2027-03-10T12:00:00Z')));
        const result = await createDemoData(other, { today: '2027-03-10' });
        const [a, b] = await Promise.all(result.meetingIds.map((id) => other.invoke('meetings:get', { id })));
        expect(a!.date < '2027-03-10' && b!.date > '2027-03-10').toBe(true);
        expect(b!.items.find((i) => i.priorDecisions.length > 0)?.caseNumber).toBe('27/04411');
      } finally {
        otherDb.close();
        rmSync(otherDir, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );
});
