// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Item, Section } from '../../shared/domain/entities';
import { setApiTransport } from '../../renderer/api/api';
import { PointsEditor } from '../../renderer/components/editor/PointsEditor';
import { SaveStatus, useSaveTracker } from '../../renderer/components/editor/save-status';
import { SectionEditor } from '../../renderer/components/editor/SectionEditor';
import { createI18n } from '../../renderer/i18n/i18n';
import { fakeTransport, FakeUserError, type FakeHandlers } from './fake-transport';

function item(extra: Partial<Item> = {}): Item {
  return {
    id: 7, meetingId: 1, number: 3, position: 2, title: 'Erhvervsstrategi', isClosed: false, kind: 'ordinary', publicTitle: null, caseNumber: null, caseTitle: null,
    sections: [], points: [], notices: [], priorDecisions: [], request: null, attachments: [], attendance: [], substitutes: [], decisions: [], publicExtract: null, presenceOverride: null,
    ...extra,
  };
}

const section: Section = { key: 'sagsfremstilling', heading: 'Sagsfremstilling', content: { type: 'doc', content: [] } };

function Harness({ points }: { points?: boolean }) {
  const saves = useSaveTracker();
  return (
    <>
      <SaveStatus states={saves.states} />
      {points ? <PointsEditor itemId={7} points={[]} onSave={saves.report} /> : <SectionEditor itemId={7} section={section} onSave={saves.report} />}
    </>
  );
}

function setup(handlers: FakeHandlers, points = false) {
  const fake = fakeTransport(handlers);
  setApiTransport(fake.transport);
  render(
    <I18nextProvider i18n={createI18n('da')}>
      <Harness points={points} />
    </I18nextProvider>,
  );
  return fake;
}

function editorOf(label: string): Editor {
  const dom = screen.getByRole('textbox', { name: label }) as HTMLElement & { editor?: Editor };
  if (!dom.editor) throw new Error('no editor on the element');
  return dom.editor;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('saving a section', () => {
  it('saves once, at most 500 ms after the first unsaved keystroke, and says "Gemt"', async () => {
    const fake = setup({ 'sections:update': (input) => item({ sections: [{ ...section, content: input.content }] }) });
    const editor = editorOf('Tekst til Sagsfremstilling');
    act(() => {
      editor.commands.insertContent('Ledigheden ');
    });
    await act(() => vi.advanceTimersByTimeAsync(300));
    act(() => {
      editor.commands.insertContent('falder.');
      editor.commands.toggleBold();
    });
    expect(screen.getByRole('status').textContent).toBe('Gemmer …');
    await act(() => vi.advanceTimersByTimeAsync(199));
    expect(fake.calls).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(2));
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]).toEqual({
      method: 'sections:update',
      args: { itemId: 7, key: 'sagsfremstilling', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ledigheden falder.' }] }] } },
    });
    expect(screen.getByRole('status').textContent).toBe('Gemt');
  });

  it('keeps saving while the secretary types without a pause', async () => {
    const fake = setup({ 'sections:update': (input) => item({ sections: [{ ...section, content: input.content }] }) });
    const editor = editorOf('Tekst til Sagsfremstilling');
    for (let key = 0; key < 20; key++) {
      act(() => {
        editor.commands.insertContent('a');
      });
      await act(() => vi.advanceTimersByTimeAsync(100));
    }
    // Two seconds of steady typing, a key every 100 ms: a save at least every half second.
    expect(fake.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('saves at once on blur, and undo is a change that is saved too', async () => {
    const fake = setup({ 'sections:update': () => item() });
    const editor = editorOf('Tekst til Sagsfremstilling');
    act(() => {
      editor.commands.insertContent('Udkast');
    });
    await act(async () => {
      editor.view.dom.dispatchEvent(new FocusEvent('blur'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(fake.calls).toHaveLength(1);
    act(() => {
      editor.commands.undo();
    });
    await act(() => vi.advanceTimersByTimeAsync(700));
    expect(fake.calls).toHaveLength(2);
    expect((fake.calls[1]?.args as { content: unknown }).content).toEqual({ type: 'doc', content: [] });
  });

  it("shows the API's Danish message when a save fails", async () => {
    setup({
      'sections:update': () => {
        throw new FakeUserError('Mødet er afholdt; dagsordenen kan ikke længere ændres.');
      },
    });
    act(() => {
      editorOf('Tekst til Sagsfremstilling').commands.insertContent('x');
    });
    await act(() => vi.advanceTimersByTimeAsync(700));
    expect(screen.getByRole('alert').textContent).toBe('Ændringen blev ikke gemt: Mødet er afholdt; dagsordenen kan ikke længere ændres.');
  });
});

describe('recommendation points', () => {
  it('adds, edits, reorders and removes points, saved through points:set', async () => {
    const fake = setup({ 'points:set': () => item() }, true);
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj indstillingspunkt' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Punkt 1' }), { target: { value: 'planen godkendes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj indstillingspunkt' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Punkt 2' }), { target: { value: 'sagen oversendes' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Beslutningskompetence for punkt 2' }), { target: { value: 'Byrådet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Flyt punkt 2 op' }));
    await act(() => vi.advanceTimersByTimeAsync(700));
    expect(fake.calls).toEqual([
      {
        method: 'points:set',
        args: { itemId: 7, points: [{ text: 'sagen oversendes', decisionAuthority: 'Byrådet' }, { text: 'planen godkendes', decisionAuthority: null }] },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Fjern punkt 1' }));
    await act(() => vi.advanceTimersByTimeAsync(700));
    expect(fake.calls[1]?.args).toEqual({ itemId: 7, points: [{ text: 'planen godkendes', decisionAuthority: null }] });
  });
});
