import { useTranslation } from 'react-i18next';
import { formatMember } from '../../../../shared/format/join-names';
import type { Voter } from '../../../../shared/logic/vote-types';
import { Icon } from '../../common/Icon';
import type { DraftNote } from './draft-decisions';
import { rowsFor } from './text-rows';

/** A protocol note (protokoltilførsel) on a decision, by members who took part in the item. */
export function NoteEditor({ note, voters, incomplete, idPrefix, onChange, onRemove }: {
  note: DraftNote; voters: readonly Voter[]; incomplete: boolean; idPrefix: string; onChange(note: DraftNote): void; onRemove(): void;
}) {
  const { t } = useTranslation();
  const offered = voters.filter((v) => v.present || note.personIds.includes(v.personId));
  return (
    <div className="protocol-note-editor" role="group" aria-labelledby={`${idPrefix}-title`}>
      <div className="record-subhead">
        <p className="record-subhead-title" id={`${idPrefix}-title`}>{t('conduct.notes.heading')}</p>
        <button type="button" className="icon-button icon-button-danger" aria-label={t('conduct.notes.remove')} title={t('conduct.notes.remove')} onClick={onRemove}>
          <Icon name="trash" size={14} />
        </button>
      </div>
      <fieldset className="member-checks">
        <legend>{t('conduct.notes.members')}</legend>
        {offered.map((voter) => (
          <label key={voter.personId}>
            <input
              type="checkbox"
              checked={note.personIds.includes(voter.personId)}
              onChange={(e) => onChange({ ...note, personIds: e.target.checked ? [...note.personIds, voter.personId] : note.personIds.filter((x) => x !== voter.personId) })}
            />
            {formatMember(voter)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${idPrefix}-text`}>{t('conduct.notes.text')}</label>
        <textarea id={`${idPrefix}-text`} rows={rowsFor(note.text)} value={note.text} onChange={(e) => onChange({ ...note, text: e.target.value })} />
      </div>
      {incomplete ? <p className="field-hint">{t('conduct.notes.incomplete')}</p> : null}
    </div>
  );
}
