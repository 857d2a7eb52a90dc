import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentToPlainText } from '../../../shared/content/plain-text';
import type { MeetingDetail } from '../../../shared/domain/entities';
import { createDemoData } from '../../../electron/services/demo/create-demo';
import { renderPacket } from '../../../electron/services/export/export-packet';
import { exportJobFile } from '../../../electron/services/export/export-jobs';
import { exportWord, renderWord } from '../../../electron/services/export/export-word';
import { prepareEdition } from '../../../electron/services/export/prepare-edition';
import { createContext, type ServiceContext } from '../../../electron/services/service-context';
import { convertWithLibreOffice, docxParts, packageProblems, xmlText } from '../../helpers/docx-package';
import { runCli } from '../../helpers/run-cli';
import { makeValidPng } from '../../fixtures/hostile/images';
import { tempApi } from '../../helpers/temp-db';
import { getBlob, sha256Hex } from '../../../electron/store/repositories/blob-repository';
import { listReleases } from '../../../electron/store/repositories/release-repository';

/**
 * The Word editions of the demo's meetings, checked with real tools: the package opened part by
 * part (jszip), LibreOffice converting it to PDF, pdftotext reading both that and the PDF edition.
 */
let env: ReturnType<typeof tempApi>;
let ctx: ServiceContext;
let held: MeetingDetail;
let approved: MeetingDetail;
let upcoming: MeetingDetail;
const out = (name: string) => join(env.dir, name);
const flat = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  env = tempApi();
  ctx = createContext(env.db, 'test', () => new Date('2026-11-22T10:00:00Z'));
  const [heldId, upcomingId, approvedId] = (await createDemoData(env.api, { today: '2026-11-22' })).meetingIds as [number, number, number];
  held = await env.api.invoke('meetings:get', { id: heldId });
  upcoming = await env.api.invoke('meetings:get', { id: upcomingId });
  approved = await env.api.invoke('meetings:get', { id: approvedId });
}, 180_000);
afterAll(() => env?.close());

/** What the members' edition of a meeting says that its public edition must not: closed titles, texts and bilag titles. */
function closedStrings(meeting: MeetingDetail): string[] {
  const strings: string[] = [];
  for (const item of meeting.items) {
    if (item.isClosed) {
      if (item.title !== item.publicTitle) strings.push(item.title);
      for (const section of item.sections) {
        // Whole lines long enough to be the item's own words, not a committee's name.
        strings.push(...contentToPlainText(section.content).split('\n').map((l) => l.trim()).filter((l) => l.length >= 40).map((l) => l.slice(0, 60)));
      }
    }
    for (const a of item.attachments) if (item.isClosed || a.isClosed) strings.push(a.title);
  }
  return strings;
}

