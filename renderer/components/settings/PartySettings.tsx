import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/entities';
import { useAction } from '../../hooks/use-action';
import { useOrganisationStore } from '../../stores/organisation-store';
import { ErrorAlert, StatusMessage } from '../common/Alert';
import { ConfirmButton } from '../common/ConfirmButton';
import { TextField } from '../common/Fields';
import { Icon } from '../common/Icon';
import { SettingsHeader } from './SettingsView';

export function PartySettings() {
  const { t } = useTranslation();
  const parties = useOrganisationStore((s) => s.parties);
  const people = useOrganisationStore((s) => s.people);
  const store = useOrganisationStore();
  const [editing, setEditing] = useState<Party | null>(null);
  const [letter, setLetter] = useState('');
  const [name, setName] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const letterRef = useRef<HTMLInputElement>(null);
  const form = useAction();
  const listAction = useAction();

  const reset = () => {
    setEditing(null);
    setLetter('');
    setName('');
    form.clear();
  };

  const startEdit = (party: Party) => {
    setEditing(party);
    setLetter(party.letter);
    setName(party.name);
    setDone(null);
    form.clear();
    letterRef.current?.focus();
  };

  return (
    <div className="page">
      <SettingsHeader title={t('parties.title')} intro={t('parties.intro')} />
      <form
        className="form-card"
        aria-label={editing ? t('parties.editTitle', { letter: editing.letter }) : t('parties.addTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          const args = { letter, name };
          void form
            .run(() => (editing ? store.updateParty({ id: editing.id, ...args }) : store.createParty(args)))
            .then((party) => {
              if (!party) return;
              setDone(editing ? t('parties.updated', { letter: party.letter }) : t('parties.created', { letter: party.letter }));
              reset();
              letterRef.current?.focus();
            });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            reset();
          }
        }}
      >
        <h2 className="form-title">{editing ? t('parties.editTitle', { letter: editing.letter }) : t('parties.addTitle')}</h2>
        <div className="form-row">
          <TextField id="party-letter" label={t('parties.letter')} value={letter} onChange={setLetter} error={form.fieldErrors.letter} inputRef={letterRef} size={4} className="field-narrow" />
          <TextField id="party-name" label={t('parties.name')} value={name} onChange={setName} error={form.fieldErrors.name} className="field-grow" />
          <div className="form-row-actions">
            <button type="submit" className="button button-primary" aria-disabled={form.pending || undefined}>
              {editing ? t('common.saveChanges') : t('parties.add')}
            </button>
            {editing ? (
              <button type="button" className="button button-quiet" onClick={reset}>
                {t('common.cancel')}
              </button>
            ) : null}
          </div>
        </div>
        <ErrorAlert message={form.error} />
        <StatusMessage message={done} />
      </form>

      <ErrorAlert message={listAction.error} />
      {parties.length === 0 ? (
        <p className="muted table-empty">{t('parties.none')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('parties.title')}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-letter">
                {t('parties.letter')}
              </th>
              <th scope="col">{t('parties.name')}</th>
              <th scope="col" className="col-number">
                {t('parties.people')}
              </th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {parties.map((party) => (
              <tr key={party.id} className={editing?.id === party.id ? 'is-editing' : undefined}>
                <td className="col-letter">
                  <span className="party-letter">{party.letter}</span>
                </td>
                <td>{party.name}</td>
                <td className="col-number">{people.filter((p) => p.partyId === party.id).length}</td>
                <td className="col-actions">
                  <button type="button" className="button button-quiet button-small" onClick={() => startEdit(party)} aria-label={t('parties.editLabel', { letter: party.letter })}>
                    <Icon name="edit" size={14} />
                    {t('common.edit')}
                  </button>
                  <ConfirmButton
                    label={t('common.delete')}
                    accessibleLabel={t('parties.deleteLabel', { letter: party.letter })}
                    confirmLabel={t('parties.confirmDelete', { letter: party.letter })}
                    onConfirm={() => {
                      setDone(null);
                      void listAction.run(() => store.deleteParty(party.id));
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
