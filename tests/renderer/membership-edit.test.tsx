// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommitteeDetail } from '../../shared/domain/entities';
import { setApiTransport } from '../../renderer/api/api';
import { MembershipEditor } from '../../renderer/components/settings/MembershipEditor';
import { createI18n } from '../../renderer/i18n/i18n';
import { useCommitteeStore } from '../../renderer/stores/committee-store';
import { fakeTransport } from './fake-transport';

afterEach(cleanup);

const committee: CommitteeDetail = {
  id: 1, name: 'Økonomiudvalget', kind: 'oekonomiudvalg', defaultPlace: null, defaultStartTime: null, archived: false, approvalRule: 'all_present', sections: [], standardItems: [],
  memberships: [{ id: 7, committeeId: 1, personId: 3, personName: 'Åse Bødker', partyLetter: 'A', role: 'medlem', hasVote: true, fromDate: '2026-01-01', toDate: null }],
};

describe('a membership is corrected in place', () => {
  it('changes role and period with memberships:update, without removing and adding again', async () => {
    const fake = fakeTransport({
      'memberships:update': (input) => ({ ...committee.memberships[0]!, ...input, toDate: input.toDate ?? null }),
    });
    setApiTransport(fake.transport);
    useCommitteeStore.setState({ details: { 1: committee } });
    render(<I18nextProvider i18n={createI18n('da')}><MembershipEditor committee={committee} /></I18nextProvider>);
    fireEvent.click(screen.getByRole('button', { name: 'Ret medlemskabet for Åse Bødker' }));
    const form = screen.getByRole('form', { name: 'Ret medlemskabet for Åse Bødker' });
    fireEvent.change(within(form).getByLabelText('Rolle'), { target: { value: 'naestformand' } });
    fireEvent.change(within(form).getByLabelText('Til (valgfri)'), { target: { value: '31-12-2029' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Gem ændringer' }));
    await waitFor(() => expect(fake.calls.map((c) => c.method)).toEqual(['memberships:update']));
    expect(fake.calls[0]!.args).toEqual({ id: 7, role: 'naestformand', hasVote: true, fromDate: '2026-01-01', toDate: '2029-12-31' });
    expect(useCommitteeStore.getState().details[1]!.memberships[0]).toMatchObject({ role: 'naestformand', toDate: '2029-12-31' });
  });
});