describe('the Word package', () => {
  it('is a sound OOXML package: every part typed, every relationship target there, Word styles, lists, furniture, da-DK, core properties, no field prompt', async () => {
    const { docx } = await renderWord(ctx, { meetingId: held.id, document: 'minutes', edition: 'members' });
    const parts = await docxParts(docx);
    expect(packageProblems(parts)).toEqual([]);
    const document = parts.get('word/document.xml') ?? '';
    const styles = parts.get('word/styles.xml') ?? '';
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(styles).toMatch(/w:styleId="Heading1"/);
    expect(styles).toMatch(/<w:lang w:val="da-DK"/);
    // Indstilling as a real numbered list, each list its own instance (numbering restarts).
    expect(document).toContain('<w:numPr>');
    expect(parts.get('word/numbering.xml') ?? '').toContain('w:val="decimal"');
    // One section per item, each with its header; every page says "Side N af M" from Word's fields.
    const headers = [...parts.keys()].filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => xmlText(parts.get(n) ?? ''));
    expect(headers.some((h) => h.includes('Åbent punkt') && h.includes('Erhvervs- og Beskæftigelsesudvalget den 27-10-2026'))).toBe(true);
    expect(headers.some((h) => h.includes('Lukket punkt'))).toBe(true);
    const footers = [...parts.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => parts.get(n) ?? '');
    expect(footers.every((f) => f.includes('PAGE') && f.includes('NUMPAGES'))).toBe(true);
    // The TOC is written clean with its page numbers: no dirty field, no updateFields, so Word asks nothing.
    expect(document).not.toMatch(/w:dirty="(true|1)"/);
    expect(parts.get('word/settings.xml') ?? '').not.toMatch(/<w:updateFields w:val="(true|1)"/);
    expect(xmlText(document)).toMatch(/Punkt 3\. Beskæftigelsesplan 2027\s*\d+/);
    const core = xmlText(parts.get('docProps/core.xml') ?? '');
    expect(core).toContain('Udkast: Referat – Erhvervs- og Beskæftigelsesudvalget 27. oktober 2026');
    expect(core).toContain('Fjordby Kommune');
    // Every table has explicit column widths.
    const tables = document.split('<w:tbl>').length - 1;
    expect(tables).toBeGreaterThan(1);
    expect(document.split('<w:tblGrid>').length - 1).toBe(tables);
  });

  it('the public edition holds no closed string in any part (body, headers, properties, numbering, bookmarks); the members edition does', async () => {
    const closed = closedStrings(held);
    expect(closed.length).toBeGreaterThan(2);
    for (const meeting of [held, approved]) {
      for (const document of ['agenda', 'minutes'] as const) {
        const pub = await docxParts((await renderWord(ctx, { meetingId: meeting.id, document, edition: 'public' })).docx);
        for (const [name, xml] of pub) {
          const text = `${xml}\n${xmlText(xml)}`;
          for (const s of closedStrings(meeting)) expect(text.includes(s), `${meeting.committeeName} ${document}: ${name} indeholder »${s}«`).toBe(false);
        }
      }
    }
    const members = [...(await docxParts((await renderWord(ctx, { meetingId: held.id, document: 'minutes', edition: 'members' })).docx)).values()].map(xmlText).join('\n');
    for (const s of closed) expect(flat(members)).toContain(flat(s));
  });

  it('the public Word packet (.zip) carries only open distributed bilag, named "Punkt N - Bilag K - <titel>.pdf" and linked from the document', async () => {
    const zipPath = out('public-minutes.zip');
    const result = await exportWord(ctx, { meetingId: held.id, document: 'minutes', edition: 'public', outPath: zipPath, packet: 'zip' });
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    const names = Object.keys(zip.files);
    const bilagNames = names.filter((n) => n.endsWith('.pdf'));
    expect(bilagNames.length).toBe(result.bilagCount);
    expect(bilagNames.every((n) => /^Punkt \d+ - Bilag \d+ - .+\.pdf$/.test(n))).toBe(true);
    for (const s of closedStrings(held)) expect(names.some((n) => n.includes(s)), `filnavn med »${s}«`).toBe(false);
    const openDistributed = held.items.filter((i) => !i.isClosed).flatMap((i) => i.attachments.filter((a) => !a.isClosed && a.distribution === 'distributed'));
    expect(bilagNames.length).toBe(openDistributed.length);
    const docxName = names.find((n) => n.endsWith('.docx')) as string;
    expect(docxName).toBe('Udkast til referat Erhvervs- og Beskæftigelsesudvalget 2026-10-27 (offentlig).docx');
    const rels = (await docxParts(await (zip.file(docxName) as JSZip.JSZipObject).async('uint8array'))).get('word/_rels/document.xml.rels') ?? '';
    for (const name of bilagNames) expect(rels).toContain(`Target="${encodeURI(name).replace(/&/g, '&amp;')}" TargetMode="External"`);
  });

  it('a folder packet replaces an earlier packet whole and refuses a folder that is not one, in Danish, changing nothing', async () => {
    const folder = out('packet');
    await exportWord(ctx, { meetingId: held.id, document: 'minutes', edition: 'members', outPath: folder, packet: 'folder' });
    const first = readdirSync(folder).sort();
    expect(first.filter((n) => n.endsWith('.docx'))).toHaveLength(1);
    await exportWord(ctx, { meetingId: held.id, document: 'minutes', edition: 'members', outPath: folder, packet: 'folder' });
    expect(readdirSync(folder).sort()).toEqual(first);
    expect(readdirSync(env.dir).filter((n) => n.includes('.dagsorden-'))).toEqual([]);
    writeFileSync(join(folder, 'noter.txt'), 'mine noter');
    await expect(exportWord(ctx, { meetingId: held.id, document: 'minutes', edition: 'members', outPath: folder, packet: 'folder' }))
      .rejects.toThrow(/Word-pakken kan ikke skrives til .*indeholder andet end en Word-pakke \(»noter\.txt«\)/);
    expect(readFileSync(join(folder, 'noter.txt'), 'utf8')).toBe('mine noter');
  });

  it('a release keeps its Word edition beside the PDF: the agenda releases and the approved minutes (version 1 and, for the addendum, version 2)', async () => {
    for (const meeting of [held, approved]) {
      const releases = listReleases(env.db, meeting.id);
      expect(releases.length).toBeGreaterThan(1);
      for (const release of releases) {
        expect(release.word, `${meeting.committeeName} ${release.document} ${release.edition} v${release.version}`).not.toBeNull();
        const bytes = getBlob(env.db, release.word?.sha256 ?? '') as Uint8Array;
        expect(sha256Hex(bytes)).toBe(release.word?.sha256);
        expect(release.word?.fileName).toMatch(new RegExp(`^(Dagsorden|Referat) .* \\((medlemmer|offentlig)\\) version ${release.version}\\.docx$`));
        if (release.edition === 'public') {
          const text = [...(await docxParts(bytes)).values()].join('\n');
          for (const s of closedStrings(meeting)) expect(text.includes(s)).toBe(false);
        }
      }
    }
    expect(listReleases(env.db, approved.id).filter((r) => r.document === 'minutes').map((r) => r.version).sort()).toEqual([1, 1, 2, 2]);
  });

  it('hands out a release\'s Word file as it was stored ("Hent … som Word"), and the PDF by default', async () => {
    const release = listReleases(env.db, approved.id).find((r) => r.document === 'minutes' && r.edition === 'public' && r.version === 2)!;
    const word = exportJobFile((await env.api.invoke('releases:file', { releaseId: release.id, word: true })).jobId)!;
    expect(word.fileName).toBe(release.word?.fileName);
    expect(sha256Hex(readFileSync(word.path))).toBe(release.word?.sha256);
    const pdf = exportJobFile((await env.api.invoke('releases:file', { releaseId: release.id })).jobId)!;
    expect(pdf.fileName).toMatch(/\.pdf$/);
    expect(sha256Hex(readFileSync(pdf.path))).toBe(release.sha256);
  });

  it('the app\'s export job writes the Word packet (.zip) with its bilag, names it, and refuses PDF-only options in Danish', async () => {
    const refused = await env.api.call('exports:start', { meetingId: held.id, document: 'minutes', edition: 'public', format: 'docx', pdfa: true });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('Word-udgaven kan ikke laves med PDF/A: det findes kun for PDF. Vælg PDF, eller fravælg det.');
    const { jobId } = await env.api.invoke('exports:start', { meetingId: held.id, document: 'minutes', edition: 'public', format: 'docx-zip' });
    let status = await env.api.invoke('exports:status', { jobId });
    for (let waited = 0; status.state === 'running' && waited < 60_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      status = await env.api.invoke('exports:status', { jobId });
    }
    expect(status.state, status.message).toBe('done');
    const file = exportJobFile(jobId) as { path: string; fileName: string };
    expect(file.fileName).toBe('Udkast til referat Erhvervs- og Beskæftigelsesudvalget 2026-10-27 (offentlig).zip');
    const zip = await JSZip.loadAsync(readFileSync(file.path));
    const names = Object.keys(zip.files);
    expect(status.result).toMatchObject({ format: 'docx-zip', pageCount: null, bilagCount: names.filter((n) => n.endsWith('.pdf')).length });
    expect(names.filter((n) => n.endsWith('.docx'))).toEqual(['Udkast til referat Erhvervs- og Beskæftigelsesudvalget 2026-10-27 (offentlig).docx']);
    for (const s of closedStrings(held)) expect(names.some((n) => n.includes(s))).toBe(false);
  });

  it('says what changed since the previous version on the same change page as the PDF (the approved minutes, version 2 after its addendum)', async () => {
    const { changePage } = prepareEdition(ctx, { meetingId: approved.id, document: 'minutes', edition: 'public' });
    expect(changePage?.heading).toBe('Ændringer siden version 1');
    const { docx, changes, version } = await renderWord(ctx, { meetingId: approved.id, document: 'minutes', edition: 'public' });
    expect(version).toBe(2);
    expect(changes?.previousVersion).toBe(1);
    const text = xmlText((await docxParts(docx)).get('word/document.xml') ?? '');
    expect(text).toContain('Ændringer siden version 1');
    expect(text).toContain(changePage?.intro);
    expect(changePage?.lines.length).toBeGreaterThan(0);
    for (const line of changePage?.lines ?? []) expect(flat(text)).toContain(flat(line));
  });

  it('dagsorden export --format docx writes the .docx and says so; PDF-only flags are refused in Danish', () => {
    const file = out('agenda.docx');
    const r = runCli(['export', '--db', env.file, '--meeting', String(upcoming.id), '--document', 'agenda', '--edition', 'members', '--format', 'docx', '--out', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Skrev .*agenda\.docx \(Word\): \d+ kB, [\d,]+ s\./);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    const refused = runCli(['export', '--db', env.file, '--meeting', String(upcoming.id), '--document', 'agenda', '--edition', 'members', '--format', 'docx', '--pdfa', '--out', out('x.docx')]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--pdfa gælder kun PDF, ikke --format docx.');
    expect(existsSync(out('x.docx'))).toBe(false);
  });
});

describe('LibreOffice opens every edition, and it says what the PDF says in the same order', () => {
  /** Item titles, section headings, decisions and presence lines, in the model's order (the PDF and Word renderers both lay it out). */
  function probes(meetingId: number, document: 'agenda' | 'minutes', edition: 'members' | 'public'): string[] {
    const { model } = prepareEdition(ctx, { meetingId, document, edition });
    return model.items.flatMap((item) => [
      `Punkt ${item.number}. ${item.title}`.slice(0, 45),
      ...item.sections.map((s) => s.heading),
      ...(item.decision ? [item.decision.heading, ...item.decision.decisions.map((d) => d.text.split('\n')[0]?.slice(0, 45) ?? ''), ...item.decision.presenceLines.map((l) => l.slice(0, 45))] : []),
      ...item.addenda.map((a) => a.heading),
    ]).map(flat).filter((p) => p.trim().length > 0);
  }

  function inOrder(text: string, wanted: string[]): string[] {
    const haystack = flat(text);
    const missing: string[] = [];
    let at = 0;
    for (const probe of wanted) {
      const found = haystack.indexOf(probe, at);
      if (found < 0) missing.push(probe);
      else at = found + probe.length;
    }
    return missing;
  }

  it.each([
    ['held', 'minutes', 'members'], ['held', 'minutes', 'public'], ['upcoming', 'agenda', 'members'], ['approved', 'minutes', 'public'],
  ] as const)('%s meeting, %s, %s edition', async (which, document, edition) => {
    const meeting = { held, upcoming, approved }[which];
    const word = await renderWord(ctx, { meetingId: meeting.id, document, edition });
    const docxPath = out(`${which}-${document}-${edition}.docx`);
    writeFileSync(docxPath, word.docx);
    const converted = convertWithLibreOffice(docxPath, env.dir);
    const pdf = await renderPacket(ctx, { meetingId: meeting.id, document, edition });
    const pdfPath = out(`${which}-${document}-${edition}-edition.pdf`);
    writeFileSync(pdfPath, pdf.pdf);
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const wanted = probes(meeting.id, document, edition);
    expect(wanted.length).toBeGreaterThan(10);
    expect(inOrder(converted.text, wanted), 'i Word-udgaven (LibreOffice)').toEqual([]);
    expect(inOrder(pdfText, wanted), 'i PDF-udgaven').toEqual([]);
    expect(converted.text).toContain('Side 1 af');
    expect(converted.text).toMatch(/æ|ø|å/);
    if (which === 'held' && document === 'minutes') expect(flat(converted.text)).toContain('Gitte Skjødt (O) og Hanne Østergaard (A) var fraværende.');
    if (which === 'approved') expect(flat(converted.text)).toMatch(/Tilføjelse af \d+\. \w+ 2026/);
  }, 120_000);
});


// Last: it gives the municipality a logo, which the tests above do not expect.
describe('the front page logo', () => {
  it('stands on the Word front page in the PDF\'s box (50 × 22 mm), its proportions kept, and LibreOffice shows it', async () => {
    const png = makeValidPng(600, 200);
    await env.api.invoke('municipality:update', { name: 'Fjordby Kommune', logoDataUrl: `data:image/png;base64,${Buffer.from(png).toString('base64')}` });
    const { docx } = await renderWord(ctx, { meetingId: held.id, document: 'minutes', edition: 'public' });
    const parts = await docxParts(docx);
    expect(packageProblems(parts)).toEqual([]);
    expect([...parts.keys()].filter((n) => n.startsWith('word/media/'))).toHaveLength(1);
    const document = parts.get('word/document.xml') ?? '';
    // EMU: 50 mm = 1 800 000 wide; the 3:1 logo is then 600 000 high (under 22 mm).
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(document) ?? [];
    expect(Math.abs(Number(cx) - 1_800_000)).toBeLessThan(10_000);
    expect(Math.abs(Number(cx) / Number(cy) - 3)).toBeLessThan(0.02);
    expect(document).toContain('descr="Fjordby Kommune logo"');
    const file = out('logo.docx');
    writeFileSync(file, docx);
    const pdf = convertWithLibreOffice(file, env.dir).pdfPath;
    const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', pdf], { encoding: 'utf8' });
    // LibreOffice resamples to 300 ppi: 50 mm is about 590 pixels, still three times as wide as high.
    const [, width, height, ppi] = /^\s+1\s+0 image\s+(\d+)\s+(\d+)\s.*?\s(\d+)\s+\d+\s+\S+\s+\S+\s*$/m.exec(images) ?? [];
    expect(Math.abs(Number(width) / Number(height) - 3)).toBeLessThan(0.05);
    expect(Math.abs((Number(width) / Number(ppi)) * 25.4 - 50)).toBeLessThan(1.5);
  });
});
