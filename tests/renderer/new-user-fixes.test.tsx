// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Editor } from '@tiptap/core';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportJobStatus } from '../../shared/api/methods/exports';
import type { CommitteeDetail, MeetingSummary, Section } from '../../shared/domain/entities';
import { setApiTransport } from '../../renderer/api/api';
import { App } from '../../renderer/components/app/App';
import { SectionEditor } from '../../renderer/components/editor/SectionEditor';
import { ExportDialog } from '../../renderer/components/export/ExportDialog';
import { NoticesEditor } from '../../renderer/components/notices/NoticesEditor';
import { PartySettings } from '../../renderer/components/settings/PartySettings';
import { SectionTemplateSettings } from '../../renderer/components/settings/SectionTemplateSettings';
import { formMessage } from '../../renderer/hooks/use-action';
import { createI18n } from '../../renderer/i18n/i18n';
import { useCommitteeStore } from '../../renderer/stores/committee-store';
import { useOrganisationStore } from '../../renderer/stores/organisation-store';
import { localToday, pickStartMeeting, UI_STORAGE_KEY, useUiStore } from '../../renderer/stores/ui-store';
import { fakeTransport, type FakeHandlers } from './fake-transport';

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

function renderIn(language: 'da' | 'en', ui: React.ReactNode, handlers: FakeHandlers = {}) {
  const fake = fakeTransport(handlers);
  setApiTransport(fake.transport);
  return { fake, ...render(<I18nextProvider i18n={createI18n(language)}>{ui}</I18nextProvider>) };
}

function editorOf(label: string): Editor {
  const dom = screen.getByRole('textbox', { name: label }) as HTMLElement & { editor?: Editor };
  if (!dom.editor) throw new Error('no editor on the element');
  return dom.editor;
}

/** Every element Tab stops at inside root (tabIndex ≥ 0, not disabled), in DOM order. */
function tabStops(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]')].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[hidden]'),
  );
}

