// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { DagsordenBridge } from '../../shared/api/bridge';
import type { ExportJobStatus } from '../../shared/api/methods/exports';
import type { ChangeReport } from '../../shared/api/methods/releases';
import { setApiTransport } from '../../renderer/api/api';
import { ExportDialog } from '../../renderer/components/export/ExportDialog';
import { createI18n } from '../../renderer/i18n/i18n';
import { fakeTransport } from './fake-transport';

afterEach(() => {
  cleanup();
  delete (window as { dagsorden?: DagsordenBridge }).dagsorden;
});

const EMPTY = { itemsAdded: [], itemsRemoved: [], itemsMoved: [], itemsChanged: [], bilagAdded: [], bilagRemoved: [], bilagReplaced: [] };
const item = (number: number, title: string, closed = false) => ({ id: number * 10, number, title, closed });

/** One of everything, as the PDF's change page would list it. */
const REPORT: ChangeReport = {
  previousVersion: 2,
  itemsAdded: [item(4, 'Nyt busstoppested')],
  itemsRemoved: [item(6, 'Orientering om vejarbejde')],
  itemsMoved: [{ ...item(3, 'Budget 2027'), previousNumber: 5 }],
  itemsChanged: [
    { ...item(2, 'Skolestruktur'), previousTitle: 'Skolestruktur (udkast)', previouslyClosed: false, changes: ['title', 'sections', 'points'] },
    { ...item(7, 'Personalesag', true), previousTitle: 'Personalesag', previouslyClosed: true, changes: ['sections'] },
  ],
  bilagAdded: [{ item: item(2, 'Skolestruktur'), title: 'Høringssvar', closed: false }],
  bilagRemoved: [{ item: item(3, 'Budget 2027'), title: 'Gammelt notat', closed: false }],
  bilagReplaced: [
    { item: item(3, 'Budget 2027'), title: 'Budgetnotat', closed: false },
    { item: item(3, 'Budget 2027'), title: 'Fortroligt bilag', closed: true },
  ],
};

const DONE: ExportJobStatus = {
  state: 'done',
  phase: 'finish',
  result: { version: 3, pageCount: 12, bytes: 300_000, seconds: 1, fileName: 'Dagsorden Teknik- og Miljøudvalget 2026-12-02 (medlemmer).pdf', changes: REPORT },
};

function renderDialog(options: { bridge?: Partial<DagsordenBridge['dialogs']>; changes?: () => ChangeReport | null; language?: 'da' | 'en' } = {}) {
  const fake = fakeTransport({
    'releases:changes': options.changes ?? (() => REPORT),
    'exports:start': () => ({ jobId: 'job-0123456789' }),
    'exports:status': () => DONE,
  });
  setApiTransport(fake.transport);
  if (options.bridge) {
    (window as { dagsorden?: unknown }).dagsorden = {
      invoke: () => Promise.reject(new Error('not used')),
      on: () => () => {},
      dialogs: { openFiles: async () => [], confirm: async () => true, ...options.bridge },
    };
  }
  render(
    <I18nextProvider i18n={createI18n(options.language ?? 'da')}>
      <ExportDialog meetingId={7} onClose={() => {}} />
    </I18nextProvider>,
  );
  return fake;
}

const lines = (container: HTMLElement) => [...container.querySelectorAll('li')].map((li) => li.textContent);

