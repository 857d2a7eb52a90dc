import type { CommitteeKind, ItemKind, MeetingStatus, MembershipRole } from './enums';

/** Danish names of the domain's enumerations, as documents and the command line print them. */
export const meetingStatusLabel: Record<MeetingStatus, string> = {
  planned: 'planlagt',
  agenda_released: 'dagsorden udsendt',
  held: 'afholdt',
  minutes_approved: 'referat godkendt',
  cancelled: 'aflyst',
};

export const committeeKindLabel: Record<CommitteeKind, string> = {
  fagudvalg: 'fagudvalg',
  oekonomiudvalg: 'økonomiudvalg',
  kommunalbestyrelse: 'kommunalbestyrelse',
  paragraf17: '§17 stk. 4-udvalg',
  raad: 'råd',
};

export const membershipRoleLabel: Record<MembershipRole, string> = {
  formand: 'formand',
  naestformand: 'næstformand',
  medlem: 'medlem',
  stedfortraeder: 'stedfortræder',
};

export const itemKindLabel: Record<ItemKind, string> = {
  ordinary: 'almindeligt punkt',
  announcements: 'Meddelelser',
  member_request: 'anmodning om optagelse af sag',
  agenda_approval: 'Godkendelse af dagsorden',
  any_other_business: 'Eventuelt',
};
