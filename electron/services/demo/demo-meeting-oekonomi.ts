import { paragraphs } from '../../../shared/content/content-builders';
import type { CommitteeDetail } from '../../../shared/domain/entities';
import type { Api } from '../create-api';
import type { DemoCalendar } from './demo-calendar';
import { addDemoItem, standardItem } from './demo-item';
import { strategiItem } from './demo-case-strategi';
import { budgetopfoelgningSamletItem, daginstitutionItem, havnevejItem, itDriftItem, laaneoptagelseItem, moedeplanItem } from './demo-items-oekonomi';

/**
 * The coming Økonomiudvalget meeting, still planned: the agenda is being built. The strategy item
 * carries the same case number as at Erhvervs- og Beskæftigelsesudvalget, so the service copies
 * that committee's decision into the item's earlier decisions when it is created.
 */
export async function createUpcomingOekonomiMeeting(api: Api, c: DemoCalendar, committee: CommitteeDetail): Promise<number> {
  const meeting = await api.invoke('meetings:create', { committeeId: committee.id, date: c.upcomingDate });
  await addDemoItem(api, meeting.id, budgetopfoelgningSamletItem(c));
  await addDemoItem(api, meeting.id, strategiItem(c, 'oekonomi'));
  await addDemoItem(api, meeting.id, daginstitutionItem(c));
  await addDemoItem(api, meeting.id, laaneoptagelseItem(c));
  await addDemoItem(api, meeting.id, itDriftItem(c));
  await addDemoItem(api, meeting.id, moedeplanItem(c));
  await addDemoItem(api, meeting.id, havnevejItem(c));
  await api.invoke('notices:set', {
    itemId: standardItem(meeting.items, 'announcements').id,
    notices: [
      {
        title: 'Befolkningstal pr. 1. oktober',
        content: paragraphs(
          'Fjordby Kommune havde 51.284 indbyggere pr. 1. oktober. Det er 312 flere end for et år siden og 95 flere end forudsat i befolkningsprognosen. Væksten sker især i Nørre Vedby og Ålbæk.',
        ),
      },
      {
        title: 'Nyt indkøbsfællesskab',
        content: paragraphs(
          'Fjordby Kommune indgår fra årsskiftet i et indkøbsfællesskab med elleve andre kommuner. Fællesskabet forventes at give en besparelse på ca. 1,1 mio. kr. om året på kontorartikler, rengøringsmidler og fødevarer.',
        ),
      },
      {
        title: 'Energirenovering af Rådhusets østfløj',
        content: paragraphs(
          'Udskiftningen af vinduer og efterisoleringen af Rådhusets østfløj er afsluttet tre uger før tid og 145.000 kr. under budget. Medarbejderne er flyttet tilbage i de renoverede kontorer.',
        ),
      },
    ],
  });
  return meeting.id;
}
