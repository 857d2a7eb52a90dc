import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lifecycleText, type ChangeArea } from '../../../shared/logic/lifecycle';
import { forceMeetingStatus } from '../../helpers/meeting-status';
import { tempApi } from '../../helpers/temp-db';
import { AREAS, EXPECTED_CHANGES, STATUSES } from '../../fixtures/lifecycle/lifecycle-table';
import { setUpCommittee } from './committee-setup';

let t: ReturnType<typeof tempApi>;
beforeEach(() => { t = tempApi(); });
afterEach(() => t.close());

async function meetingWithItem() {
  const setup = await setUpCommittee(t.api);
  // The clock of tempApi stands at 2026-11-22; the meeting was on 2026-11-20.
  const meeting = await t.api.invoke('meetings:create', { committeeId: setup.committee.id, date: '2026-11-20' });
  const item = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Lokalplan for Havnefronten' });
  return { ...setup, meeting, item };
}

/** One representative change per area, through the API as the app makes it. */
function changeIn(area: ChangeArea, s: Awaited<ReturnType<typeof meetingWithItem>>) {
  switch (area) {
    case 'meeting': return t.api.invoke('meetings:update', { id: s.meeting.id, date: s.meeting.date, place: 'Mødelokale 3' });
    case 'agenda': return t.api.invoke('items:update', { id: s.item.id, title: 'Lokalplan 1042 for Havnefronten' });
    case 'attendance': return t.api.invoke('attendance:set', { meetingId: s.meeting.id, entries: [{ personId: s.people[0]!.id, status: 'present' }] });
    case 'record': return t.api.invoke('decisions:set', { itemId: s.item.id, decisions: [{ outcome: 'approved' }] });
  }
}

describe('the services follow the lifecycle table', () => {
  for (const status of STATUSES) {
    for (const area of AREAS) {
      const expected = EXPECTED_CHANGES[status][area];
      it(`${status} / ${area}: ${expected}`, async () => {
        const s = await meetingWithItem();
        forceMeetingStatus(t.db, s.meeting.id, status);
        const attempt = changeIn(area, s);
        if (expected === 'yes' || expected === 'new') await expect(attempt).resolves.toBeDefined();
        else await expect(attempt).rejects.toThrow(lifecycleText(expected as never, 'da'));
      });
    }
  }
});

describe('steps of the lifecycle', () => {
  it('refuses to mark a meeting held before its date, with the date in the message', async () => {
    const setup = await setUpCommittee(t.api);
    const meeting = await t.api.invoke('meetings:create', { committeeId: setup.committee.id, date: '2026-12-03' });
    forceMeetingStatus(t.db, meeting.id, 'agenda_released');
    await expect(t.api.invoke('meetings:setStatus', { id: meeting.id, status: 'held' })).rejects.toThrow('Mødet kan ikke markeres som afholdt før mødedagen (3. december 2026).');
  });

  it('goes from released to held and back; the status list cannot approve, and approved never reopens', async () => {
    const s = await meetingWithItem();
    forceMeetingStatus(t.db, s.meeting.id, 'agenda_released');
    expect((await t.api.invoke('meetings:setStatus', { id: s.meeting.id, status: 'held' })).status).toBe('held');
    expect((await t.api.invoke('meetings:setStatus', { id: s.meeting.id, status: 'agenda_released' })).status).toBe('agenda_released');
    await t.api.invoke('meetings:setStatus', { id: s.meeting.id, status: 'held' });
    await expect(t.api.invoke('meetings:setStatus', { id: s.meeting.id, status: 'minutes_approved' })).rejects.toThrow(/Godkend referatet/);
    forceMeetingStatus(t.db, s.meeting.id, 'minutes_approved');
    await expect(t.api.invoke('meetings:setStatus', { id: s.meeting.id, status: 'held' })).rejects.toThrow(/Referatet er godkendt/);
    await expect(t.api.invoke('items:update', { id: s.item.id, title: 'Ny titel' })).rejects.toThrow(/Referatet er godkendt/);
  });

  it('releases only through the release step', async () => {
    const s = await meetingWithItem();
    await expect(t.api.invoke('meetings:setStatus', { id: s.meeting.id, status: 'agenda_released' })).rejects.toThrow(/Udsend dagsorden/);
  });

  it('cancels with a reason, keeps the status underneath, and reinstates it', async () => {
    const s = await meetingWithItem();
    forceMeetingStatus(t.db, s.meeting.id, 'agenda_released');
    const cancelled = await t.api.invoke('meetings:cancel', { id: s.meeting.id, reason: 'Formanden er syg' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Formanden er syg' });
    expect((await t.api.call('meetings:cancel', { id: s.meeting.id, reason: '  ' })).ok).toBe(false);
    await expect(t.api.invoke('items:update', { id: s.item.id, title: 'Ny titel' })).rejects.toThrow(/Mødet er aflyst/);
    const back = await t.api.invoke('meetings:reinstate', { id: s.meeting.id });
    expect(back).toMatchObject({ status: 'agenda_released', cancelReason: null });
  });

  it('deletes a meeting that was never released, and refuses one that was', async () => {
    const s = await meetingWithItem();
    t.db.prepare(`INSERT INTO releases (meeting_id, document, edition, version, released_at, sha256) VALUES (?, 'agenda', 'members', 1, '2026-11-10T10:00:00Z', ?)`)
      .run(s.meeting.id, 'a'.repeat(64));
    await t.api.invoke('meetings:cancel', { id: s.meeting.id, reason: 'Aflyst' });
    await expect(t.api.invoke('meetings:delete', { id: s.meeting.id })).rejects.toThrow(/kan ikke slettes. Aflys det i stedet/);
    const other = await t.api.invoke('meetings:create', { committeeId: s.committee.id, date: '2026-12-10' });
    await t.api.invoke('meetings:delete', { id: other.id });
    expect((await t.api.invoke('meetings:list', { committeeId: s.committee.id })).map((m) => m.id)).toEqual([s.meeting.id]);
  });
});
