import { formatLongDate } from '../../format/danish-date';
import type { LifecycleRefusal } from './lifecycle';

export type LifecycleLanguage = 'da' | 'en';

interface Values { date?: string }

type Messages = Record<LifecycleRefusal, (values: Values) => string>;

/**
 * Why the lifecycle refuses a change, in the words the secretary sees: the services send the
 * Danish text as the error message, and the screens show the same text (or the English one) beside
 * the disabled control.
 */
const messages: Record<LifecycleLanguage, Messages> = {
  da: {
    cancelled: () => 'Mødet er aflyst og kan ikke ændres. Genoptag mødet først, hvis det alligevel skal holdes.',
    minutes_approved: () => 'Referatet er godkendt, og mødet kan ikke længere ændres. Rettelser sker som tilføjelser.',
    held_agenda_frozen: () => 'Mødet er afholdt: dagsordenens punkter, tekster og bilag kan ikke længere ændres. Fremmøde og beslutninger kan stadig registreres, indtil referatet er godkendt.',
    record_before_release: () => 'Beslutninger, afstemninger og fremmøde pr. punkt kan først registreres, når dagsordenen er udsendt.',
    release_after_meeting: () => 'Mødet er afholdt; dagsordenen kan ikke udsendes igen.',
    held_needs_release: () => 'Dagsordenen skal udsendes, før mødet kan markeres som afholdt.',
    held_before_date: (v) => `Mødet kan ikke markeres som afholdt før mødedagen${v.date ? ` (${formatLongDate(v.date)})` : ''}.`,
    not_held: () => 'Mødet er ikke markeret som afholdt.',
    approve_needs_held: () => 'Referatet kan først godkendes, når mødet er afholdt.',
    cancel_after_meeting: () => 'Et afholdt møde kan ikke aflyses.',
    not_cancelled: () => 'Mødet er ikke aflyst.',
    delete_released: () => 'Mødets dagsorden er udsendt, så mødet kan ikke slettes. Aflys det i stedet.',
    minutes_not_held: () => 'Der kan først dannes et referat, når mødet er afholdt.',
    use_release: () => 'Dagsordenen udsendes med »Udsend dagsorden«, som tjekker dagsordenen og danner både medlemmernes og den offentlige udgave.',
    use_cancel: () => 'Et møde aflyses med »Aflys mødet«, hvor grunden angives.',
    use_approval: () => 'Referatet godkendes med »Godkend referatet«, som tjekker protokollen, kræver medlemmernes godkendelser og danner det underskrevne referat.',
    cannot_unrelease: () => 'En udsendt dagsorden kan ikke trækkes tilbage. Ret den, og udsend en ny version, eller aflys mødet.',
    same_status: () => 'Mødet har allerede den status.',
  },
  en: {
    cancelled: () => 'The meeting is cancelled and cannot be changed. Reinstate it first if it is to be held after all.',
    minutes_approved: () => 'The minutes are approved and the meeting can no longer be changed. Corrections are made as addenda.',
    held_agenda_frozen: () => 'The meeting has been held: the agenda’s items, texts and bilag can no longer be changed. Attendance and decisions can still be recorded until the minutes are approved.',
    record_before_release: () => 'Decisions, votes and presence per item can be recorded once the agenda has been released.',
    release_after_meeting: () => 'The meeting has been held; the agenda cannot be released again.',
    held_needs_release: () => 'The agenda must be released before the meeting can be marked as held.',
    held_before_date: (v) => `The meeting cannot be marked as held before its date${v.date ? ` (${v.date})` : ''}.`,
    not_held: () => 'The meeting is not marked as held.',
    approve_needs_held: () => 'The minutes can be approved once the meeting has been held.',
    cancel_after_meeting: () => 'A meeting that has been held cannot be cancelled.',
    not_cancelled: () => 'The meeting is not cancelled.',
    delete_released: () => 'The meeting’s agenda has been released, so the meeting cannot be deleted. Cancel it instead.',
    minutes_not_held: () => 'Minutes can be made once the meeting has been held.',
    use_release: () => 'The agenda is released with “Release agenda”, which checks it and makes both the members’ and the public edition.',
    use_cancel: () => 'A meeting is cancelled with “Cancel meeting”, giving the reason.',
    use_approval: () => 'The minutes are approved with “Approve minutes”, which checks the protocol, needs the members’ approvals and makes the signed minutes.',
    cannot_unrelease: () => 'A released agenda cannot be withdrawn. Correct it and release a new version, or cancel the meeting.',
    same_status: () => 'The meeting already has that status.',
  },
};

export function lifecycleText(reason: LifecycleRefusal, language: LifecycleLanguage = 'da', values: Values = {}): string {
  return messages[language][reason](values);
}
