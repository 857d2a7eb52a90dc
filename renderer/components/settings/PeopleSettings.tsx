import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { useAction } from '../../hooks/use-action';
import { useOrganisationStore } from '../../stores/organisation-store';
import { ErrorAlert, StatusMessage } from '../common/Alert';
import { ConfirmButton } from '../common/ConfirmButton';
import { SelectField, TextField } from '../common/Fields';
import { Icon } from '../common/Icon';
import { SettingsHeader } from './SettingsView';

const NO_PARTY = '';

export function PeopleSettings() {
  const { t } = useTranslation();
  const parties = useOrganisationStore((s) => s.parties);
  const people = useOrganisationStore((s) => s.people);
  const store = useOrganisationStore();
  const [editing, setEditing] = useState<Person | null>(null);
  const [name, setName] = useState('');
  const [partyId, setPartyId] = useState<string>(NO_PARTY);
  const [title, setTitle] = useState('');
  const [email, setEmail] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const form = useAction();
  const listAction = useAction();

  const reset = () => {
    setEditing(null);
    setName('');
    setTitle('');
    setEmail('');
    form.clear();
  };

  const startEdit = (person: Person) => {
    setEditing(person);
    setName(person.name);
    setPartyId(person.partyId === null ? NO_PARTY : String(person.partyId));
    setTitle(person.title ?? '');
    setEmail(person.email ?? '');
    setDone(null);
    form.clear();
    nameRef.current?.focus();
  };

  const partyName = (id: number | null) => parties.find((p) => p.id === id);

  return (
    <div className="page">
      <SettingsHeader title={t('people.title')} intro={t('people.intro')} />
      <form
        className="form-card"
        aria-label={editing ? t('people.editTitle', { name: editing.name }) : t('people.addTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          const args = { name, partyId: partyId === NO_PARTY ? null : Number(partyId), title: title.trim() || null, email: email.trim() || null };
          void form
            .run(() => (editing ? store.updatePerson({ id: editing.id, ...args }) : store.createPerson(args)))
            .then((person) => {
              if (!person) return;
              setDone(editing ? t('people.updated', { name: person.name }) : t('people.created', { name: person.name }));
              reset();
              nameRef.current?.focus();
            });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            reset();
          }
        }}
      >
        <h2 className="form-title">{editing ? t('people.editTitle', { name: editing.name }) : t('people.addTitle')}</h2>
        <div className="form-grid form-grid-4">
          <TextField id="person-name" label={t('people.name')} value={name} onChange={setName} error={form.fieldErrors.name} inputRef={nameRef} />
          <SelectField
            id="person-party"
            label={t('people.party')}
            value={partyId}
            onChange={setPartyId}
            error={form.fieldErrors.partyId}
            options={[{ value: NO_PARTY, label: t('people.noParty') }, ...parties.map((p) => ({ value: String(p.id), label: `${p.letter} – ${p.name}` }))]}
          />
          <TextField id="person-title" label={t('people.personTitle')} value={title} onChange={setTitle} error={form.fieldErrors.title} hint={t('people.personTitleHint')} />
          <TextField id="person-email" type="email" label={t('people.email')} value={email} onChange={setEmail} error={form.fieldErrors.email} />
        </div>
        <ErrorAlert message={form.error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={form.pending || undefined}>
            {editing ? t('common.saveChanges') : t('people.add')}
          </button>
          {editing ? (
            <button type="button" className="button button-quiet" onClick={reset}>
              {t('common.cancel')}
            </button>
          ) : null}
          <StatusMessage message={done} />
        </div>
      </form>

      <ErrorAlert message={listAction.error} />
      {people.length === 0 ? (
        <p className="muted table-empty">{t('people.none')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('people.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('people.name')}</th>
              <th scope="col">{t('people.party')}</th>
              <th scope="col">{t('people.personTitle')}</th>
              <th scope="col">{t('people.email')}</th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => {
              const party = partyName(person.partyId);
              return (
                <tr key={person.id} className={editing?.id === person.id ? 'is-editing' : undefined}>
                  <td className="cell-strong">{person.name}</td>
                  <td>{party ? <span title={party.name}>{party.letter} <span className="muted">· {party.name}</span></span> : <span className="muted">{t('people.noParty')}</span>}</td>
                  <td>{person.title ?? ''}</td>
                  <td className="cell-email">{person.email ?? ''}</td>
                  <td className="col-actions">
                    <button type="button" className="button button-quiet button-small" onClick={() => startEdit(person)} aria-label={t('people.editLabel', { name: person.name })}>
                      <Icon name="edit" size={14} />
                      {t('common.edit')}
                    </button>
                    <ConfirmButton
                      label={t('common.delete')}
                      accessibleLabel={t('people.deleteLabel', { name: person.name })}
                      confirmLabel={t('people.confirmDelete')}
                      onConfirm={() => {
                        setDone(null);
                        void listAction.run(() => store.deletePerson(person.id));
                      }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
