// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Approval, MeetingDetail, MeetingSummary, ProtocolEntry } from '../../shared/domain/entities';
import type { ReleaseIssue } from '../../shared/logic/release-checks';
import { findingKey } from '../../shared/logic/release-gate';
import { useMeetingModeStore } from '../../renderer/components/meeting/conduct/use-meeting-mode';
import { FakeUserError } from './fake-transport';
import { renderMeeting, type MeetingServer } from './meeting-server';
import { CLOSED, callsOf, conductServer, members, openConduct } from './meeting-screen-fixture';

/**
 * "Godkendelse": the protocol check with a reason for an error, the approvals of the members who
 * took part (the committee's rule decides whose are needed), the approval itself; once approved,
 * an addendum and "Kontrollér protokollen". The fake server answers as the service does.
 */
afterEach(cleanup);

const extractMissing: ReleaseIssue = { code: 'closed_without_extract', severity: 'error', itemId: CLOSED, message: 'Punkt 3 »Køb af ejendommen Havnevej 22, Fjordby« er lukket og har intet offentligt uddrag af beslutningen.' };
const present = members.filter((m) => m.role !== 'stedfortraeder');
const entry: ProtocolEntry = { id: 1, committeeId: 1, sequence: 1, meetingId: 1, addendumId: null, approvedAt: '2026-12-03T09:15:00Z', previousHash: null, hash: 'ab12cd34ef56ab78' + '0'.repeat(48), overrides: [] };

let server: MeetingServer;
let nextApproval = 1;
const summary = ({ id, committeeId, committeeName, date, startTime, endTime, place, kind, status, itemCount, cancelReason, agendaVersion }: MeetingDetail): MeetingSummary => ({
  id, committeeId, committeeName, date, startTime, endTime, place, kind, status, itemCount, cancelReason, agendaVersion,
});

beforeEach(() => {
  nextApproval = 1;
  server = conductServer(({ meeting }) => ({
    'meetings:protocolChecks': () => (meeting.items.find((i) => i.id === CLOSED)!.publicExtract ? [] : [extractMissing]),
    'certificates:list': () => [],
    'approvals:record': ({ personId, method, addendumId }) => {
      const approval: Approval = { id: nextApproval++, meetingId: 1, addendumId, personId, method, approvedAt: '2026-12-03T09:00:00Z', note: null };
      if (addendumId === null) meeting.protocol.approvals.push(approval);
      else meeting.protocol.addenda.find((a) => a.id === addendumId)!.approvals.push(approval);
      return structuredClone(meeting.protocol);
    },
    'approvals:remove': ({ id }) => {
      meeting.protocol.approvals = meeting.protocol.approvals.filter((a) => a.id !== id);
      return structuredClone(meeting.protocol);
    },
    'meetings:approve': ({ overrides }) => {
      if (!overrides.some((o) => o.key === findingKey(extractMissing))) throw new FakeUserError(`Referatet er ikke godkendt: ét fund i protokoltjekket skal rettes eller tilsidesættes med en begrundelse.\n- ${extractMissing.message}`, 'approval_blocked');
      meeting.status = 'minutes_approved';
      meeting.protocol.entries = [{ ...entry, overrides: overrides.map((o) => ({ ...o, message: extractMissing.message })) }];
      return { entry, version: 1, releases: [], meeting: summary(meeting) };
    },
    'addenda:create': (input) => {
      const addendum = { id: 70, meetingId: 1, itemId: input.itemId, text: input.text, reason: input.reason, writtenBy: input.writtenBy, createdAt: '2026-12-04T10:00:00Z', approvedAt: null, approvals: [] };
      meeting.protocol.addenda.push(addendum);
      return structuredClone(addendum);
    },
    'protocol:verify': () => (meeting.protocol.addenda.length > 0
      ? { ok: false, checked: 1, failure: { entryId: 1, committeeId: 1, meetingId: 1, addendumId: null, itemId: CLOSED, message: 'Protokollen for Økonomiudvalget den 2. december 2026: punkt 3 »Køb af ejendommen Havnevej 22, Fjordby« er ændret efter godkendelsen.' } }
      : { ok: true, checked: 1, failure: null }),
  }));
  server.meeting.attendance = present.map((m) => ({ personId: m.personId, status: 'present', substituteForPersonId: null, note: null, arrivedBeforeItemId: null, leftAfterItemId: null }));
});

async function openApproval() {
  await openConduct(server, null);
  useMeetingModeStore.setState({ byMeeting: { 1: { mode: 'approval', view: 'rollCall' } } });
  renderMeeting();
  await screen.findByRole('heading', { name: 'Godkendelse af referatet' });
}

