// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Item } from '../../shared/domain/entities';
import { AgendaList } from '../../renderer/components/meeting/AgendaList';
import { createI18n } from '../../renderer/i18n/i18n';

afterEach(cleanup);

function item(id: number, number: number, title: string, extra: Partial<Item> = {}): Item {
  return {
    id, meetingId: 1, number, position: number - 1, title, isClosed: false, kind: 'ordinary', publicTitle: null, caseNumber: null, caseTitle: null,
    sections: [], points: [], notices: [], priorDecisions: [], request: null, attachments: [], attendance: [], substitutes: [], decisions: [], publicExtract: null, presenceOverride: null,
    ...extra,
  };
}

const items = [
  item(11, 1, 'Godkendelse af dagsorden', { kind: 'agenda_approval' }),
  item(12, 2, 'Meddelelser', { kind: 'announcements' }),
  item(13, 3, 'Beskæftigelsesplan 2027'),
  item(14, 4, 'Køb af ejendommen Havnevej 22', { isClosed: true }),
  item(15, 5, 'Anmodning fra Mads Æbelø Christensen (F)', { kind: 'member_request' }),
  item(16, 6, 'Eventuelt', { kind: 'any_other_business' }),
];

function renderList(openedId: number | null = null) {
  const onOpen = vi.fn();
  const view = render(
    <I18nextProvider i18n={createI18n('da')}>
      <AgendaList items={items} openedId={openedId} onOpen={onOpen} />
    </I18nextProvider>,
  );
  return { onOpen, listbox: screen.getByRole('listbox', { name: 'Dagsordenens punkter' }), ...view };
}

const selectedTitle = () => screen.getAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true')?.querySelector('.agenda-title')?.textContent;

describe('AgendaList keyboard', () => {
  it('moves the selection with Up, Down, Home and End and opens with Enter', () => {
    const { listbox, onOpen } = renderList();
    expect(listbox.tabIndex).toBe(0);
    expect(selectedTitle()).toBe('Godkendelse af dagsorden');

    fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    expect(selectedTitle()).toBe('Beskæftigelsesplan 2027');
    expect(listbox.getAttribute('aria-activedescendant')).toBe('agenda-item-13');
    expect(onOpen).not.toHaveBeenCalled();

    fireEvent.keyDown(listbox, { key: 'Enter' });
    expect(onOpen).toHaveBeenLastCalledWith(13);

    fireEvent.keyDown(listbox, { key: 'End' });
    expect(selectedTitle()).toBe('Eventuelt');
    fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    expect(selectedTitle()).toBe('Eventuelt');

    fireEvent.keyDown(listbox, { key: 'Home' });
    fireEvent.keyDown(listbox, { key: 'ArrowUp' });
    expect(selectedTitle()).toBe('Godkendelse af dagsorden');
    fireEvent.keyDown(listbox, { key: ' ' });
    expect(onOpen).toHaveBeenLastCalledWith(11);
  });

  it('starts at the opened item and marks it as current', () => {
    const { listbox } = renderList(14);
    expect(selectedTitle()).toBe('Køb af ejendommen Havnevej 22');
    expect(screen.getByRole('option', { name: /Havnevej 22/ }).getAttribute('aria-current')).toBe('true');
    fireEvent.keyDown(listbox, { key: 'ArrowUp' });
    expect(selectedTitle()).toBe('Beskæftigelsesplan 2027');
  });

  it('opens an item on click', () => {
    const { onOpen } = renderList();
    fireEvent.click(screen.getByText('Beskæftigelsesplan 2027'));
    expect(onOpen).toHaveBeenCalledWith(13);
  });

  it('marks closed items and special kinds, but does not repeat a title as its kind', () => {
    renderList();
    const closed = screen.getByRole('option', { name: /Havnevej 22/ });
    expect(closed.textContent).toContain('Lukket');
    expect(closed.querySelector('.badge-closed svg')).not.toBeNull();
    expect(screen.getByRole('option', { name: /Anmodning fra/ }).querySelector('.badge-kind')?.textContent).toBe('Anmodning');
    expect(screen.getByRole('option', { name: /Eventuelt/ }).querySelector('.badge-kind')).toBeNull();
  });
});
