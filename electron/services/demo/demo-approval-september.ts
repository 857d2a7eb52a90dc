import type { ApprovalMethod } from '../../../shared/domain/enums';
import { meetingParticipants } from '../../../shared/logic/approval/approvers';
import type { Api } from '../create-api';
import type { DemoPeople } from './demo-people';

/**
 * The approval of the September minutes as the secretariat records it: every member who took part
 * approves (the chair in the app, two by e-mail, the rest on the paper signature sheet), the minutes
 * are approved (printed as PDF/A, version 1, first entry of the committee's chain), then the
 * secretary's addendum on the Torvedage grant is approved by the same members (version 2).
 * The approval times are the clock's, as for every other approval.
 */
export async function approveSeptemberMeeting(api: Api, meetingId: number, { people: p }: DemoPeople, correctedItemId: number): Promise<void> {
  const participants = meetingParticipants(await api.invoke('meetings:get', { id: meetingId }));
  const byEmail = new Set([p.anneGrethe.id, p.mads.id]);
  const method = (personId: number): ApprovalMethod => (personId === p.joergen.id ? 'in_app' : byEmail.has(personId) ? 'email' : 'paper');
  for (const personId of participants) await api.invoke('approvals:record', { meetingId, personId, method: method(personId) });
  await api.invoke('meetings:approve', { id: meetingId });

  const addendum = await api.invoke('addenda:create', {
    meetingId,
    itemId: correctedItemId,
    text: 'Tilskuddet udbetales i to rater: 75.000 kr. ved tilsagn og 50.000 kr., når foreningen har sendt regnskabet for arrangementet.',
    reason: 'Udvalget besluttede på mødet, at tilskuddet udbetales i to rater, men det kom ikke med i beslutningsteksten.',
    writtenBy: 'Henrik Friis Ærenlund, udvalgssekretær',
  });
  for (const personId of participants) await api.invoke('approvals:record', { meetingId, addendumId: addendum.id, personId, method: 'in_app' });
  await api.invoke('addenda:approve', { meetingId, id: addendum.id });
}
