import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphs } from '../../../shared/content/content-builders';
import { generateDocumentPdf } from '../../../electron/export/pdf/generate-document-pdf';
import { forceMeetingStatus } from '../../helpers/meeting-status';
import { tempApi } from '../../helpers/temp-db';
import { setUpCommittee } from './committee-setup';

let t: ReturnType<typeof tempApi>;
beforeEach(() => { t = tempApi(); });
afterEach(() => t.close());

async function bilagPdf(title: string): Promise<string> {
  return Buffer.from(await generateDocumentPdf({ title, paragraphs: ['# Notat', `${title} om Østerå Havn.`] })).toString('base64');
}

async function meetingWithTwoItems() {
  const setup = await setUpCommittee(t.api);
  const meeting = await t.api.invoke('meetings:create', { committeeId: setup.committee.id, date: '2026-12-03' });
  const first = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Lokalplan for Havnefronten', caseNumber: '26/00042' });
  const second = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Salg af grund' });
  await t.api.invoke('sections:update', { itemId: first.id, key: 'sagsfremstilling', content: paragraphs('Planen giver 120 boliger.') });
  await t.api.invoke('points:set', { itemId: first.id, points: [{ text: 'planen vedtages', decisionAuthority: 'Kommunalbestyrelsen' }] });
  const a1 = await t.api.invoke('attachments:add', { itemId: first.id, fileName: 'kort.pdf', dataBase64: await bilagPdf('Kort over området') });
  const a2 = await t.api.invoke('attachments:add', { itemId: first.id, fileName: 'høring.pdf', dataBase64: await bilagPdf('Høringssvar') });
  return { ...setup, meeting, first, second, a1, a2 };
}

describe('deleting and restoring an item', () => {
  it('restores the item in one step, at its place, with its texts, points and bilag', async () => {
    const s = await meetingWithTwoItems();
    const before = await t.api.invoke('meetings:get', { id: s.meeting.id });
    const { trashId } = await t.api.invoke('items:delete', { id: s.first.id });
    const without = await t.api.invoke('meetings:get', { id: s.meeting.id });
    expect(without.items.map((i) => i.title)).not.toContain('Lokalplan for Havnefronten');
    expect(without.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);

    const restored = await t.api.invoke('items:restore', { trashId });
    const after = await t.api.invoke('meetings:get', { id: s.meeting.id });
    const strip = (items: typeof before.items) => items.map(({ id: _id, attachments, points, ...rest }) => ({
      ...rest, points: points.map(({ id: _p, ...p }) => p), attachments: attachments.map(({ id: _a, itemId: _i, ...a }) => a),
    }));
    expect(strip(after.items)).toEqual(strip(before.items));
    expect(restored.attachments.map((a) => a.title)).toEqual(['kort', 'høring']);
    const content = await t.api.invoke('attachments:content', { id: restored.attachments[0]!.id });
    expect(Buffer.from(content.dataBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    await expect(t.api.invoke('items:restore', { trashId })).rejects.toThrow(/allerede gendannet/);
  });

  it('does not restore into a meeting whose agenda is frozen', async () => {
    const s = await meetingWithTwoItems();
    const { trashId } = await t.api.invoke('items:delete', { id: s.second.id });
    forceMeetingStatus(t.db, s.meeting.id, 'held');
    await expect(t.api.invoke('items:restore', { trashId })).rejects.toThrow(/Mødet er afholdt/);
  });
});

describe('corrections to an item', () => {
  it('keeps a public title for a closed item', async () => {
    const s = await meetingWithTwoItems();
    const closed = await t.api.invoke('items:update', { id: s.second.id, isClosed: true, publicTitle: 'Salg af ejendom' });
    expect(closed).toMatchObject({ isClosed: true, publicTitle: 'Salg af ejendom', title: 'Salg af grund' });
    const cleared = await t.api.invoke('items:update', { id: s.second.id, publicTitle: null });
    expect(cleared.publicTitle).toBeNull();
    expect((await t.api.call('items:update', { id: s.second.id, publicTitle: '   ' })).ok).toBe(false);
  });

  it('moves a bilag to another item and renumbers both', async () => {
    const s = await meetingWithTwoItems();
    const { from, to } = await t.api.invoke('attachments:moveToItem', { id: s.a1.id, itemId: s.second.id });
    expect(from.attachments.map((a) => [a.number, a.title])).toEqual([[1, 'høring']]);
    expect(to.attachments.map((a) => [a.number, a.title])).toEqual([[1, 'kort']]);
    const other = await t.api.invoke('meetings:create', { committeeId: s.committee.id, date: '2026-12-10' });
    const elsewhere = await t.api.invoke('items:create', { meetingId: other.id, title: 'Andet møde' });
    await expect(t.api.invoke('attachments:moveToItem', { id: s.a2.id, itemId: elsewhere.id })).rejects.toThrow(/samme møde/);
  });
});