const sections: Section[] = ['Resume', 'Indstilling', 'Sagsfremstilling'].map((heading) => ({ key: heading.toLowerCase(), heading, content: doc(`${heading}s tekst`) }));

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('toolbars: one tab stop each, arrow keys inside (g), letters from the language (i)', () => {
  it('gives three section editors three toolbar tab stops, not one per button', () => {
    const { container } = renderIn(
      'da',
      <>
        {sections.map((s) => (
          <SectionEditor key={s.key} itemId={7} section={s} onSave={() => undefined} />
        ))}
      </>,
    );
    const toolbars = screen.getAllByRole('toolbar');
    expect(toolbars).toHaveLength(3);
    for (const bar of toolbars) expect(tabStops(bar)).toHaveLength(1);
    // Three texts and three bars: six stops in all.
    expect(tabStops(container)).toHaveLength(6);
  });

  it('goes from the text to its bar with Tab, moves with the arrows, Home and End, and makes the text bold with Enter', async () => {
    // jsdom lays nothing out; ProseMirror asks for rectangles when it scrolls the selection into view.
    const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
    vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(noRects);
    if (!('getClientRects' in Range.prototype)) Object.assign(Range.prototype, { getClientRects: noRects, getBoundingClientRect: () => new DOMRect() });
    const user = userEvent.setup();
    renderIn('da', <SectionEditor itemId={7} section={sections[0]!} onSave={() => undefined} />, {
      'sections:update': () => {
        throw new Error('not saved in this test');
      },
    });
    const bar = screen.getByRole('toolbar', { name: 'Formatering af Resume' });
    const text = screen.getByRole('textbox', { name: 'Tekst til Resume' });
    act(() => text.focus());
    expect(document.activeElement).toBe(text);

    // The text comes first in the tab order; the bar (drawn above it) is the next stop.
    await user.tab();
    expect(document.activeElement).toBe(within(bar).getByRole('button', { name: 'Overskrift (Ctrl+Alt+1, 2 eller 3)' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(within(bar).getByRole('button', { name: 'Fed (Ctrl+B)' }));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(within(bar).getByRole('button', { name: 'Link' }));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(within(bar).getByRole('button', { name: 'Overskrift (Ctrl+Alt+1, 2 eller 3)' }));
    await user.keyboard('{ArrowLeft}');
    // ArrowLeft wraps round to the last enabled button.
    expect(document.activeElement).toBe(within(bar).getByRole('button', { name: 'Link' }));
    // Only the current button is in the tab order.
    expect(tabStops(bar).map((b) => b.getAttribute('aria-label'))).toEqual(['Link']);

    act(() => {
      editorOf('Tekst til Resume').commands.selectAll();
    });
    await user.keyboard('{ArrowRight}'); // Link → Overskrift (round the end)
    await user.keyboard('{ArrowRight}'); // → Fed
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Fed (Ctrl+B)');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(text.querySelector('strong')?.textContent).toBe('Resumes tekst'));
    expect(within(bar).getByRole('button', { name: 'Fed (Ctrl+B)' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows B, I and U in English and F, K and U in Danish', () => {
    renderIn('en', <SectionEditor itemId={7} section={sections[0]!} onSave={() => undefined} />);
    const letters = (name: RegExp) => screen.getByRole('button', { name }).textContent;
    expect([letters(/^Bold/), letters(/^Italic/), letters(/^Underline/)]).toEqual(['B', 'I', 'U']);
    cleanup();
    renderIn('da', <SectionEditor itemId={7} section={sections[0]!} onSave={() => undefined} />);
    expect([letters(/^Fed/), letters(/^Kursiv/), letters(/^Understreget/)]).toEqual(['F', 'K', 'U']);
  });
});

describe('a notice (f)', () => {
  it('goes from its title straight into its text with Tab, and its compact bar has no heading or table button', async () => {
    const user = userEvent.setup();
    renderIn('da', <NoticesEditor itemId={12} notices={[{ id: 1, title: 'Nyt om vejarbejdet', content: doc('Vejen åbner igen 1. marts.') }]} onSave={() => undefined} />, {
      'notices:set': () => {
        throw new Error('not saved in this test');
      },
    });
    const title = screen.getByRole('textbox', { name: 'Titel på meddelelse 1' });
    title.focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Tekst til meddelelse 1' }));
    const bar = screen.getByRole('toolbar', { name: 'Formatering af Tekst til meddelelse 1' });
    expect(within(bar).queryByRole('button', { name: /^Overskrift/ })).toBeNull();
    expect(within(bar).queryByRole('button', { name: 'Indsæt tabel' })).toBeNull();
    await user.tab();
    expect(bar.contains(document.activeElement)).toBe(true);
  });
});

describe('an error is shown once (e)', () => {
  const validation = {
    code: 'invalid_input',
    message: 'Ugyldige oplysninger – letter: Partibogstavet må ikke være tomt; id: Ukendt id',
    issues: [
      { path: ['letter'], message: 'Partibogstavet må ikke være tomt' },
      { path: ['id'], message: 'Ukendt id' },
    ],
  };

  it('leaves an issue to its field and says in the form only what no field shows', () => {
    expect(formMessage(validation, ['letter', 'name'])).toBe('Ukendt id');
    expect(formMessage(validation, ['letter', 'id'])).toBeNull();
    expect(formMessage({ ...validation, issues: [{ path: ['sections', 2, 'heading'], message: 'Overskriften må ikke være tom' }] }, ['sections.*.heading'])).toBeNull();
    // A form that names no fields, or an error without issues: the whole message, as before.
    expect(formMessage(validation, undefined)).toBe('Ugyldige oplysninger – Partibogstavet må ikke være tomt; Ukendt id');
    expect(formMessage({ code: 'taken', message: 'Partibogstavet A bruges allerede.' }, ['letter'])).toBe('Partibogstavet A bruges allerede.');
  });

  it('shows a party form’s validation message at the field and nowhere else', async () => {
    useOrganisationStore.setState({ loaded: true, parties: [], people: [] });
    renderIn('da', <PartySettings />);
    const form = screen.getByRole('form', { name: 'Tilføj parti' });
    fireEvent.change(screen.getByLabelText('Bogstav'), { target: { value: 'Å' } });
    fireEvent.change(screen.getByLabelText('Navn'), { target: { value: '   ' } });
    fireEvent.submit(form);
    const name = screen.getByLabelText('Navn');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getAllByText(/Partiets navn må ikke være tom/)).toHaveLength(1);
    expect(within(form).queryByRole('alert')).toBeNull();
  });
});

describe('the section template (h)', () => {
  it('shows headings only and makes a new section’s key from its heading, out of sight', async () => {
    const detail: CommitteeDetail = {
      id: 1, name: 'Økonomiudvalget', kind: 'standing', defaultPlace: null, defaultStartTime: null, archived: false,
      memberships: [], standardItems: [],
      sections: [
        { key: 'resume', heading: 'Resume' },
        { key: 'oekonomi', heading: 'Økonomi' },
        { key: 'hoering', heading: 'Høring' },
      ],
    } as unknown as CommitteeDetail;
    let saved: unknown = null;
    useCommitteeStore.setState({ loaded: true, committees: [detail], details: { 1: detail }, meetings: { 1: [] } });
    useUiStore.setState({ settingsCommitteeId: 1 });
    renderIn('da', <SectionTemplateSettings />, {
      'committees:get': () => structuredClone(detail),
      'committees:setSectionTemplate': (input) => {
        saved = input;
        return { ...structuredClone(detail), sections: input.sections };
      },
    });
    await screen.findByDisplayValue('Økonomi');
    const page = document.body.textContent ?? '';
    for (const key of ['resume', 'oekonomi', 'hoering']) expect(page).not.toContain(key);
    expect(screen.queryByLabelText('Nøgle')).toBeNull();

    fireEvent.change(screen.getByLabelText('Overskrift', { exact: true }), { target: { value: 'Økonomi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj afsnit' }));
    expect(await screen.findByText('Afsnittet "Økonomi" findes allerede i skabelonen.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Overskrift', { exact: true }), { target: { value: 'Oekonomi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj afsnit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gem skabelon' }));
    await waitFor(() => expect(saved).not.toBeNull());
    expect((saved as { sections: { key: string; heading: string }[] }).sections.at(-1)).toEqual({ key: 'oekonomi_2', heading: 'Oekonomi' });
    expect(document.body.textContent).not.toContain('oekonomi');
  });
});

describe('the export dialog (j, k)', () => {
  const done: ExportJobStatus = {
    state: 'done', phase: 'finish',
    result: { version: null, pageCount: 12, bytes: 200_000, seconds: 1, fileName: 'Dagsorden Økonomiudvalget 2026-12-02 (medlemmer).pdf' },
  };

  const certificate = {
    id: 3, label: 'Sekretariatet', subject: 'Sekretariatet (Fjordby Kommune)', issuer: 'Test-CA', notBefore: '2026-01-01T00:00:00Z', notAfter: '2027-01-01T00:00:00Z', passwordStored: true,
  };

  function renderDialog(certificates: (typeof certificate)[] = []) {
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
    const { fake } = renderIn('da', <ExportDialog meetingId={7} onClose={() => undefined} />, {
      'releases:changes': () => null,
      'certificates:list': () => certificates,
      'exports:start': () => ({ jobId: 'job-0123456789' }),
      'exports:status': () => done,
    });
    return { fake, clicked };
  }

  it('downloads the finished PDF by itself after the one click on Start eksport (browser mode)', async () => {
    const { clicked } = renderDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Start eksport' }));
    await screen.findByText('Eksporten er færdig.');
    await waitFor(() => expect(clicked).toEqual([{ href: './exports/job-0123456789', download: 'Dagsorden Økonomiudvalget 2026-12-02 (medlemmer).pdf' }]));
    // The link stays for another copy.
    expect(screen.getByRole('link', { name: /^Hent Dagsorden Økonomiudvalget/ }).getAttribute('href')).toBe('./exports/job-0123456789');
  });

  for (const [option, change] of [
    ['the document', () => fireEvent.click(screen.getByLabelText('Referat'))],
    ['the edition', () => fireEvent.click(screen.getByLabelText('Offentlig'))],
    ['PDF/A', () => fireEvent.click(screen.getByLabelText('PDF/A (arkiv)'))],
    ['the bilag placement', () => fireEvent.click(screen.getByLabelText('Efter hvert punkt'))],
  ] as const) {
    it(`takes the last result away when ${option} changes`, async () => {
      renderDialog();
      fireEvent.click(screen.getByRole('button', { name: 'Start eksport' }));
      await screen.findByText('Eksporten er færdig.');
      change();
      expect(screen.queryByText('Eksporten er færdig.')).toBeNull();
      expect(screen.queryByRole('link', { name: /^Hent/ })).toBeNull();
      expect(screen.getByRole('button', { name: 'Start eksport' })).toBeTruthy();
    });
  }

  it('takes the last result away when the signing changes', async () => {
    renderDialog([certificate]);
    const select = await screen.findByRole('combobox');
    fireEvent.click(screen.getByRole('button', { name: 'Start eksport' }));
    await screen.findByText('Eksporten er færdig.');
    fireEvent.change(select, { target: { value: '3' } });
    expect(screen.queryByText('Eksporten er færdig.')).toBeNull();
  });
});

describe('the first start (o)', () => {
  const summary = (id: number, committeeId: number, date: string, status: MeetingSummary['status'] = 'planned'): MeetingSummary => ({
    id, committeeId, committeeName: `Udvalg ${committeeId}`, date, startTime: '16:00', endTime: null, place: null, kind: 'ordinary', status,
    itemCount: 0, cancelReason: null, agendaVersion: null,
  });

  it('picks the nearest meeting on or after today, else the latest, and a cancelled one only when there is no other', () => {
    const meetings = [summary(1, 1, '2026-10-27', 'held'), summary(2, 2, '2026-12-02'), summary(3, 1, '2026-12-09', 'cancelled'), summary(4, 2, '2027-01-13')];
    expect(pickStartMeeting(meetings, '2026-11-22')?.id).toBe(2);
    expect(pickStartMeeting(meetings, '2026-12-02')?.id).toBe(2);
    expect(pickStartMeeting(meetings, '2026-12-03')?.id).toBe(4);
    expect(pickStartMeeting(meetings, '2027-06-01')?.id).toBe(4);
    expect(pickStartMeeting([summary(3, 1, '2026-12-09', 'cancelled')], '2026-12-01')?.id).toBe(3);
    expect(pickStartMeeting([], '2026-12-01')).toBeNull();
    expect(localToday(new Date(2026, 11, 2, 0, 30))).toBe('2026-12-02');
  });

  function renderApp(meetings: MeetingSummary[]) {
    useCommitteeStore.setState({ loaded: false, committees: [], details: {}, meetings: {} });
    useOrganisationStore.setState({ loaded: false });
    return renderIn('da', <App />, {
      'municipality:get': () => ({ name: 'Fjordby Kommune', logoDataUrl: null }) as never,
      'parties:list': () => [],
      'people:list': () => [],
      'committees:list': () => [1, 2].map((id) => ({ id, name: `Udvalg ${id}`, kind: 'standing', defaultPlace: null, defaultStartTime: null, archived: false }) as never),
      'meetings:list': () => meetings,
    });
  }

  it('opens the next upcoming meeting when nothing is remembered', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 0));
    try {
      renderApp([summary(1, 1, '2026-10-27', 'held'), summary(2, 2, '2026-12-02'), summary(4, 2, '2027-01-13')]);
      expect(localStorage.getItem(UI_STORAGE_KEY)).toBeNull();
      useUiStore.setState({ view: 'meeting', committeeId: null, meetingId: null, itemId: null });
      await waitFor(() => expect(useUiStore.getState().meetingId).toBe(2));
      expect(useUiStore.getState().committeeId).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the meeting remembered from the last session', async () => {
    useUiStore.setState({ view: 'meeting', committeeId: 1, meetingId: 1, itemId: null });
    renderApp([summary(1, 1, '2026-10-27', 'held'), summary(2, 2, '2026-12-02')]);
    await waitFor(() => expect(useCommitteeStore.getState().loaded).toBe(true));
    await act(async () => undefined);
    expect(useUiStore.getState().meetingId).toBe(1);
  });
});
