import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/store/open-database';
import { importMeetingFile } from '../../../electron/services/transfer/import-meeting-file';
import { exportMeetingDirectory } from '../../../electron/services/transfer/export-meeting-directory';
import { inspectAttachmentFile } from '../../../electron/services/attachments/inspect-attachment-file';
import { stopInspectWorker } from '../../../electron/services/attachments/inspect-in-worker';
import { createContext } from '../../../electron/services/service-context';
import type { MeetingFile } from '../../../shared/transfer/meeting-file';
import { tempApi } from '../../helpers/temp-db';
import { BIN } from '../../helpers/run-cli';
import { setUpCommittee } from '../services/committee-setup';
import { makeSamplePdf } from '../../fixtures/pdf/make-bad-pdfs';
import { makeValidPng } from '../../fixtures/hostile/images';
import { sha256Hex, writeMeetingFolder } from '../../fixtures/hostile/intake-meeting-folder';
import { tableCounts } from '../../fixtures/hostile/intake-database';

/**
 * What meeting.json says about a bilag is not trusted: its media type is taken from the bytes, its
 * path must stay inside the folder (symbolic links resolved), and its checksum is that of the file
 * as it lies in the folder.
 */
const FIELD = 'items[2].attachments[0].file';

let t: ReturnType<typeof tempApi>;
let pdf: Uint8Array;
beforeAll(async () => {
  t = tempApi();
  pdf = await makeSamplePdf(1);
});
afterAll(async () => {
  await stopInspectWorker();
  t.close();
});

const folder = (name: string) => join(t.dir, name);
const importIt = (jsonPath: string) => importMeetingFile(createContext(t.db, 'test'), jsonPath);

/** `dagsorden import` in a child process, with a timeout below the test's so a hang shows as one. */
function cli(jsonPath: string, dbFile: string, timeout = 60_000) {
  openDatabase(dbFile).close();
  const count = () => {
    const db = openDatabase(dbFile, { readonly: true });
    try {
      return tableCounts(db);
    } finally {
      db.close();
    }
  };
  const before = count();
  const run = spawnSync(process.execPath, [BIN, 'import', '--db', dbFile, jsonPath], { encoding: 'utf8', timeout });
  return { code: run.status, signal: run.signal, stderr: run.stderr, before, after: count() };
}

