import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importMeetingFile } from '../../../electron/services/transfer/import-meeting-file';
import { buildMeetingFile } from '../../../electron/services/transfer/build-meeting-file';
import { createContext } from '../../../electron/services/service-context';
import { tempApi } from '../../helpers/temp-db';

const example = fileURLToPath(new URL('../../../resources/meeting-json/example', import.meta.url));
/** The shipped example as it was written in formatVersion 1 (before meeting conduct), kept to prove old files import. */
const version1 = fileURLToPath(new URL('../../fixtures/meeting-json-v1', import.meta.url));
let t: ReturnType<typeof tempApi>;
beforeEach(() => { t = tempApi(); });
afterEach(() => t.close());

describe('meeting.json and the lifecycle', () => {
  it('carries a cancellation and public titles, and a file of formatVersion 1 still imports, its record upgraded', async () => {
    const { meetingId } = await importMeetingFile(createContext(t.db, 'test'), join(version1, 'meeting.json'));
    const imported = await t.api.invoke('meetings:get', { id: meetingId });
    expect(imported.items.find((i) => i.isClosed)?.publicTitle).toBe('Køb af ejendom');
    const decided = imported.items.find((i) => i.decisions.length === 2)!;
    // Version 1: a decision's point and text, its votes, the item's dissent — now points, remark, one counted round with the dissent.
    expect(decided.decisions.map((d) => [d.points, d.remark, d.rounds.length])).toEqual([[[1], 'Godkendt.', 0], [[2], 'Anbefales.', 1]]);
    expect(decided.decisions[1]!.rounds[0]!.dissents.map((x) => x.text)).toEqual(['V finder, at udgiften bør afholdes inden for den eksisterende ramme.']);

    const closed = imported.items.find((i) => i.isClosed)!;
    t.db.prepare("UPDATE meetings SET status = 'agenda_released' WHERE id = ?").run(meetingId);
    await t.api.invoke('items:update', { id: closed.id, publicTitle: 'Køb af ejendom' });
    await t.api.invoke('meetings:cancel', { id: meetingId, reason: 'Udvalget er ikke beslutningsdygtigt' });
    const written = buildMeetingFile(t.db, meetingId).file;
    expect(written.meeting).toMatchObject({ status: 'agenda_released', cancellation: { reason: 'Udvalget er ikke beslutningsdygtigt' } });
    expect(written.items.find((i) => i.isClosed)?.publicTitle).toBe('Køb af ejendom');
  });

  it('refuses text longer than the API takes, naming the field', async () => {
    const folder = join(t.dir, 'long');
    cpSync(example, folder, { recursive: true });
    const file = JSON.parse(readFileSync(join(folder, 'meeting.json'), 'utf8'));
    file.items[0].title = 'x'.repeat(251);
    writeFileSync(join(folder, 'meeting.json'), JSON.stringify(file));
    await expect(importMeetingFile(createContext(t.db, 'test'), join(folder, 'meeting.json'))).rejects.toThrow(/items\[0\]\.title: .*250 tegn/);
  });
});
