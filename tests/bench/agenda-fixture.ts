/**
 * The bench:agenda meeting: the demo municipality plus a planned Teknik- og Miljøudvalget meeting
 * with 60 items (the committee's standard items and ordinary items with the demo's realistic
 * section texts) and 200 bilag spread over the ordinary items, all made through the API.
 */
import { openDatabase } from '../../electron/store/open-database';
import { createApi, type Api } from '../../electron/services/create-api';
import { createContext } from '../../electron/services/service-context';
import { createDemoData } from '../../electron/services/demo/create-demo';
import { createBenchMeeting } from './bench-meeting';
import { generateDocumentPdf } from '../../electron/export/pdf/generate-document-pdf';

export const AGENDA_ITEMS = 60;
export const AGENDA_BILAG = 200;

export interface AgendaFixture {
  committeeId: number;
  meetingId: number;
  itemIds: number[];
  ordinaryItemIds: number[];
  /** Another meeting (the demo's), open before the sidebar click, so the click really opens the bench meeting. */
  startMeeting: { id: number; committeeId: number; itemCount: number };
}

async function startMeeting(api: Api, benchMeetingId: number): Promise<AgendaFixture['startMeeting']> {
  const other = (await api.invoke('meetings:list', {})).filter((m) => m.id !== benchMeetingId && m.status !== 'cancelled' && m.itemCount > 0);
  const smallest = other.sort((a, b) => a.itemCount - b.itemCount)[0];
  if (!smallest) throw new Error('bench: demodata har intet andet møde med punkter');
  return { id: smallest.id, committeeId: smallest.committeeId, itemCount: smallest.itemCount };
}

const PAGE_COUNTS = [1, 2, 3, 4, 6, 9, 14];

/** One small real PDF per distinct page count; the bilag reuse the bytes (the store dedups blobs). */
async function pdfsByPageCount(): Promise<Map<number, string>> {
  const pdfs = new Map<number, string>();
  for (const pages of PAGE_COUNTS) {
    const bytes = await generateDocumentPdf({
      title: `Notat (${pages} sider)`,
      subtitle: 'Teknik og Miljø, Fjordby Kommune',
      paragraphs: [
        '# Baggrund',
        'Forvaltningen har gennemgået området og beskriver her de forhold, der har betydning for udvalgets behandling af sagen, herunder økonomi, tidsplan og høringssvar.',
        'Der er gennemført dialog med grundejerforeninger, lokalråd og de berørte virksomheder. Bemærkningerne er indarbejdet, hvor det har været muligt.',
      ],
      minPages: pages,
    });
    pdfs.set(pages, Buffer.from(bytes).toString('base64'));
  }
  return pdfs;
}

export async function buildAgendaFixture(dbFile: string): Promise<AgendaFixture> {
  const db = openDatabase(dbFile);
  try {
    const api = createApi(createContext(db, 'bench'), () => {});
    await createDemoData(api);
    return await buildMeeting(api);
  } finally {
    db.close();
  }
}

async function buildMeeting(api: Api): Promise<AgendaFixture> {
  const { committeeId, meetingId, ordinaryItemIds } = await createBenchMeeting(api, AGENDA_ITEMS, (n) => n % 17 === 16);

  const pdfs = await pdfsByPageCount();
  for (let b = 0; b < AGENDA_BILAG; b++) {
    const itemId = ordinaryItemIds[Math.floor((b * ordinaryItemIds.length) / AGENDA_BILAG)]!;
    const pages = PAGE_COUNTS[(b * 5) % PAGE_COUNTS.length]!;
    await api.invoke('attachments:add', {
      itemId,
      fileName: `bilag-${b + 1}.pdf`,
      dataBase64: pdfs.get(pages)!,
      title: `Bilag ${b + 1} – notat om sagen`,
      distribution: 'distributed',
    });
  }

  const detail = await api.invoke('meetings:get', { id: meetingId });
  return {
    committeeId,
    meetingId,
    itemIds: detail.items.map((i) => i.id),
    ordinaryItemIds,
    startMeeting: await startMeeting(api, meetingId),
  };
}

/**
 * The fixture of a database buildAgendaFixture made earlier (bench:agenda -- --db FILE reuses it):
 * the Teknik- og Miljøudvalget meeting with AGENDA_ITEMS items.
 */
export async function readAgendaFixture(dbFile: string): Promise<AgendaFixture> {
  const db = openDatabase(dbFile);
  try {
    const api = createApi(createContext(db, 'bench'), () => {});
    const summary = (await api.invoke('meetings:list', {})).find((m) => m.itemCount === AGENDA_ITEMS);
    if (!summary) throw new Error(`bench: ${dbFile} har intet møde med ${AGENDA_ITEMS} punkter`);
    const detail = await api.invoke('meetings:get', { id: summary.id });
    return {
      committeeId: summary.committeeId,
      meetingId: summary.id,
      itemIds: detail.items.map((i) => i.id),
      ordinaryItemIds: detail.items.filter((i) => i.kind === 'ordinary').map((i) => i.id),
      startMeeting: await startMeeting(api, summary.id),
    };
  } finally {
    db.close();
  }
}