describe('export dialog: the change list', () => {
  it('lists the changes since the previous release in Danish, grouped as on the PDF page', async () => {
    renderDialog();
    const changes = screen.getByTestId('export-changes');
    expect(await within(changes).findByText('Ændringer siden version 2')).toBeTruthy();
    expect([...changes.querySelectorAll('h4')].map((h) => h.textContent)).toEqual([
      'Punkter tilføjet', 'Punkter fjernet', 'Punkter flyttet', 'Punkter ændret', 'Bilag tilføjet', 'Bilag fjernet', 'Bilag erstattet',
    ]);
    expect(lines(changes)).toEqual([
      'Punkt 4 »Nyt busstoppested« er tilføjet.',
      'Punkt »Orientering om vejarbejde« (tidligere punkt 6) er fjernet.',
      'Punkt »Budget 2027« er flyttet fra punkt 5 til punkt 3.',
      'Punkt 2 »Skolestruktur«: titlen er ændret (tidligere »Skolestruktur (udkast)«), teksten er ændret, indstillingen er ændret.',
      'Punkt 7 »Personalesag«: teksten er ændret.',
      'Punkt 2 »Skolestruktur«: bilaget »Høringssvar« er tilføjet.',
      'Punkt 3 »Budget 2027«: bilaget »Gammelt notat« er fjernet.',
      'Punkt 3 »Budget 2027«: bilaget »Budgetnotat« er erstattet af en ny udgave.',
      'Punkt 3 »Budget 2027«: bilaget »Fortroligt bilag« er erstattet af en ny udgave.',
    ]);
    expect(within(changes).getByText('9 ændringer i punkter og bilag.')).toBeTruthy();
  });

  it('never names a closed item in the public edition and leaves closed bilag out', async () => {
    renderDialog();
    fireEvent.click(screen.getByLabelText('Offentlig'));
    const changes = screen.getByTestId('export-changes');
    expect(await within(changes).findByText('Punkt 4 »Nyt busstoppested« er tilføjet.')).toBeTruthy();
    expect(lines(changes)).toContain('Et lukket punkt er ændret.');
    expect(changes.textContent).not.toContain('Personalesag');
    expect(changes.textContent).not.toContain('Fortroligt bilag');
  });

  it('says so when nothing changed, and when it is the first release', async () => {
    renderDialog({ changes: () => ({ previousVersion: 4, ...EMPTY }) });
    expect(await screen.findByText('Intet er ændret siden sidste udgivelse.')).toBeTruthy();
    cleanup();
    renderDialog({ changes: () => null });
    expect(await screen.findByText('Første udgivelse af dette dokument.')).toBeTruthy();
  });

  it('shows after the export what the new version changed', async () => {
    renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Start eksport' }));
    const released = await screen.findByTestId('export-release-changes');
    expect(within(released).getByRole('heading', { name: 'Version 3 indeholder disse ændringer siden version 2:' })).toBeTruthy();
    expect(lines(released)).toContain('Punkt »Budget 2027« er flyttet fra punkt 5 til punkt 3.');
  });

  it('shows the lines of the PDF page, grouped, under English headings in the English UI', async () => {
    renderDialog({ language: 'en', changes: () => ({ ...REPORT, itemsChanged: [{ ...item(1, 'A'), previousTitle: 'A', previouslyClosed: true, changes: ['closed'] }] }) });
    const group = await screen.findByRole('heading', { name: 'Items changed' });
    expect(group.parentElement?.textContent).toContain('Punkt 1 »A«: punktet er nu åbent.');
  });
});

describe('export dialog: "Gem som …" in the desktop app', () => {
  it('shows "Gem som …" instead of the download link, saves through the bridge and shows where', async () => {
    const asked: { jobId: string }[] = [];
    renderDialog({ bridge: { saveExport: async (o) => (asked.push(o), '/home/sekretær/Dokumenter/Dagsorden TMU.pdf') } });
    fireEvent.click(screen.getByRole('button', { name: 'Start eksport' }));
    const save = await screen.findByRole('button', { name: 'Gem som …' });
    expect(screen.queryByRole('link', { name: /^Hent / })).toBeNull();
    fireEvent.click(save);
    expect((await screen.findByTestId('export-saved')).textContent).toBe('Gemt i /home/sekretær/Dokumenter/Dagsorden TMU.pdf');
    expect(asked).toEqual([{ jobId: 'job-0123456789' }]);
  });

  it('shows nothing new when the dialog is cancelled, and the Danish reason when saving fails', async () => {
    let answer: () => Promise<string | null> = async () => null;
    renderDialog({ bridge: { saveExport: () => answer() } });
    fireEvent.click(screen.getByRole('button', { name: 'Start eksport' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Gem som …' }));
    await screen.findByRole('button', { name: 'Gem som …' });
    expect(screen.queryByTestId('export-saved')).toBeNull();
    expect(screen.queryByRole('alert')?.textContent ?? '').toBe('');

    answer = () => Promise.reject(new Error('Filen kunne ikke gemmes i /mnt/usb/Dagsorden.pdf: drevet er skrivebeskyttet.'));
    fireEvent.click(screen.getByRole('button', { name: 'Gem som …' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Filen kunne ikke gemmes i /mnt/usb/Dagsorden.pdf: drevet er skrivebeskyttet.');
    expect(screen.queryByTestId('export-saved')).toBeNull();
  });

  it('keeps the download link in browser mode (no bridge)', async () => {
    renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Start eksport' }));
    const link = await screen.findByRole('link', { name: 'Hent Dagsorden Teknik- og Miljøudvalget 2026-12-02 (medlemmer).pdf' });
    expect(link.getAttribute('href')).toBe('./exports/job-0123456789');
    expect(screen.queryByRole('button', { name: 'Gem som …' })).toBeNull();
  });
});