describe('the media type comes from the bytes', () => {
  it('stores a PDF that meeting.json calls text/html as application/pdf', async () => {
    const jsonPath = writeMeetingFolder(folder('html-type'), { file: 'bilag/side.html', fileName: 'side.html', mediaType: 'text/html', bytes: pdf });
    const { meetingId } = await importIt(jsonPath);
    const rows = t.db.prepare('SELECT a.media_type AS mediaType FROM attachments a JOIN items i ON i.id = a.item_id WHERE i.meeting_id = ? AND a.file_name = ?').all(meetingId, 'side.html');
    expect(rows).toEqual([{ mediaType: 'application/pdf' }]);
  });

  it('refuses an HTML file by field and name, whatever meeting.json calls it (dagsorden import)', () => {
    const html = new TextEncoder().encode('<!doctype html><html><script>alert(1)</script></html>');
    const jsonPath = writeMeetingFolder(folder('html-file'), { file: 'bilag/side.html', fileName: 'side.html', mediaType: 'text/html', bytes: html });
    const r = cli(jsonPath, join(t.dir, 'html-file.sqlite'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${FIELD}: Bilaget "side.html" kan ikke bruges: filen er ikke en PDF, PNG eller JPEG.`);
    expect(r.after).toEqual(r.before);
  }, 90_000);
});

describe('bilag must lie inside the folder of meeting.json', () => {
  const outsideMessage = (path: string) => `Bilagsfilen ${path} (${FIELD}) ligger uden for mappen med meeting.json`;

  it('refuses a symbolic link to a file outside the folder, naming the field and the file (dagsorden import)', () => {
    const outside = join(t.dir, 'hemmelig.pdf');
    writeFileSync(outside, pdf);
    const jsonPath = writeMeetingFolder(folder('link-out'), { file: 'bilag/link.pdf', fileName: 'link.pdf', mediaType: 'application/pdf', symlinkTo: outside, sha256: sha256Hex(pdf) });
    const r = cli(jsonPath, join(t.dir, 'link-out.sqlite'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(outsideMessage('bilag/link.pdf'));
    expect(r.after).toEqual(r.before);
  }, 90_000);

  it('refuses a file inside a linked folder that lies outside', async () => {
    const elsewhere = join(t.dir, 'andetsteds');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, 'notat.pdf'), pdf);
    const dir = folder('dir-link');
    const jsonPath = writeMeetingFolder(dir, { file: 'ud/notat.pdf', fileName: 'notat.pdf', mediaType: 'application/pdf', sha256: sha256Hex(pdf) });
    symlinkSync(elsewhere, join(dir, 'ud'));
    const before = tableCounts(t.db);
    await expect(importIt(jsonPath)).rejects.toThrow(outsideMessage('ud/notat.pdf'));
    expect(tableCounts(t.db)).toEqual(before);
  });

  it('refuses a path with .. by field', async () => {
    const dir = folder('dot-dot');
    const jsonPath = writeMeetingFolder(dir, { file: 'bilag/x.pdf', fileName: 'x.pdf', mediaType: 'application/pdf', bytes: pdf });
    const file = JSON.parse(readFileSync(jsonPath, 'utf8')) as MeetingFile;
    file.items[2]!.attachments[0]!.file = 'bilag/../../hemmelig.pdf';
    writeFileSync(jsonPath, JSON.stringify(file));
    await expect(importIt(jsonPath)).rejects.toThrow(`${FIELD}: Stien skal være relativ og blive i mappen`);
  });

  it('follows a symbolic link that stays inside the folder', async () => {
    const dir = folder('link-in');
    const jsonPath = writeMeetingFolder(dir, { file: 'bilag/link.pdf', fileName: 'link.pdf', mediaType: 'application/pdf', symlinkTo: 'rigtig.pdf', sha256: sha256Hex(pdf) });
    writeFileSync(join(dir, 'bilag', 'rigtig.pdf'), pdf);
    await expect(importIt(jsonPath)).resolves.toMatchObject({ attachments: 2 });
  });

  it('refuses a named pipe instead of waiting for it for ever (dagsorden import, so a regression cannot block this process)', () => {
    const dir = folder('fifo');
    const jsonPath = writeMeetingFolder(dir, { file: 'bilag/ror.pdf', fileName: 'ror.pdf', mediaType: 'application/pdf', sha256: sha256Hex(pdf) });
    mkdirSync(join(dir, 'bilag'), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'bilag', 'ror.pdf')]);
    const r = cli(jsonPath, join(t.dir, 'fifo.sqlite'), 20_000);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Bilagsfilen bilag/ror.pdf (${FIELD}) er ikke en almindelig fil.`);
    expect(r.after).toEqual(r.before);
  }, 60_000);
});

describe('the checksum is that of the file as it lies in the folder', () => {
  it('accepts an image whose sha256 is what sha256sum prints for it, and stores it as a one-page PDF', async () => {
    const png = makeValidPng();
    const jsonPath = writeMeetingFolder(folder('image-sha'), { file: 'bilag/kort.png', fileName: 'kort.png', mediaType: 'image/png', bytes: png });
    const printed = execFileSync('sha256sum', [join(folder('image-sha'), 'bilag', 'kort.png')], { encoding: 'utf8' }).split(' ')[0];
    expect((JSON.parse(readFileSync(jsonPath, 'utf8')) as MeetingFile).items[2]!.attachments[0]!.sha256).toBe(printed);
    const { meetingId } = await importIt(jsonPath);
    const row = t.db.prepare('SELECT a.media_type AS mediaType, a.page_count AS pageCount FROM attachments a JOIN items i ON i.id = a.item_id WHERE i.meeting_id = ? AND a.file_name = ?').get(meetingId, 'kort.png');
    expect(row).toEqual({ mediaType: 'application/pdf', pageCount: 1 });
  });

  it('refuses an image given the checksum of the PDF the app makes around it (what used to be required)', async () => {
    const png = makeValidPng();
    const wrapped = await inspectAttachmentFile(new Uint8Array(png), 'kort.png');
    const jsonPath = writeMeetingFolder(folder('image-old-sha'), { file: 'bilag/kort.png', fileName: 'kort.png', mediaType: 'image/png', bytes: png, sha256: wrapped.sha256 });
    await expect(importIt(jsonPath)).rejects.toThrow(`Bilagsfilen bilag/kort.png (${FIELD}) passer ikke med sin kontrolsum`);
  });

  it('imports what the export writes for an image bilag (the PDF made around it, with its own checksum)', async () => {
    const source = tempApi();
    const copy = tempApi();
    try {
      const { committee } = await setUpCommittee(source.api);
      const meeting = await source.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-10' });
      const item = await source.api.invoke('items:create', { meetingId: meeting.id, title: 'Kort over stien' });
      const added = await source.api.invoke('attachments:add', { itemId: item.id, fileName: 'kort.png', dataBase64: Buffer.from(makeValidPng()).toString('base64') });
      const out = folder('exported');
      exportMeetingDirectory(source.db, meeting.id, out);
      const written = (JSON.parse(readFileSync(join(out, 'meeting.json'), 'utf8')) as MeetingFile).items.flatMap((i) => i.attachments);
      expect(written).toEqual([expect.objectContaining({ fileName: 'kort.png', mediaType: 'application/pdf', sha256: added.sha256 })]);
      expect(sha256Hex(readFileSync(join(out, written[0]!.file)))).toBe(added.sha256);

      await expect(importMeetingFile(createContext(copy.db, 'test'), join(out, 'meeting.json'))).resolves.toMatchObject({ attachments: 1 });
      expect(copy.db.prepare('SELECT blob_sha256 AS sha FROM attachments').all()).toEqual([{ sha: added.sha256 }]);
    } finally {
      source.close();
      copy.close();
    }
  });
});
