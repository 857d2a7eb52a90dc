import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApi } from '../../helpers/temp-db';
import { paragraphs } from '../../../shared/content/content-builders';
import { compilePacket } from '../../../electron/export/packet/compile-packet';
import { loadDocumentModel } from '../../../electron/export/packet/load-packet-source';
import { copyBilagPages } from '../../../electron/export/packet/copy-bilag-pages';
import { scanActiveContent } from '../../../electron/export/packet/scan-active-content';
import { stripActiveContent } from '../../../electron/export/packet/strip-active-content';
import { savePdf } from '../../../electron/export/pdf/save-pdf';
import { createChromiumPrinter, systemChromiumAvailable } from '../../../electron/export/printer/chromium-printer';
import type { PdfPrinter } from '../../../electron/export/printer/pdf-printer';
import type { AttachmentInfo, Item } from '../../../shared/domain/entities';
import { ACTIVE, FORM, makeActiveContentPdf, makeFilledFormPdf, makeOrphanFieldPdf } from '../../fixtures/pdf/make-active-pdfs';
import { makeSamplePdf, qpdfAvailable } from '../../fixtures/pdf/make-bad-pdfs';
import { inspectPdf, type InspectedPdf } from '../export/packet-pdf-inspect';
import { setUpCommittee } from '../services/committee-setup';

const ready = systemChromiumAvailable() && qpdfAvailable();
if (!ready) console.log('active-content.test.ts skipped: needs /usr/bin/chromium and qpdf.');

