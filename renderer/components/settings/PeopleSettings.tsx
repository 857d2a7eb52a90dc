import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { useAction } from '../../hooks/use-action';
import { useEditInForm } from '../../hooks/use-edit-in-form';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useOrganisationStore } from '../../stores/organisation-store';
import { ErrorAlert, StatusMessage } from '../common/Alert';
import { ConfirmButton } from '../common/ConfirmButton';
import { DataTable } from '../common/DataTable';
import { EditButton } from '../common/EditButton';
import { SelectField, TextField } from '../common/Fields';
import { Form } from '../common/Form';
import { CancelButton, SubmitButton } from '../common/FormButtons';
import { SettingsHeader } from './SettingsView';

const NO_PARTY = '';

export function PeopleSettings() {
  const { t } = useTranslation();
  const parties = useOrganisationStore((s) => s.parties);
  const people = useOrganisationStore((s) => s.people);
  const store = useOrganisationStore();
  const [name, setName] = useState('');
  const [partyId, setPartyId] = useState<string>(NO_PARTY);
  const [title, setTitle] = useState('');
  const [email, setEmail] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const form = useFormSubmit({ fields: ['name', 'partyId', 'title', 'email'] });
  const listAction = useAction();
  const { editing, startEdit, reset, save } = useEditInForm<Person>(form, {
    fill: (person) => {
      setName(person?.name ?? '');
      // Emptying the form keeps the chosen party for the next person.
      if (person) setPartyId(person.partyId === null ? NO_PARTY : String(person.partyId));
      setTitle(person?.title ?? '');
      setEmail(person?.email ?? '');
    },
    focus: () => nameRef.current?.focus(),
  });
  const formTitle = editing ? t('people.editTitle', { name: editing.name }) : t('people.addTitle');

  const partyName = (id: number | null) => parties.find((p) => p.id === id);

  return (
    <div className="page">
      <SettingsHeader title={t('people.title')} intro={t('people.intro')} />
      <Form
        label={formTitle}
        onSubmit={() =>
          save(
            { name, partyId: partyId === NO_PARTY ? null : Number(partyId), title: title.trim() || null, email: email.trim() || null },
            { create: store.createPerson, update: store.updatePerson },
            (person, updated) => (updated ? t('people.updated', { name: person.name }) : t('people.created', { name: person.name })),
          )
        }
        onEscape={reset}
      >
        <h2 className="form-title">{formTitle}</h2>
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
          <SubmitButton pending={form.pending}>{editing ? t('common.saveChanges') : t('people.add')}</SubmitButton>
          {editing ? <CancelButton onClick={reset} /> : null}
          <StatusMessage message={form.status} />
        </div>
      </Form>

      <DataTable
        caption={t('people.title')}
        columns={[{ label: t('people.name') }, { label: t('people.party') }, { label: t('people.personTitle') }, { label: t('people.email') }]}
        rows={people}
        empty={t('people.none')}
        error={listAction.error}
      >
        {(person) => {
          const party = partyName(person.partyId);
          return (
            <tr key={person.id} className={editing?.id === person.id ? 'is-editing' : undefined}>
              <td className="cell-strong">{person.name}</td>
              <td>{party ? <span title={party.name}>{party.letter} <span className="muted">· {party.name}</span></span> : <span className="muted">{t('people.noParty')}</span>}</td>
              <td>{person.title ?? ''}</td>
              <td className="cell-email">{person.email ?? ''}</td>
              <td className="col-actions">
                <EditButton accessibleLabel={t('people.editLabel', { name: person.name })} onClick={() => startEdit(person)} />
                <ConfirmButton
                  label={t('common.delete')}
                  accessibleLabel={t('people.deleteLabel', { name: person.name })}
                  confirmLabel={t('people.confirmDelete')}
                  onConfirm={() => {
                    form.setStatus(null);
                    void listAction.run(() => store.deletePerson(person.id));
                  }}
                />
              </td>
            </tr>
          );
        }}
      </DataTable>
    </div>
  );
}
