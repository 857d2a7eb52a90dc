import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, Membership } from '../../../shared/domain/entities';
import { itemKinds, type ItemKind } from '../../../shared/domain/enums';
import { danishIsoDate } from '../../../shared/format/danish-date';
import { useAction } from '../../hooks/use-action';
import { useMeetingStore } from '../../stores/meeting-store';
import { ErrorAlert } from '../common/Alert';
import { DateField } from '../common/DateTimeFields';
import { CheckboxField, SelectField, TextField } from '../common/Fields';

/** The fields that show their own API error. */
const FIELDS = ['kind', 'title', 'caseNumber', 'request.personId', 'request.requestedOn', 'request.text'];

/** Today in Denmark (not UTC, which is still yesterday just after midnight). */
const today = () => danishIsoDate(new Date());

/**
 * A new item: kind, title, open or closed, case number, and for a member's request who asked,
 * when and what. Enter adds, Escape cancels. A standard kind fills in its usual title.
 */
export function AddItemForm({ meetingId, atIndex, members = [], onDone }: { meetingId: number; atIndex: number; members?: readonly Membership[]; onDone(item: Item | null): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ItemKind>('ordinary');
  const [title, setTitle] = useState('');
  const [isClosed, setIsClosed] = useState(false);
  const [caseNumber, setCaseNumber] = useState('');
  const [personId, setPersonId] = useState('');
  const [requestedOn, setRequestedOn] = useState(today);
  const [requestText, setRequestText] = useState('');
  const action = useAction();
  const createItem = useMeetingStore((s) => s.createItem);
  const people = [...new Map(members.map((m) => [m.personId, m])).values()];
  // A message that stands at its field is not said again above the buttons.
  const atAField = FIELDS.some((key) => action.fieldErrors[key]);

  function changeKind(next: ItemKind) {
    // The usual title for a standard kind, unless the secretary has already written one.
    const oldDefault = kind === 'ordinary' || kind === 'member_request' ? '' : t(`itemKind.${kind}`);
    if (title.trim() === '' || title === oldDefault) setTitle(next === 'ordinary' || next === 'member_request' ? '' : t(`itemKind.${next}`));
    setKind(next);
  }

  return (
    <form
      className="inline-form add-item-form"
      aria-label={t('agenda.addItemForm')}
      onSubmit={(e) => {
        e.preventDefault();
        const request = kind === 'member_request' ? { personId: Number(personId) || 0, requestedOn, text: requestText } : null;
        void action
          .run(() => createItem({ meetingId, title, kind, isClosed, atIndex, caseNumber: caseNumber.trim() || null, request }))
          .then((item) => item && onDone(item));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone(null);
        }
      }}
    >
      <SelectField
        id="new-item-kind"
        label={t('agenda.kind')}
        value={kind}
        onChange={changeKind}
        options={itemKinds.map((k) => ({ value: k, label: t(`itemKind.${k}`) }))}
        error={action.fieldErrors.kind}
      />
      <TextField id="new-item-title" label={t('agenda.itemTitle')} value={title} onChange={setTitle} error={action.fieldErrors.title} autoFocus />
      {kind === 'member_request' ? (
        <fieldset className="request-fields">
          <legend>{t('item.request')}</legend>
          <SelectField
            id="new-item-request-person"
            label={t('agenda.requestPerson')}
            value={personId}
            onChange={setPersonId}
            options={[{ value: '', label: t('agenda.requestPersonChoose') }, ...people.map((m) => ({ value: String(m.personId), label: m.partyLetter ? `${m.personName} (${m.partyLetter})` : m.personName }))]}
            error={action.fieldErrors['request.personId']}
          />
          <DateField id="new-item-request-date" label={t('agenda.requestDate')} value={requestedOn} onChange={setRequestedOn} error={action.fieldErrors['request.requestedOn']} />
          <div className={`field${action.fieldErrors['request.text'] ? ' has-error' : ''}`}>
            <label htmlFor="new-item-request-text">{t('agenda.requestText')}</label>
            <textarea id="new-item-request-text" rows={3} value={requestText} onChange={(e) => setRequestText(e.target.value)} aria-invalid={action.fieldErrors['request.text'] ? true : undefined} />
            {action.fieldErrors['request.text'] ? <p className="field-error">{action.fieldErrors['request.text']}</p> : null}
          </div>
        </fieldset>
      ) : null}
      <TextField id="new-item-case" label={t('agenda.caseNumber')} hint={t('agenda.caseNumberHint')} value={caseNumber} onChange={setCaseNumber} error={action.fieldErrors.caseNumber} />
      <CheckboxField id="new-item-closed" label={t('agenda.closedItem')} checked={isClosed} onChange={setIsClosed} />
      <ErrorAlert message={atAField ? null : action.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" aria-disabled={action.pending || undefined}>
          {t('agenda.addItemSubmit')}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
