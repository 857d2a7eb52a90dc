import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphs } from '../../../shared/content/content-builders';
import { readChainHash } from '../../../electron/services/approval/chain-keyword';
import { getBlob } from '../../../electron/store/repositories/blob-repository';
import { forceMeetingStatus } from '../../helpers/meeting-status';
import { tempApi } from '../../helpers/temp-db';
import { setUpCommittee } from './committee-setup';

/**
 * One held meeting taken through the protocol check, the members' approvals and the approval (real
 * Chromium prints the PDF/A minutes), then an addendum as version 2; the record is frozen by the
 * services and by the database, and a decision changed behind the triggers' back is named by the
 * chain check. One flow, in order: each step stands on the one before (printing is slow).
 */
let t: ReturnType<typeof tempApi>;
let s: Awaited<ReturnType<typeof held>>;
beforeAll(async () => { t = tempApi(); s = await held(); }, 60_000);
afterAll(() => t.close());

async function held() {
  const setup = await setUpCommittee(t.api);
  const meeting = await t.api.invoke('meetings:create', { committeeId: setup.committee.id, date: '2026-11-20' });
  const open = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Lokalplan for Havnefronten' });
  const closed = await t.api.invoke('items:create', { meetingId: meeting.id, title: 'Salg af grund på Møllevej', isClosed: true });
  await t.api.invoke('sections:update', { itemId: open.id, key: 'indstilling', content: paragraphs('Forvaltningen foreslår, at lokalplanen vedtages.') });
  forceMeetingStatus(t.db, meeting.id, 'agenda_released');
  const [aase, bjoern, ...others] = setup.people;
  await t.api.invoke('attendance:set', {
    meetingId: meeting.id,
    entries: [aase!, ...others.slice(0, 5)].map((p) => ({ personId: p.id, status: 'present' as const })).concat([{ personId: bjoern!.id, status: 'apologies' as never }]),
  });
  await t.api.invoke('decisions:set', { itemId: open.id, decisions: [{ outcome: 'approved', remark: 'idet der tilføjes en cykelsti', rounds: [{ mode: 'unanimous' }] }] });
  await t.api.invoke('decisions:set', { itemId: closed.id, decisions: [{ outcome: 'approved', rounds: [{ mode: 'unanimous' }] }] });
  // The standard items (Godkendelse af dagsorden, Meddelelser, Eventuelt) are decided too.
  for (const item of (await t.api.invoke('meetings:get', { id: meeting.id })).items.filter((i) => i.id !== open.id && i.id !== closed.id)) {
    await t.api.invoke('decisions:set', { itemId: item.id, decisions: [{ outcome: item.kind === 'agenda_approval' ? 'approved' : 'noted' }] });
  }
  forceMeetingStatus(t.db, meeting.id, 'held');
  return { ...setup, meeting, open, closed, present: [aase!, ...others.slice(0, 5)], absent: bjoern! };
}

