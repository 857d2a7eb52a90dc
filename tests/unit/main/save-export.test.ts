import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSavePath, describeFileError, saveExportCopy, saveFilter, withExtension, type ExportFileLookup } from '../../../electron/main/save-export';
import { tempDir } from '../../helpers/temp-db';

let dir: string;
let cleanup: () => void;
let source: string;
const JOB = 'job-0123456789';

beforeEach(() => {
  ({ dir, cleanup } = tempDir('dagsorden-save-'));
  mkdirSync(join(dir, 'job'));
  source = join(dir, 'job', 'Dagsorden Økonomiudvalget 2026-12-02 (medlemmer).pdf');
  writeFileSync(source, '%PDF-1.7\nthe new export\n');
  mkdirSync(join(dir, 'Dokumenter'));
});
afterEach(() => {
  chmodSync(join(dir, 'Dokumenter'), 0o755);
  cleanup();
});

const lookup: ExportFileLookup = (jobId) => (jobId === JOB ? { path: source, fileName: 'Dagsorden Økonomiudvalget 2026-12-02 (medlemmer).pdf' } : undefined);
const leftovers = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.tmp'));

describe('"Gem som …": the copy in the main process', () => {
  it('copies the finished export to the chosen path and leaves no temp file', async () => {
    const target = join(dir, 'Dokumenter', 'udvalg.pdf');
    expect(await saveExportCopy(JOB, target, lookup)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7\nthe new export\n');
    expect(leftovers(join(dir, 'Dokumenter'))).toEqual([]);
  });

  it('replaces an existing file whole, and adds .pdf to a name without an extension', async () => {
    writeFileSync(join(dir, 'Dokumenter', 'udvalg.pdf'), 'the old file');
    expect(await saveExportCopy(JOB, join(dir, 'Dokumenter', 'udvalg'), lookup)).toBe(join(dir, 'Dokumenter', 'udvalg.pdf'));
    expect(readFileSync(join(dir, 'Dokumenter', 'udvalg.pdf'), 'utf8')).toBe('%PDF-1.7\nthe new export\n');
    expect(withExtension('/a/b.PDF', 'x.pdf')).toBe('/a/b.PDF');
    expect(withExtension('/a/b', 'x.pdf')).toBe('/a/b.pdf');
  });

  it('gives a Word export its own extension and file type', () => {
    expect(withExtension('/a/referat', 'Referat Udvalg 2026-10-27 (offentlig).docx')).toBe('/a/referat.docx');
    expect(withExtension('/a/pakke', 'Referat Udvalg 2026-10-27 (offentlig).zip')).toBe('/a/pakke.zip');
    expect(saveFilter('Referat.docx')).toEqual({ name: 'Word-dokument', extensions: ['docx'] });
    expect(saveFilter('Referat.zip').extensions).toEqual(['zip']);
    expect(saveFilter('Referat.pdf')).toEqual({ name: 'PDF-dokument', extensions: ['pdf'] });
  });

  it('refuses an unknown job before touching the disk', async () => {
    const target = join(dir, 'Dokumenter', 'x.pdf');
    await expect(saveExportCopy('job-unknown-1', target, lookup)).rejects.toMatchObject({ name: 'UserError', code: 'not_found', message: 'Eksporten findes ikke længere. Start den igen.' });
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a relative or empty path', async () => {
    await expect(saveExportCopy(JOB, 'udvalg.pdf', lookup)).rejects.toMatchObject({ code: 'invalid_input', message: 'Filen kan ikke gemmes i »udvalg.pdf«: stien er ugyldig.' });
    await expect(saveExportCopy(JOB, '', lookup)).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('names the path and the reason when the folder is missing, and writes nothing', async () => {
    const target = join(dir, 'findes-ikke', 'udvalg.pdf');
    await expect(saveExportCopy(JOB, target, lookup)).rejects.toMatchObject({ code: 'save_failed', message: `Filen kunne ikke gemmes i ${target}: mappen findes ikke.` });
    expect(existsSync(join(dir, 'findes-ikke'))).toBe(false);
  });

  it('refuses a folder as the target', async () => {
    mkdirSync(join(dir, 'Dokumenter', 'mappe.pdf'));
    await expect(saveExportCopy(JOB, join(dir, 'Dokumenter', 'mappe.pdf'), lookup)).rejects.toMatchObject({
      message: `Filen kunne ikke gemmes i ${join(dir, 'Dokumenter', 'mappe.pdf')}: der findes allerede en mappe med det navn.`,
    });
  });

  it('keeps the old file and removes the temp file when the rename fails half way', async () => {
    // The source vanishes after the lookup: the copy fails mid-way, the target must stay as it was.
    const target = join(dir, 'Dokumenter', 'udvalg.pdf');
    writeFileSync(target, 'the old file');
    const gone: ExportFileLookup = () => ({ path: join(dir, 'job', 'slettet.pdf'), fileName: 'slettet.pdf' });
    await expect(saveExportCopy(JOB, target, gone)).rejects.toMatchObject({ code: 'save_failed', message: expect.stringContaining(`Filen kunne ikke gemmes i ${target}: `) });
    expect(readFileSync(target, 'utf8')).toBe('the old file');
    expect(leftovers(join(dir, 'Dokumenter'))).toEqual([]);
  });

  it('starts the dialog in Documents with the job\'s file name, and words file errors in Danish', () => {
    expect(defaultSavePath('/home/sekretær/Dokumenter', 'Dagsorden Økonomiudvalget 2026-12-02 (medlemmer).pdf')).toBe(
      join('/home/sekretær/Dokumenter', 'Dagsorden Økonomiudvalget 2026-12-02 (medlemmer).pdf'),
    );
    expect(describeFileError(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe('der er ikke plads nok på drevet');
    expect(describeFileError(Object.assign(new Error('x'), { code: 'EROFS' }))).toBe('drevet er skrivebeskyttet');
    // A read-only folder (root, as on CI, may write anyway, so the mapping is checked directly).
    expect(describeFileError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('du har ikke adgang til at skrive i mappen');
  });
});
