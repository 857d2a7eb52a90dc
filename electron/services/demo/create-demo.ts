import type { Api } from '../create-api';
import { demoCalendar } from './demo-calendar';
import { createCommittees } from './demo-committees';
import { createMunicipalityAndPeople } from './demo-people';
import { createHeldErhvervMeeting } from './demo-meeting-erhverv';
import { createUpcomingOekonomiMeeting } from './demo-meeting-oekonomi';
import { createApprovedErhvervMeeting } from './demo-meeting-september';

export { DEFAULT_DEMO_TODAY } from './demo-calendar';

export interface DemoOptions {
  /** The demo's "today" as 'YYYY-MM-DD' (default 2026-11-22); every date is derived from it. */
  today?: string;
}

/**
 * Fills an empty database with Fjordby Kommune: parties, people, three committees, a held meeting
 * of Erhvervs- og Beskæftigelsesudvalget with its minutes recorded, a coming meeting of
 * Økonomiudvalget that treats one of its cases again, and an earlier Erhvervs- og
 * Beskæftigelsesudvalget meeting whose minutes are approved with an addendum (version 2, two entries
 * in the protocol chain). Everything goes through api.invoke, so each service and validation is
 * exercised exactly as the app uses it. The same options give the same data, except the times the
 * clock stamps (releases, approvals, the addendum); approving prints the minutes with Chromium.
 *
 * Returns the meeting ids: the held meeting first, then the upcoming one, then the approved one
 * (created last, so the held and upcoming meetings keep ids 1 and 2 in a new database).
 */
export async function createDemoData(api: Api, options: DemoOptions = {}): Promise<{ meetingIds: number[] }> {
  const calendar = demoCalendar(options.today);
  const people = await createMunicipalityAndPeople(api);
  const committees = await createCommittees(api, people, calendar);
  // Held first: its decision must exist before the upcoming item with the same case number is created.
  const heldId = await createHeldErhvervMeeting(api, calendar, people, committees.erhverv);
  const upcomingId = await createUpcomingOekonomiMeeting(api, calendar, committees.oekonomi);
  const approvedId = await createApprovedErhvervMeeting(api, calendar, people, committees.erhverv);
  return { meetingIds: [heldId, upcomingId, approvedId] };
}
