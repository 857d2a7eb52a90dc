import type { CommitteeDetail, Item } from '../../../shared/domain/entities';
import { paragraphs } from '../../../shared/content/content-builders';
import type { Api } from '../create-api';
import type { DemoCalendar } from './demo-calendar';
import { addDemoItem, standardItem } from './demo-item';
import type { DemoPeople } from './demo-people';
import { strategiItem } from './demo-case-strategi';
import {
  beskaeftigelsesplanItem, budgetopfoelgningErhvervItem, havnefestivalItem, jobcenterchefItem, praktikpladserRequest, sygedagpengeItem, udbudItem,
} from './demo-items-erhverv';
import { recordErhvervMeeting } from './demo-record-erhverv';

/** The held meeting's items by role, for recording attendance and decisions. */
export interface ErhvervItems {
  dagsorden: Item; meddelelser: Item; plan: Item; strategi: Item; udbud: Item; havnefestival: Item;
  sygedagpenge: Item; budget: Item; anmodning: Item; jobcenterchef: Item; eventuelt: Item;
}

/**
 * Erhvervs- og Beskæftigelsesudvalget some weeks ago: agenda built and released, the meeting held
 * and recorded. Its recommendation of the strategy is what Økonomiudvalget later sees above its own decision.
 */
export async function createHeldErhvervMeeting(api: Api, c: DemoCalendar, demo: DemoPeople, committee: CommitteeDetail): Promise<number> {
  const meeting = await api.invoke('meetings:create', { committeeId: committee.id, date: c.heldDate });
  const items: ErhvervItems = {
    dagsorden: standardItem(meeting.items, 'agenda_approval'),
    meddelelser: standardItem(meeting.items, 'announcements'),
    eventuelt: standardItem(meeting.items, 'any_other_business'),
    plan: await addDemoItem(api, meeting.id, beskaeftigelsesplanItem(c)),
    strategi: await addDemoItem(api, meeting.id, strategiItem(c, 'erhverv')),
    udbud: await addDemoItem(api, meeting.id, udbudItem(c)),
    havnefestival: await addDemoItem(api, meeting.id, havnefestivalItem(c)),
    sygedagpenge: await addDemoItem(api, meeting.id, sygedagpengeItem(c)),
    budget: await addDemoItem(api, meeting.id, budgetopfoelgningErhvervItem(c)),
    anmodning: await addDemoItem(api, meeting.id, praktikpladserRequest(c, demo.people.mads.id)),
    jobcenterchef: await addDemoItem(api, meeting.id, jobcenterchefItem(c)),
  };
  await api.invoke('notices:set', {
    itemId: items.meddelelser.id,
    notices: [
      {
        title: 'Ny virksomhed i Nørre Vedby Erhvervspark',
        content: paragraphs(
          'Fødevarevirksomheden Fjordsalt ApS har købt en grund på 12.000 m² i Nørre Vedby Erhvervspark. Virksomheden forventer at ansætte 35 medarbejdere, når produktionen starter, og jobcentret hjælper med rekrutteringen.',
        ),
      },
      {
        title: `Sommerjob for unge ${c.year}`,
        content: paragraphs(
          `I sommeren ${c.year} fik 118 unge mellem 15 og 17 år et sommerjob gennem kommunens ordning, heraf 41 i private virksomheder. Det er 26 flere end sidste år.`,
        ),
      },
      {
        title: 'Fælles jobmesse med nabokommunerne',
        content: paragraphs(
          'Jobcentret holder sammen med Skovlund og Havrebjerg Kommuner en jobmesse i Fjordbyhallen i marts. Der er allerede tilmeldt 54 virksomheder. Udvalgets medlemmer er velkomne.',
        ),
      },
    ],
  });
  await api.invoke('meetings:release', { id: meeting.id });
  await recordErhvervMeeting(api, meeting.id, demo, items, c);
  return meeting.id;
}
