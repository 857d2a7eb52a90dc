// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HouseStyle } from '../../shared/domain/entities';
import { setApiTransport } from '../../renderer/api/api';
import { MunicipalitySettings } from '../../renderer/components/settings/MunicipalitySettings';
import { createI18n } from '../../renderer/i18n/i18n';
import { useHouseStyleStore } from '../../renderer/stores/house-style-store';
import { fakeTransport, type FakeTransport } from './fake-transport';
import { renderMeeting } from './meeting-server';
import { BUDGET, conductServer, openConduct } from './meeting-screen-fixture';

afterEach(cleanup);

let style: HouseStyle;
let fake: FakeTransport;
beforeEach(() => {
  style = { recommendationLead: 'Forvaltningen foreslår, at', decisionHeadingColon: true };
  fake = fakeTransport({
    'houseStyle:get': () => ({ ...style }),
    'houseStyle:update': (input) => Object.assign(style, input),
  });
  setApiTransport(fake.transport);
  useHouseStyleStore.setState({ style: null });
});

describe('Indstillinger › Kommune › Husstil', () => {
  it('sets Indstilling’s lead and the decision heading’s colon, with the heading shown as the minutes print it', async () => {
    render(
      <I18nextProvider i18n={createI18n('da')}>
        <MunicipalitySettings />
      </I18nextProvider>,
    );
    const form = await screen.findByRole('form', { name: 'Husstil' });
    const lead = within(form).getByRole('textbox', { name: 'Indstillingens indledning' });
    expect((lead as HTMLInputElement).value).toBe('Forvaltningen foreslår, at');
    expect(within(form).getByText('Sådan ser overskriften ud: Økonomiudvalget den 24. januar 2012:')).toBeTruthy();
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Kolon efter beslutningens overskrift' }));
    expect(within(form).getByText('Sådan ser overskriften ud: Økonomiudvalget den 24. januar 2012')).toBeTruthy();
    fireEvent.change(lead, { target: { value: 'Direktionen indstiller, at' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'houseStyle:update').map((c) => c.args)).toEqual([
      { recommendationLead: 'Direktionen indstiller, at', decisionHeadingColon: false },
    ]));
    expect(await within(form).findByText('Gemt.')).toBeTruthy();
    expect(useHouseStyleStore.getState().style).toEqual({ recommendationLead: 'Direktionen indstiller, at', decisionHeadingColon: false });
  });

  it('an empty lead is refused at its field with the API’s message', async () => {
    render(
      <I18nextProvider i18n={createI18n('da')}>
        <MunicipalitySettings />
      </I18nextProvider>,
    );
    const form = await screen.findByRole('form', { name: 'Husstil' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Indstillingens indledning' }), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Gem' }));
    expect(await within(form).findByText(/Indstillingens indledning/, { selector: '.field-error' })).toBeTruthy();
  });

  it('the meeting screen’s preview prints the heading by the house style', async () => {
    const server = conductServer();
    await openConduct(server, BUDGET);
    await useHouseStyleStore.getState().update({ recommendationLead: 'Forvaltningen foreslår, at', decisionHeadingColon: false });
    renderMeeting();
    fireEvent.click(within(await screen.findByRole('region', { name: 'Beslutning 1' })).getByRole('radio', { name: /Godkendt/ }));
    await waitFor(() => expect(screen.getByTestId('record-preview').textContent).toContain('Økonomiudvalget den 2. december 2026Godkendt.'));
  });
});
