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
  };
}