/** Every name that makes a PDF do something by itself, as qpdf's QDF output spells it. */
const ACTIVE_NAMES = ['JavaScript', 'JS', 'Launch', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE', 'AA', 'FileAttachment', 'EmbeddedFile', 'EmbeddedFiles', 'OpenAction', 'ResetForm', 'Rendition'];
const squash = (s: string): string => s.replace(/\s+/g, ' ');

function activeNamesIn(qdf: string): string[] {
  return ACTIVE_NAMES.filter((name) => new RegExp(`/${name}(?![A-Za-z0-9#_.-])`).test(qdf));
}

function pdfdetachList(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'active-detach-'));
  try {
    writeFileSync(join(dir, 'p.pdf'), bytes);
    return execFileSync('pdfdetach', ['-list', join(dir, 'p.pdf')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Page `page` of a PDF as RGBA pixels at 72 dpi (1 px = 1 pt), drawn by poppler with annotations. */
function renderPage(bytes: Uint8Array, page: number): PNG {
  const dir = mkdtempSync(join(tmpdir(), 'active-render-'));
  try {
    writeFileSync(join(dir, 'p.pdf'), bytes);
    execFileSync('pdftoppm', ['-r', '72', '-png', '-f', String(page), '-l', String(page), '-singlefile', join(dir, 'p.pdf'), join(dir, 'out')]);
    return PNG.sync.read(readFileSync(join(dir, 'out.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Mean darkness (0 white … 255 black) of a rectangle given in PDF points from the bottom left. */
function darkness(png: PNG, x: number, y: number, width: number, height: number): number {
  let sum = 0;
  let count = 0;
  for (let row = Math.round(png.height - y - height); row < Math.round(png.height - y); row++) {
    for (let col = Math.round(x); col < Math.round(x + width); col++) {
      const i = (row * png.width + col) * 4;
      sum += 255 - ((png.data[i] ?? 255) + (png.data[i + 1] ?? 255) + (png.data[i + 2] ?? 255)) / 3;
      count++;
    }
  }
  return sum / count;
}

describe.skipIf(!ready)('active content and filled forms of a bilag, through the real export', () => {
  let env: ReturnType<typeof tempApi>;
  let printer: PdfPrinter;
  let meetingId: number;
  let item: Item;
  let active: AttachmentInfo;
  let form: AttachmentInfo;
  let formBytes: Uint8Array;
  let bytes: Uint8Array;
  let pdf: InspectedPdf;

  const firstPageOf = (attachment: AttachmentInfo): number => {
    const entry = pdf.outline.find((o) => o.title.startsWith(`${item.number}. `));
    const child = entry?.children.find((c) => c.title.startsWith(`Bilag ${attachment.number}:`));
    expect(child, `outline entry for bilag ${attachment.number}`).toBeDefined();
    return child?.page ?? -1;
  };

  beforeAll(async () => {
    env = tempApi();
    const { committee } = await setUpCommittee(env.api);
    meetingId = (await env.api.invoke('meetings:create', { committeeId: committee.id, date: '2026-12-03', applyStandardItems: false })).id;
    const target = await env.api.invoke('items:create', { meetingId, title: 'Ansøgning om tilskud til Fjordby Havnefestival', caseNumber: '26/04411' });
    await env.api.invoke('sections:update', { itemId: target.id, key: 'indstilling', content: paragraphs('Forvaltningen indstiller, at ansøgningen imødekommes.') });
    const add = async (fileName: string, title: string, data: Uint8Array) => env.api.invoke('attachments:add', {
      itemId: target.id, fileName, title, dataBase64: Buffer.from(data).toString('base64'), distribution: 'distributed',
    });
    active = await add('ansoegning.pdf', 'Ansøgning med scripts', await makeActiveContentPdf());
    formBytes = await makeFilledFormPdf();
    form = await add('skema.pdf', 'Udfyldt ansøgningsskema', formBytes);
    item = (await env.api.invoke('meetings:get', { id: meetingId })).items.find((i) => i.id === target.id) as Item;
    printer = createChromiumPrinter();
    const packet = await compilePacket(env.db, loadDocumentModel(env.db, meetingId, { document: 'agenda', edition: 'members' }), { printer });
    bytes = await savePdf(packet.doc);
    pdf = await inspectPdf(bytes);
  }, 180_000);

  afterAll(async () => {
    await printer?.close();
    env?.close();
  });

  it('leaves no script, launch, form submission, remote jump, additional action, attachment or embedded file in the packet (QDF dump, pdfdetach)', () => {
    expect(activeNamesIn(pdf.qdf)).toEqual([]);
    expect(pdf.qdf).not.toContain(ACTIVE.embeddedName);
    expect(pdf.qdf).not.toContain(ACTIVE.attachmentName);
    expect(pdf.qdf).not.toContain(ACTIVE.launchCommand);
    expect(pdf.qdf).not.toContain('cmd.exe');
    expect(pdfdetachList(bytes)).toMatch(/^0 embedded files/);
    for (const link of pdf.links) {
      if (link.url !== null) expect(link.url).toMatch(/^(https?:|mailto:)/);
    }
  });

  it('keeps the bilag\'s internal link (to its own page 3), its https and mailto links, and the stamps', () => {
    const first = firstPageOf(active);
    const own = pdf.links.filter((l) => l.page === first);
    expect(own.filter((l) => l.url === null).map((l) => l.target)).toEqual([first + 2]);
    expect(own.map((l) => l.url).filter(Boolean)).toEqual([ACTIVE.httpsUrl, ACTIVE.mailto]);
    for (const [page, n] of [[first, 1], [first + 1, 2], [first + 2, 3]] as const) {
      const text = squash(pdf.pageText(page));
      expect(text).toContain(`Punkt nr. ${item.number} - `);
      expect(text).toContain(`Bilag ${active.number} - Side ${n} af 3`);
    }
  });

  it('draws the filled-in form values into the page: text with æøå, dropdown, a value without appearance; not the hidden field', () => {
    const first = firstPageOf(form);
    const page1 = squash(pdf.pageText(first));
    expect(page1).toContain(FORM.name);
    expect(page1).toContain(FORM.choice);
    expect(page1).not.toContain(FORM.hidden);
    expect(squash(pdf.pageText(first + 1))).toContain(FORM.noAppearance);
    expect(squash(pdf.pageText(first + 1))).toContain(`Bilag ${form.number} - Side 2 af 2`);
    expect(pdf.annotationsJson).not.toContain('"Widget"');
    expect(pdf.qdf).not.toContain('/AcroForm');
  });

  it('shows the checked checkbox and the chosen radio button as the bilag itself does', () => {
    const packetPage = renderPage(bytes, firstPageOf(form));
    const sourcePage = renderPage(formBytes, 1);
    // Rectangles of the fixture's widgets: the checkbox, the chosen radio button and the one not chosen.
    const boxes = { checkbox: [62, 385, 16, 16], chosen: [110, 350, 14, 14], other: [62, 350, 14, 14] } as const;
    for (const [name, [x, y, w, h]] of Object.entries(boxes)) {
      const inner = [x + 3, y + 3, w - 6, h - 6] as const;
      expect(Math.abs(darkness(packetPage, ...inner) - darkness(sourcePage, ...inner)), name).toBeLessThan(12);
    }
    // The chosen button is visibly darker inside than the other one (its dot is drawn).
    expect(darkness(packetPage, 113, 353, 8, 8)).toBeGreaterThan(darkness(packetPage, 65, 353, 8, 8) + 30);
  });

  it('lists in the release checks what is removed from which bilag, in Danish', async () => {
    const issues = await env.api.invoke('meetings:releaseChecks', { id: meetingId });
    const found = issues.filter((i) => i.code === 'bilag_active_content');
    expect(found.map((i) => [i.severity, i.itemId, i.attachmentId])).toEqual([['warning', item.id, active.id]]);
    const message = found[0]?.message ?? '';
    expect(message).toMatch(new RegExp(`^Punkt ${item.number} ».*«: bilag ${active.number} »Ansøgning med scripts« `));
    for (const phrase of [
      'JavaScript ved åbning af dokumentet',
      'JavaScript i dokumentet',
      `vedhæftet fil »${ACTIVE.embeddedName}« i dokumentet`,
      'JavaScript ved åbning af side 2',
      'link med JavaScript på side 1',
      'link der starter et program på side 1',
      'link der sender formulardata på side 1',
      'link der indlæser data fra en fil på side 1',
      'link til en anden fil på side 1',
      'link til en indlejret fil på side 1',
      `link til »${ACTIVE.fileUri}« på side 1`,
      `link til »${ACTIVE.javascriptUri}« på side 1`,
      'JavaScript efter et link på side 1',
      `vedhæftet fil »${ACTIVE.attachmentName}« på side 3`,
    ]) expect(message).toContain(phrase);
    expect(message).not.toContain(ACTIVE.httpsUrl);
  });

  it('refuses, naming item, bilag and field, a filled-in field whose value cannot be drawn', async () => {
    const orphan = await env.api.invoke('attachments:add', {
      itemId: item.id, fileName: 'beloeb.pdf', title: 'Skema uden felter', dataBase64: Buffer.from(await makeOrphanFieldPdf()).toString('base64'), distribution: 'distributed',
    });
    await expect(compilePacket(env.db, loadDocumentModel(env.db, meetingId, { document: 'agenda', edition: 'members' }), { printer })).rejects.toMatchObject({
      name: 'UserError',
      message: expect.stringContaining(`bilag ${orphan.number} »Skema uden felter« til punkt ${item.number}`),
    });
    await expect(compilePacket(env.db, loadDocumentModel(env.db, meetingId, { document: 'agenda', edition: 'members' }), { printer })).rejects.toThrow(/formularfeltet »beløb«/);
    await env.api.invoke('attachments:delete', { id: orphan.id });
  }, 120_000);
});

describe('scanning and stripping a bilag (no printer needed)', () => {
  it('lists what goes, in document and page order, and finds nothing left after stripping or in the copied pages', async () => {
    const source = await PDFDocument.load(await makeActiveContentPdf(), { updateMetadata: false });
    const removals = scanActiveContent(source).removals;
    expect(removals).toEqual([
      { what: 'javascript', where: 'document_open' },
      { what: 'javascript', where: 'document' },
      { what: 'embedded_file', where: 'document', detail: ACTIVE.embeddedName },
      { what: 'javascript', where: 'link', page: 1 },
      { what: 'launch', where: 'link', page: 1 },
      { what: 'submit_form', where: 'link', page: 1 },
      { what: 'import_data', where: 'link', page: 1 },
      { what: 'remote_goto', where: 'link', page: 1 },
      { what: 'embedded_goto', where: 'link', page: 1 },
      { what: 'uri', where: 'link', page: 1, detail: ACTIVE.fileUri },
      { what: 'uri', where: 'link', page: 1, detail: ACTIVE.javascriptUri },
      { what: 'javascript', where: 'link_chain', page: 1 },
      { what: 'javascript', where: 'page_open', page: 2 },
      { what: 'attachment', where: 'page', page: 3, detail: ACTIVE.attachmentName },
    ]);

    const target = await PDFDocument.create();
    const copies = await copyBilagPages(target, source);
    copies.forEach((page) => target.addPage(page));
    expect(scanActiveContent(source).removals).toEqual([]);
    expect(scanActiveContent(await PDFDocument.load(await target.save())).removals).toEqual([]);
  });

  it('ends on a chain of actions that loops, a name tree that loops and a field whose parent is itself', async () => {
    const doc = await PDFDocument.load(await makeSamplePdf(1), { updateMetadata: false });
    const ctx = doc.context;
    const loop = ctx.register(ctx.obj({ S: 'JavaScript', JS: PDFString.of('1') }));
    ctx.lookup(loop, PDFDict).set(PDFName.of('Next'), ctx.obj([loop, loop]));
    doc.catalog.set(PDFName.of('OpenAction'), loop);
    const tree = ctx.register(ctx.obj({ Names: [PDFString.of('a.exe'), ctx.obj({ Type: 'Filespec', F: PDFString.of('a.exe') })] }));
    ctx.lookup(tree, PDFDict).set(PDFName.of('Kids'), ctx.obj([tree]));
    doc.catalog.set(PDFName.of('Names'), ctx.obj({ EmbeddedFiles: tree }));
    const widget = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Tx', Rect: [0, 0, 10, 10] }));
    ctx.lookup(widget, PDFDict).set(PDFName.of('Parent'), widget);
    doc.getPage(0).node.set(PDFName.of('Annots'), ctx.obj([widget]));

    const scan = scanActiveContent(doc);
    expect(scan.removals).toEqual([
      { what: 'javascript', where: 'document_open' },
      { what: 'embedded_file', where: 'document', detail: 'a.exe' },
    ]);
    stripActiveContent(doc, scan);
    expect(scanActiveContent(doc).removals).toEqual([]);
  });

  it('redraws text fields when the form asks readers to (/NeedAppearances), so a stale appearance does not hide the value', async () => {
    const doc = await PDFDocument.load(await makeFilledFormPdf(), { updateMetadata: false });
    const field = doc.getForm().getTextField('ansoeger.navn');
    field.acroField.setValue(PDFString.of('Ny værdi efter udfyldning'));
    doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).set(PDFName.of('NeedAppearances'), doc.context.obj(true));
    const source = await PDFDocument.load(await doc.save({ updateFieldAppearances: false }), { updateMetadata: false });
    const target = await PDFDocument.create();
    for (const copy of await copyBilagPages(target, source)) target.addPage(copy);
    const text = squash(execFileSync('pdftotext', ['-', '-'], { input: await target.save(), encoding: 'utf8' }));
    expect(text).toContain('Ny værdi efter udfyldning');
    expect(text).not.toContain(FORM.name);
  });

  it.skipIf(!qpdfAvailable())('draws an appearance with its own /BBox and a rotating /Matrix where a reader draws the widget', async () => {
    const doc = await PDFDocument.load(await makeSamplePdf(1), { updateMetadata: false });
    const ctx = doc.context;
    // A black bar 100 × 20 at (10, 10) in form space, turned 90°: the reader fits the turned box to the Rect.
    const appearance = ctx.register(ctx.stream('0 g 10 10 100 20 re f', { Type: 'XObject', Subtype: 'Form', BBox: [10, 10, 110, 30], Matrix: [0, 1, -1, 0, 0, 0] }));
    const widget = (rect: number[], flags: number, extra: Record<string, unknown> = {}) => ctx.register(ctx.obj({
      Type: 'Annot', Subtype: 'Widget', FT: 'Tx', T: PDFString.of(`felt${rect[0]}`), V: PDFString.of('x'), Rect: rect, F: flags, AP: { N: appearance }, ...extra,
    }));
    const shown = widget([300, 400, 320, 500], 4);
    const hidden = widget([400, 400, 420, 500], 4 | 2);
    const signature = widget([200, 400, 220, 500], 4, { FT: 'Sig' });
    const page = doc.getPage(0);
    page.node.set(PDFName.of('Annots'), ctx.obj([shown, hidden, signature]));
    const reference = renderPage(await doc.save(), 1); // poppler draws the widgets' appearances itself

    const target = await PDFDocument.create();
    for (const copy of await copyBilagPages(target, doc)) target.addPage(copy);
    const bytes = await target.save();
    const flattened = renderPage(bytes, 1);
    expect((await PDFDocument.load(bytes)).getPage(0).node.lookup(PDFName.of('Annots'))).toBeUndefined();
    expect(darkness(reference, 302, 402, 16, 96)).toBeGreaterThan(240);
    expect(darkness(flattened, 302, 402, 16, 96)).toBeGreaterThan(240);
    for (const [x, what] of [[402, 'hidden'], [202, 'signature']] as const) expect(darkness(flattened, x, 402, 16, 96), what).toBeLessThan(5);
    expect(darkness(flattened, 322, 402, 16, 96)).toBeLessThan(5); // nothing beside the Rect
  });
});