describe('approval of the minutes', () => {
  it('is stopped by the protocol check, and by missing approvals, naming what is missing', async () => {
    await expect(t.api.invoke('meetings:approve', { id: s.meeting.id })).rejects.toThrow(/protokoltjekket[\s\S]*offentligt uddrag|uddrag[\s\S]*Salg af grund/i);
    await t.api.invoke('itemRecord:update', { itemId: s.closed.id, publicExtract: 'Udvalget godkendte salget.' });
    const blocked = await t.api.call('meetings:approve', { id: s.meeting.id });
    expect(blocked.ok ? '' : blocked.error.message).toMatch(/godkendelsen mangler fra Åse Møller \(A\)/);
    await expect(t.api.invoke('approvals:record', { meetingId: s.meeting.id, personId: s.absent.id, method: 'in_app' })).rejects.toThrow(/deltog i mødet/);
  });

  it('approves once everyone present has approved: chain entry, PDF/A minutes as version 1 with the hash, status godkendt', async () => {
    for (const [i, p] of s.present.entries()) {
      await t.api.invoke('approvals:record', { meetingId: s.meeting.id, personId: p.id, method: i === 0 ? 'paper' : i === 1 ? 'email' : 'in_app' });
    }
    const outcome = await t.api.invoke('meetings:approve', { id: s.meeting.id });
    expect(outcome.version).toBe(1);
    expect(outcome.entry).toMatchObject({ sequence: 1, previousHash: null, meetingId: s.meeting.id });
    expect(outcome.entry.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(outcome.meeting.status).toBe('minutes_approved');
    expect(outcome.releases.map((r) => [r.document, r.edition, r.version, r.format])).toEqual([['minutes', 'members', 1, 'pdfa'], ['minutes', 'public', 1, 'pdfa']]);
    const pdf = getBlob(t.db, outcome.releases[0]!.sha256)!;
    if (process.env.KEEP_PDF) writeFileSync(process.env.KEEP_PDF, pdf);
    expect(readChainHash(pdf)).toBe(outcome.entry.hash);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain('Underskriftsblad');
    expect(text).toContain('Underskrevet på papir 22. november 2026');
    expect(text).toContain('Godkendt pr. e-mail 22. november 2026 kl. 11.00');
    expect(text).toContain(`kontrolsum ${outcome.entry.hash.slice(0, 4)} ${outcome.entry.hash.slice(4, 8)}`);
    const publicPdf = getBlob(t.db, outcome.releases[1]!.sha256)!;
    const publicText = execFileSync('pdftotext', ['-', '-'], { input: publicPdf }).toString('utf8');
    expect(publicText).toContain('Udvalget godkendte salget.');
    // Text, metadata (Info and XMP) and bookmarks of the public edition: nothing of the closed item's title.
    const file = join(t.dir, 'public.pdf');
    writeFileSync(file, publicPdf);
    const everything = [publicText, execFileSync('pdfinfo', ['-meta', file]).toString('utf8'), execFileSync('pdfinfo', ['-dests', file]).toString('utf8'), execFileSync('qpdf', ['--json', '--json-key=outlines', file]).toString('utf8')].join('\n');
    expect(everything).not.toMatch(/Møllevej/);
    expect((await t.api.invoke('protocol:verify', {})).ok).toBe(true);
  }, 120_000);

  it('refuses every change to the approved record, in the services and in the database itself', async () => {
    await expect(t.api.invoke('decisions:set', { itemId: s.open.id, decisions: [] })).rejects.toThrow(/godkendt/);
    await expect(t.api.invoke('items:update', { id: s.open.id, title: 'Ny titel' })).rejects.toThrow(/godkendt/);
    await expect(t.api.invoke('meetings:setStatus', { id: s.meeting.id, status: 'held' })).rejects.toThrow(/godkendt/);
    expect(() => t.db.prepare('UPDATE decisions SET remark = ? WHERE item_id = ?').run('ændret', s.open.id)).toThrow(/Referatet er godkendt og kan ikke ændres/);
    expect(() => t.db.prepare('DELETE FROM attendance WHERE meeting_id = ?').run(s.meeting.id)).toThrow(/godkendt/);
    expect(() => t.db.prepare('DELETE FROM protocol_chain').run()).toThrow(/kun udvides/);
  });

  it('takes a correction only as an addendum, approved the same way, printed as version 2 after the original', async () => {
    const addendum = await t.api.invoke('addenda:create', { meetingId: s.meeting.id, itemId: s.open.id, text: 'Cykelstien anlægges i 2027.', reason: 'Årstallet manglede i beslutningen', writtenBy: 'Udvalgssekretær Mette Vang' });
    await expect(t.api.invoke('addenda:approve', { meetingId: s.meeting.id, id: addendum.id })).rejects.toThrow(/godkendelsen mangler/);
    for (const p of s.present) await t.api.invoke('approvals:record', { meetingId: s.meeting.id, addendumId: addendum.id, personId: p.id, method: 'in_app' });
    const outcome = await t.api.invoke('addenda:approve', { meetingId: s.meeting.id, id: addendum.id });
    expect(outcome.version).toBe(2);
    expect(outcome.entry.sequence).toBe(2);
    const text = execFileSync('pdftotext', ['-', '-'], { input: getBlob(t.db, outcome.releases[0]!.sha256)! }).toString('utf8').replace(/\s+/g, ' ');
    expect(text.indexOf('idet der tilføjes en cykelsti')).toBeLessThan(text.indexOf('Tilføjelse af 22. november 2026: Cykelstien anlægges i 2027.'));
    expect(text).toContain('Ændringer siden version 1');
    expect(text).toContain('en tilføjelse til protokollen er godkendt');
    expect((await t.api.invoke('protocol:verify', {})).failure).toBeNull();
  }, 120_000);

  it('names the meeting and the item when a decision was changed with the triggers dropped', async () => {
    const triggers = t.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'decisions_frozen_%'").all() as { name: string; sql: string }[];
    for (const tr of triggers) t.db.exec(`DROP TRIGGER ${tr.name}`);
    t.db.prepare('UPDATE decisions SET remark = ? WHERE item_id = ?').run('idet der ikke tilføjes en cykelsti', s.open.id);
    for (const tr of triggers) t.db.exec(tr.sql);
    const report = await t.api.invoke('protocol:verify', {});
    expect(report.ok).toBe(false);
    expect(report.failure).toMatchObject({ meetingId: s.meeting.id, itemId: s.open.id });
    const number = (await t.api.invoke('meetings:get', { id: s.meeting.id })).items.find((i) => i.id === s.open.id)!.number;
    expect(report.failure!.message).toBe(`Protokollen for Teknik- og Miljøudvalget den 20. november 2026: punkt ${number} »Lokalplan for Havnefronten« er ændret efter godkendelsen.`);
  });
});