describe('Godkendelse: approving the minutes', () => {
  it('is a third tab of a held meeting, lists the protocol check and every member who took part', async () => {
    await openApproval();
    expect(screen.getByRole('tab', { name: 'Godkendelse' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByText(extractMissing.message)).toBeTruthy();
    expect(screen.getByText('1 fund, heraf 1 fejl.')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'De medlemmer, der deltog i mødet' });
    expect(within(list).getAllByTestId('approval-member')).toHaveLength(7);
    expect(screen.getByText(/^Mangler 7 godkendelser: Karen Holm \(A\), /)).toBeTruthy();
  });

  it('records approvals by the chosen method, refuses the approval until the error has a reason, then approves', async () => {
    await openApproval();
    await screen.findByText(extractMissing.message);
    fireEvent.change(screen.getByLabelText('Godkendelsen er givet'), { target: { value: 'paper' } });
    for (const m of present) {
      fireEvent.click(screen.getByRole('button', { name: `Registrér godkendelse fra ${m.personName} (${m.partyLetter})` }));
      await screen.findByRole('button', { name: `Træk godkendelsen fra ${m.personName} (${m.partyLetter}) tilbage` });
    }
    await waitFor(() => expect(screen.getByText('Alle de nødvendige godkendelser er givet.')).toBeTruthy());
    expect(callsOf(server, 'approvals:record').map((c) => (c.args as { method: string }).method)).toEqual(Array(7).fill('paper'));
    expect(within(screen.getByText('Karen Holm (A)').closest('li')!).getByText(/^Underskrevet på papir 3\. december 2026/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Godkend referatet' }));
    expect(await screen.findByText(/Referatet er ikke godkendt: ét fund i protokoltjekket/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Tilsidesæt med begrundelse/), { target: { value: 'Uddraget offentliggøres efter aftale med køber.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Godkend referatet' }));
    await waitFor(() => expect(screen.getByTestId('approval-outcome').textContent).toContain('Referatet er godkendt som version 1.'));
    // The meeting is read again: the pane shows the locked record with its chain entry and the overridden finding.
    expect(screen.getByRole('heading', { name: 'Referatet er godkendt' })).toBeTruthy();
    expect(screen.getByText(/^Tilsidesat: Punkt 3 .* Begrundelse: Uddraget offentliggøres efter aftale med køber\.$/)).toBeTruthy();
    expect(screen.getByTestId('approval-outcome').textContent).toContain('ab12 cd34 ef56 ab78');
    expect(callsOf(server, 'meetings:approve').at(-1)!.args).toEqual({ id: 1, overrides: [{ key: findingKey(extractMissing), reason: 'Uddraget offentliggøres efter aftale med køber.' }], sign: null });
  });

  it('after approval: the record is locked, an addendum is written, and the chain check names what changed', async () => {
    server.meeting.status = 'minutes_approved';
    server.meeting.protocol.entries = [entry];
    await openConduct(server, null);
    useMeetingModeStore.setState({ byMeeting: { 1: { mode: 'approval', view: 'rollCall' } } });
    renderMeeting();
    await screen.findByRole('heading', { name: 'Referatet er godkendt' });
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollér protokollen' }));
    expect(await screen.findByText('Protokollen er intakt: 1 godkendelse kontrolleret.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Ny tilføjelse' }));
    const form = screen.getByRole('form', { name: 'Ny tilføjelse' });
    fireEvent.change(within(form).getByLabelText('Punkt'), { target: { value: String(CLOSED) } });
    fireEvent.change(within(form).getByLabelText('Tilføjelsens tekst'), { target: { value: 'Købesummen er 3,1 mio. kr., ikke 3,0 mio. kr.' } });
    fireEvent.change(within(form).getByLabelText('Begrundelse'), { target: { value: 'Skrivefejl i beslutningen.' } });
    fireEvent.change(within(form).getByLabelText('Skrevet af'), { target: { value: 'Anne Sekretær' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Opret tilføjelsen' }));
    const added = await screen.findByTestId('addendum');
    expect(added.textContent).toContain('Punkt 3. Køb af ejendommen Havnevej 22, Fjordby');
    expect(added.textContent).toContain('Begrundelse: Skrivefejl i beslutningen. Indført af Anne Sekretær.');
    expect(added.textContent).toContain('Venter på godkendelse.');
    expect(within(added).getByRole('button', { name: 'Godkend tilføjelsen' }).getAttribute('aria-disabled')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Kontrollér protokollen' }));
    expect(await screen.findByText(/punkt 3 »Køb af ejendommen Havnevej 22, Fjordby« er ændret efter godkendelsen/)).toBeTruthy();
  });
});
