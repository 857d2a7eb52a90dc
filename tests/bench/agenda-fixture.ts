/**
 * The bench:agenda meeting: the demo municipality plus a planned Teknik- og Miljøudvalget meeting
 * with 60 items (the committee's standard items and ordinary items with the demo's realistic
 * section texts) and 200 bilag spread over the ordinary items, all made through the API.
 */
import { openDatabase } from '../../electron/store/open-database';
import { createApi, type Api } from '../../electron/services/create-api';
import { createContext } from '../../electron/services/service-context';
import { createDemoData } from '../../electron/services/demo/create-demo';
import { demoCalendar } from '../../electron/services/demo/demo-calendar';
import { TEKNIKUDVALGET } from '../../electron/services/demo/demo-committees';
import type { DemoItem, SectionKey } from '../../electron/services/demo/demo-item';
import {
  budgetopfoelgningSamletItem,
  daginstitutionItem,
  havnevejItem,
  itDriftItem,
  laaneoptagelseItem,
  moedeplanItem,
} from '../../electron/services/demo/demo-items-oekonomi';
import { beskaeftigelsesplanItem, havnefestivalItem, sygedagpengeItem, udbudItem } from '../../electron/services/demo/demo-items-erhverv';
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
  const c = demoCalendar();
  const committee = (await api.invoke('committees:list', {})).find((x) => x.name === TEKNIKUDVALGET);
  if (!committee) throw new Error(`bench: ${TEKNIKUDVALGET} mangler i demodata`);
  const meeting = await api.invoke('meetings:create', { committeeId: committee.id, date: c.upcomingDate, startTime: '15:00', place: 'Mødelokale 2' });
  const templates: DemoItem[] = [
    budgetopfoelgningSamletItem(c),
    daginstitutionItem(c),
    laaneoptagelseItem(c),
    itDriftItem(c),
    moedeplanItem(c),
    havnevejItem(c),
    beskaeftigelsesplanItem(c),
    udbudItem(c),
    havnefestivalItem(c),
    sygedagpengeItem(c),
  ];
  const ordinaryCount = AGENDA_ITEMS - meeting.items.length;
  const ordinaryItemIds: number[] = [];
  for (let n = 0; n < ordinaryCount; n++) {
    const template = templates[n % templates.length]!;
    // Created before "Eventuelt", as the app does; case numbers kept unique so no prior decisions are copied.
    let item = await api.invoke('items:create', {
      meetingId: meeting.id,
      title: `${template.title} (${n + 1})`,
      kind: 'ordinary',
      isClosed: n % 17 === 16,
      caseNumber: `${c.casePrefix}.${String(n).padStart(2, '0')}.00-P20-${n + 1}-${c.casePrefix}`,
    });
    for (const section of item.sections) {
      const content = template.sections[section.key as SectionKey];
      if (content) item = await api.invoke('sections:update', { itemId: item.id, key: section.key, content });
    }
    if (template.points) await api.invoke('points:set', { itemId: item.id, points: template.points });
    ordinaryItemIds.push(item.id);
  }

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

  const detail = await api.invoke('meetings:get', { id: meeting.id });
  return {
    committeeId: committee.id,
    meetingId: meeting.id,
    itemIds: detail.items.map((i) => i.id),
    ordinaryItemIds,
  };
}
