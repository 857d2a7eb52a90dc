import { useTranslation } from 'react-i18next';
import type { Item, Membership } from '../../../shared/domain/entities';
import { itemKinds, type ItemKind } from '../../../shared/domain/enums';
import { TEXT_LIMITS } from '../../../shared/domain/text-limits';
import { DateField } from '../common/DateTimeFields';
import { CheckboxField, SelectField, TextField } from '../common/Fields';

/** What the secretary can set on an item, when adding it and when correcting it later. */
export interface ItemFieldValues {
  kind: ItemKind;
  title: string;
  isClosed: boolean;
  /** Shown in the public editions instead of the title of a closed item; '' prints "Lukket punkt". */
  publicTitle: string;
  caseNumber: string;
  personId: string;
  requestedOn: string;
  requestText: string;
}

/** The fields that show their own API error (the others are said once in the form). */
export const ITEM_FIELDS = ['kind', 'title', 'publicTitle', 'caseNumber', 'request.personId', 'request.requestedOn', 'request.text'];

export function itemFieldValues(item: Item): ItemFieldValues {
  return {
    kind: item.kind, title: item.title, isClosed: item.isClosed, publicTitle: item.publicTitle ?? '', caseNumber: item.caseNumber ?? '',
    personId: item.request ? String(item.request.personId) : '', requestedOn: item.request?.requestedOn ?? '', requestText: item.request?.text ?? '',
  };
}

/** The values as the API takes them: null clears, a member's request only for that kind. */
export function itemFieldArgs(values: ItemFieldValues) {
  return {
    kind: values.kind,
    title: values.title,
    isClosed: values.isClosed,
    publicTitle: values.isClosed && values.publicTitle.trim() ? values.publicTitle : null,
    caseNumber: values.caseNumber.trim() || null,
    request: values.kind === 'member_request' ? { personId: Number(values.personId) || 0, requestedOn: values.requestedOn, text: values.requestText } : null,
  };
}

interface Props {
  idPrefix: string;
  values: ItemFieldValues;
  onChange(values: ItemFieldValues): void;
  fieldErrors: Record<string, string | undefined>;
  members: readonly Membership[];
  autoFocusTitle?: boolean;
}

/** Kind, title, the member's request (who, when, what), case number, open or closed and the public title. */
export function ItemFields({ idPrefix, values, onChange, fieldErrors, members, autoFocusTitle = false }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ItemFieldValues>(key: K) => (value: ItemFieldValues[K]) => onChange({ ...values, [key]: value });
  const people = [...new Map(members.map((m) => [m.personId, m])).values()];

  function changeKind(next: ItemKind) {
    // The usual title for a standard kind, unless the secretary has already written one.
    const oldDefault = values.kind === 'ordinary' || values.kind === 'member_request' ? '' : t(`itemKind.${values.kind}`);
    const title = values.title.trim() === '' || values.title === oldDefault ? (next === 'ordinary' || next === 'member_request' ? '' : t(`itemKind.${next}`)) : values.title;
    onChange({ ...values, kind: next, title });
  }

  return (
    <>
      <SelectField
        id={`${idPrefix}-kind`}
        label={t('agenda.kind')}
        value={values.kind}
        onChange={changeKind}
        options={itemKinds.map((k) => ({ value: k, label: t(`itemKind.${k}`) }))}
        error={fieldErrors.kind}
      />
      <TextField id={`${idPrefix}-title`} label={t('agenda.itemTitle')} value={values.title} onChange={set('title')} error={fieldErrors.title} autoFocus={autoFocusTitle} maxLength={TEXT_LIMITS.title} />
      {values.kind === 'member_request' ? (
        <fieldset className="request-fields">
          <legend>{t('item.request')}</legend>
          <SelectField
            id={`${idPrefix}-request-person`}
            label={t('agenda.requestPerson')}
            value={values.personId}
            onChange={set('personId')}
            options={[{ value: '', label: t('agenda.requestPersonChoose') }, ...people.map((m) => ({ value: String(m.personId), label: m.partyLetter ? `${m.personName} (${m.partyLetter})` : m.personName }))]}
            error={fieldErrors['request.personId']}
          />
          <DateField id={`${idPrefix}-request-date`} label={t('agenda.requestDate')} value={values.requestedOn} onChange={set('requestedOn')} error={fieldErrors['request.requestedOn']} />
          <div className={`field${fieldErrors['request.text'] ? ' has-error' : ''}`}>
            <label htmlFor={`${idPrefix}-request-text`}>{t('agenda.requestText')}</label>
            <textarea
              id={`${idPrefix}-request-text`} rows={3} value={values.requestText} maxLength={TEXT_LIMITS.request}
              onChange={(e) => set('requestText')(e.target.value)} aria-invalid={fieldErrors['request.text'] ? true : undefined}
            />
            {fieldErrors['request.text'] ? <p className="field-error">{fieldErrors['request.text']}</p> : null}
          </div>
        </fieldset>
      ) : null}
      <TextField id={`${idPrefix}-case`} label={t('agenda.caseNumber')} hint={t('agenda.caseNumberHint')} value={values.caseNumber} onChange={set('caseNumber')} error={fieldErrors.caseNumber} maxLength={TEXT_LIMITS.caseNumber} />
      <CheckboxField id={`${idPrefix}-closed`} label={t('agenda.closedItem')} checked={values.isClosed} onChange={set('isClosed')} />
      {values.isClosed ? (
        <TextField
          id={`${idPrefix}-public-title`} label={t('agenda.publicTitle')} hint={t('agenda.publicTitleHint')} value={values.publicTitle}
          onChange={set('publicTitle')} error={fieldErrors.publicTitle} maxLength={TEXT_LIMITS.title}
        />
      ) : null}
    </>
  );
}
