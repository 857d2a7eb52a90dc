// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportJobStatus } from '../../shared/api/methods/exports';
import { setApiTransport } from '../../renderer/api/api';
import { ExportDialog } from '../../renderer/components/export/ExportDialog';
import { createI18n } from '../../renderer/i18n/i18n';
import { fakeTransport } from './fake-transport';

afterEach(cleanup);

const EMPTY = { itemsAdded: [], itemsRemoved: [], itemsMoved: [], itemsChanged: [], bilagAdded: [], bilagRemoved: [], bilagReplaced: [] };

function renderDialog(statuses: ExportJobStatus[]) {
  let next = 0;
  const fake = fakeTransport({
    'releases:changes': () => ({ previousVersion: 2, ...EMPTY }),
    'exports:start': () => ({ jobId: 'job-0123456789' }),
    'exports:status': () => statuses[Math.min(next++, statuses.length - 1)]!,
    'exports:cancel': () => ({ cancelled: true }),
  });
  setApiTransport(fake.transport);
  let closed = false;
  render(
    <I18nextProvider i18n={createI18n('da')}>
      <ExportDialog meetingId={7} onClose={() => (closed = true)} />
    </I18nextProvider>,
  );
  return { fake, closed: () => closed };
}

describe('export dialog', () => {
  it('starts an export, shows progress and the result', async () => {
    const { fake } = renderDialog([
      { state: 'running', phase: 'render', index: 0 },
      { state: 'running', phase: 'bilag', index: 3, total: 10 },
      { state: 'running', phase: 'finish' },
      { state: 'running', phase: 'sign' },
      { state: 'done', phase: 'finish', result: { version: null, pageCount: 42, bytes: 1_572_864, seconds: 2, fileName: 'Referat Økonomiudvalget 2026-12-02 (offentlig).pdf' } },
    ]);
    expect(screen.getByRole('dialog').getAttribute('aria-modal')).toBe('true');
    expect(await screen.findByText('Ændringer siden version 2')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Referat'));
    fireEvent.click(screen.getByLabelText('Offentlig'));
    fireEvent.click(screen.getByLabelText('PDF/A (arkiv)'));
    fireEvent.click(screen.getByLabelText('Efter hvert punkt'));
    fireEvent.click(screen.getByRole('button', { name: 'Start eksport' }));
    expect(await screen.findByText('Opsætter dokumentet …')).toBeTruthy();
    expect(await screen.findByText('Bilag 3 af 10')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Annuller' })).toBeTruthy();
    expect(await screen.findByText('Afslutter …')).toBeTruthy();
    expect(await screen.findByText('Underskriver …')).toBeTruthy();
    expect(await screen.findByText('Eksporten er færdig.')).toBeTruthy();
    expect(screen.getByTestId('export-facts').textContent).toBe('42 sider · 1,5 MB');
    expect(fake.calls.find((c) => c.method === 'exports:start')?.args).toEqual({ meetingId: 7, document: 'minutes', edition: 'public', format: 'pdf', pdfa: true, bilagAfterItem: true, sign: null });
  });

  it('exports the Word edition with its bilag as a zip: the PDF-only options give way to a note and are not sent', async () => {
    const { fake } = renderDialog([
      { state: 'running', phase: 'render' },
      { state: 'done', phase: 'finish', result: { version: 2, pageCount: null, bytes: 4_300_000, seconds: 1, fileName: 'Dagsorden Økonomiudvalget 2026-12-02 (medlemmer).zip', format: 'docx-zip', bilagCount: 12 } },
    ]);
    fireEvent.click(screen.getByLabelText('PDF/A (arkiv)'));
    fireEvent.click(screen.getByLabelText('Word med bilag (zip-fil)'));
    expect(screen.queryByLabelText('PDF/A (arkiv)')).toBeNull();
    expect(screen.queryByLabelText('Efter hvert punkt')).toBeNull();
    expect(screen.getByTestId('export-word-no-pdf-options').textContent).toBe('PDF/A, bilagenes placering og digital underskrift findes kun for PDF.');
    expect(screen.getByText(/de udsendte bilag som PDF-filer i én zip-fil/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start eksport' }));
    expect(await screen.findByText('Eksporten er færdig.')).toBeTruthy();
    expect(screen.getByTestId('export-facts').textContent).toBe('Word-dokument og 12 bilag i zip-fil · 4,1 MB');
    expect(screen.getByRole('link', { name: 'Hent Dagsorden Økonomiudvalget 2026-12-02 (medlemmer).zip' })).toBeTruthy();
    expect(fake.calls.find((c) => c.method === 'exports:start')?.args).toEqual({ meetingId: 7, document: 'agenda', edition: 'members', format: 'docx-zip', pdfa: false, bilagAfterItem: false, sign: null });
    // Back to PDF: the PDF/A choice made before is still there.
    fireEvent.click(screen.getByLabelText('PDF med bilag'));
    expect((screen.getByLabelText('PDF/A (arkiv)') as HTMLInputElement).checked).toBe(true);
  });

  it('says "Word-dokument" and the version for a .docx', async () => {
    renderDialog([{ state: 'done', phase: 'finish', result: { version: 3, pageCount: null, bytes: 163_000, seconds: 1, fileName: 'Referat.docx', format: 'docx' } }]);
    fireEvent.click(screen.getByLabelText('Word (DOCX)'));
    fireEvent.click(screen.getByRole('button', { name: 'Start eksport' }));
    expect(await screen.findByTestId('export-facts')).toBeTruthy();
    expect(screen.getByTestId('export-facts').textContent).toBe('Word-dokument · 159 kB · version 3');
  });

  it('shows the Danish failure message and cancels on request', async () => {
    const message = 'PDF/A-eksporten er ikke startet, fordi et bilag ikke kan indgå i en PDF/A-fil.';
    const { fake } = renderDialog([
      { state: 'running', phase: 'render' },
      { state: 'failed', phase: 'render', message },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Start eksport' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Annuller' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(fake.calls.some((c) => c.method === 'exports:cancel')).toBe(true);
    expect(screen.getByRole('button', { name: 'Eksportér igen' })).toBeTruthy();
  });

  it('closes on Escape', () => {
    const { closed } = renderDialog([]);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(closed()).toBe(true);
  });
});
