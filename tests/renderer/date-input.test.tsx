// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { PLAUSIBLE_YEARS, hasPlausibleYear } from '../../shared/format/plausible-year';
import { setApiTransport } from '../../renderer/api/api';
import { DateField } from '../../renderer/components/common/DateTimeFields';
import { AddItemForm } from '../../renderer/components/meeting/AddItemForm';
import { parseDanishDate } from '../../renderer/format/parse-input';
import { createI18n } from '../../renderer/i18n/i18n';
import { useMeetingStore } from '../../renderer/stores/meeting-store';
import { meetingServer } from './meeting-server';

afterEach(cleanup);

const ONE_MESSAGE = 'Skriv datoen som DD-MM-ÅÅÅÅ med et år fra 1900 til 2100, f.eks. 03-12-2026.';

describe('dates typed the Danish way', () => {
  it('refuses an implausible year instead of reading 0001 as 2001 or taking 9999', () => {
    expect(PLAUSIBLE_YEARS).toEqual({ min: 1900, max: 2100 });
    expect(parseDanishDate('01-01-0001')).toBeNull();
    expect(parseDanishDate('01-01-9999')).toBeNull();
    expect(parseDanishDate('0001-01-01')).toBeNull();
    expect(parseDanishDate('31-12-1899')).toBeNull();
    expect(parseDanishDate('1-1-1900')).toBe('1900-01-01');
    expect(parseDanishDate('31. december 2100')).toBe('2100-12-31');
    expect(parseDanishDate('3-12-26')).toBe('2026-12-03');
    expect(hasPlausibleYear('2026-12-03')).toBe(true);
    expect(hasPlausibleYear('9999-01-01')).toBe(false);
  });

  function Harness({ error }: { error?: string }) {
    const [value, setValue] = useState('');
    return (
      <I18nextProvider i18n={createI18n('da')}>
        <DateField id="d" label="Dato" value={value} onChange={setValue} error={error} />
        <output data-testid="value">{value}</output>
      </I18nextProvider>
    );
  }

  for (const typed of ['01-01-0001', '01-01-9999']) {
    it(`says once what form it expects when "${typed}" is left in the field`, () => {
      render(<Harness />);
      const input = screen.getByLabelText('Dato');
      fireEvent.change(input, { target: { value: typed } });
      fireEvent.blur(input);
      const field = input.closest('.field')!;
      expect(field.querySelector('.field-error')?.textContent).toBe(ONE_MESSAGE);
      // The hint and the placeholder would say the form again: they step aside.
      expect(field.textContent?.split('DD-MM-ÅÅÅÅ')).toHaveLength(2);
      expect(input.getAttribute('placeholder')).toBeNull();
      expect(input.getAttribute('aria-describedby')).toBe('d-error');
      expect(input.getAttribute('aria-invalid')).toBe('true');
      // What goes to the API is the text, for it to refuse; never a date made up from it.
      expect(screen.getByTestId('value').textContent).toBe(typed);
    });
  }

  it("words the API's refusal of a missing or unreadable date the Danish way, once", () => {
    render(<Harness error="Datoen skal skrives ÅÅÅÅ-MM-DD" />);
    const field = screen.getByLabelText('Dato').closest('.field')!;
    expect(field.textContent).not.toContain('ÅÅÅÅ-MM-DD');
    expect(field.querySelector('.field-error')?.textContent).toBe(ONE_MESSAGE);
    expect(field.querySelectorAll('.field-hint')).toHaveLength(0);
  });

  it('asks for the date of a member’s request in a Danish date field, not a native date input', async () => {
    const server = meetingServer([]);
    setApiTransport(server.fake.transport);
    useMeetingStore.setState({ meeting: structuredClone(server.meeting), loadingId: null, loadError: null });
    const members = [{ id: 1, committeeId: 1, personId: 7, personName: 'Karsten Lomholt', partyLetter: 'C', role: 'medlem' as const, hasVote: true, fromDate: '2026-01-01', toDate: null }];
    render(
      <I18nextProvider i18n={createI18n('da')}>
        <AddItemForm meetingId={1} atIndex={0} members={members} onDone={() => undefined} />
      </I18nextProvider>,
    );
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'member_request' } });
    expect(document.querySelector('input[type="date"]')).toBeNull();
    const date = screen.getByLabelText('Anmodet den') as HTMLInputElement;
    expect(date.type).toBe('text');
    fireEvent.change(date, { target: { value: '5-11-2026' } });
    fireEvent.change(screen.getByLabelText('Punktets titel'), { target: { value: 'Anmodning om trafiksikring af Skolevej' } });
    fireEvent.change(screen.getByLabelText('Hvem anmoder'), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('Anmodningens tekst'), { target: { value: 'Jeg ønsker sagen optaget.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj' }));
    await waitFor(() => expect(server.fake.calls.some((c) => c.method === 'items:create')).toBe(true));
    expect(server.fake.calls.find((c) => c.method === 'items:create')?.args).toMatchObject({ request: { personId: 7, requestedOn: '2026-11-05', text: 'Jeg ønsker sagen optaget.' } });
  });
});

describe('the member’s request date in the new-item form', () => {
  it('refuses an implausible year at the field alone, not again in a banner', async () => {
    const server = meetingServer([]);
    setApiTransport(server.fake.transport);
    useMeetingStore.setState({ meeting: structuredClone(server.meeting), loadingId: null, loadError: null });
    const members = [{ id: 1, committeeId: 1, personId: 7, personName: 'Karsten Lomholt', partyLetter: 'C', role: 'medlem' as const, hasVote: true, fromDate: '2026-01-01', toDate: null }];
    render(
      <I18nextProvider i18n={createI18n('da')}>
        <AddItemForm meetingId={1} atIndex={0} members={members} onDone={() => undefined} />
      </I18nextProvider>,
    );
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'member_request' } });
    fireEvent.change(screen.getByLabelText('Punktets titel'), { target: { value: 'Anmodning om trafiksikring af Skolevej' } });
    fireEvent.change(screen.getByLabelText('Hvem anmoder'), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('Anmodningens tekst'), { target: { value: 'Jeg ønsker sagen optaget.' } });
    fireEvent.change(screen.getByLabelText('Anmodet den'), { target: { value: '01-01-9999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj' }));
    expect(await screen.findByText(ONE_MESSAGE)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(server.meeting.items).toHaveLength(0);
  });
});
