import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { tempApi } from '../../helpers/temp-db';
import { treeSnapshot } from '../../helpers/tree-snapshot';
import { importMeetingFile } from '../../../electron/services/transfer/import-meeting-file';
import { exportMeetingDirectory } from '../../../electron/services/transfer/export-meeting-directory';
import { createContext } from '../../../electron/services/service-context';
import { meetingJsonSchema } from '../../../shared/transfer/meeting-json-schema';
import type { MeetingFile } from '../../../shared/transfer/meeting-file';
import { tableCounts } from '../../fixtures/hostile/intake-database';

const example = fileURLToPath(new URL('../../../resources/meeting-json/example', import.meta.url));
const schemaFile = fileURLToPath(new URL('../../../resources/meeting-json/meeting.schema.json', import.meta.url));

let t: ReturnType<typeof tempApi>;
beforeEach(() => { t = tempApi(); });
afterEach(() => t.close());

describe('meeting.json', () => {
  it('the shipped JSON Schema is the one made from the zod schema (regenerate with npm run schema)', () => {
    expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(meetingJsonSchema());
  });

  it('the shipped example imports and exports back byte for byte', async () => {
    const result = await importMeetingFile(createContext(t.db, 'test'), join(example, 'meeting.json'));
    expect(result).toMatchObject({ items: 5, attachments: 2 });
    const out = join(t.dir, 'out');
    exportMeetingDirectory(t.db, result.meetingId, out);
    expect(readFileSync(join(out, 'meeting.json'), 'utf8')).toBe(readFileSync(join(example, 'meeting.json'), 'utf8'));
    expect(treeSnapshot(out)).toEqual(treeSnapshot(example));
  });

  it('imports the same meeting twice into one database, reusing its committee and people', async () => {
    const ctx = createContext(t.db, 'test');
    await importMeetingFile(ctx, join(example, 'meeting.json'));
    await importMeetingFile(ctx, join(example, 'meeting.json'));
    expect(await t.api.invoke('committees:list', {})).toHaveLength(1);
    expect(await t.api.invoke('people:list', {})).toHaveLength(9); // the committee's eight and the item-only substitute
    expect(await t.api.invoke('meetings:list', {})).toHaveLength(2);
    const blobs = t.db.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number };
    expect(blobs.n).toBe(2);
  });

  it('stores each bilag as it is read, and a refusal later takes them away again: the database is as it was', async () => {
    const folder = join(t.dir, 'broken');
    cpSync(example, folder, { recursive: true });
    const attachments = (JSON.parse(readFileSync(join(folder, 'meeting.json'), 'utf8')) as MeetingFile).items.flatMap((i) => i.attachments);
    expect(attachments).toHaveLength(2);
    appendFileSync(join(folder, attachments[1]!.file), 'x'); // the second bilag no longer matches its checksum
    const before = tableCounts(t.db);
    await expect(importMeetingFile(createContext(t.db, 'test'), join(folder, 'meeting.json'))).rejects.toThrow(`Bilagsfilen ${attachments[1]!.file}`);
    expect(tableCounts(t.db)).toEqual(before);
    expect(before.blobs).toBe(0);
  });

  it('records the import in the audit log', async () => {
    await importMeetingFile(createContext(t.db, 'arkivar'), join(example, 'meeting.json'));
    const [entry] = await t.api.invoke('audit:list', { entity: 'meeting' });
    expect(entry).toMatchObject({ actor: 'arkivar', action: 'import' });
  });
});
