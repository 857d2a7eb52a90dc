import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/entities';
import { useAction } from '../../hooks/use-action';
import { useEditInForm } from '../../hooks/use-edit-in-form';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useOrganisationStore } from '../../stores/organisation-store';
import { ErrorAlert, StatusMessage } from '../common/Alert';
import { ConfirmButton } from '../common/ConfirmButton';
import { DataTable } from '../common/DataTable';
import { EditButton } from '../common/EditButton';
import { TextField } from '../common/Fields';
import { Form } from '../common/Form';
import { CancelButton, SubmitButton } from '../common/FormButtons';
import { SettingsHeader } from './SettingsView';

export function PartySettings() {
  const { t } = useTranslation();
  const parties = useOrganisationStore((s) => s.parties);
  const people = useOrganisationStore((s) => s.people);
  const store = useOrganisationStore();
  const [letter, setLetter] = useState('');
  const [name, setName] = useState('');
  const letterRef = useRef<HTMLInputElement>(null);
  const form = useFormSubmit({ fields: ['letter', 'name'] });
  const listAction = useAction();
  const { editing, startEdit, reset, save } = useEditInForm<Party>(form, {
    fill: (party) => {
      setLetter(party?.letter ?? '');
      setName(party?.name ?? '');
    },
    focus: () => letterRef.current?.focus(),
  });
  const title = editing ? t('parties.editTitle', { letter: editing.letter }) : t('parties.addTitle');

  return (
    <div className="page">
      <SettingsHeader title={t('parties.title')} intro={t('parties.intro')} />
      <Form
        label={title}
        onSubmit={() =>
          save({ letter, name }, { create: store.createParty, update: store.updateParty }, (party, updated) =>
            updated ? t('parties.updated', { letter: party.letter }) : t('parties.created', { letter: party.letter }),
          )
        }
        onEscape={reset}
      >
        <h2 className="form-title">{title}</h2>
        <div className="form-row">
          <TextField id="party-letter" label={t('parties.letter')} value={letter} onChange={setLetter} error={form.fieldErrors.letter} inputRef={letterRef} size={4} className="field-narrow" />
          <TextField id="party-name" label={t('parties.name')} value={name} onChange={setName} error={form.fieldErrors.name} className="field-grow" />
          <div className="form-row-actions">
            <SubmitButton pending={form.pending}>{editing ? t('common.saveChanges') : t('parties.add')}</SubmitButton>
            {editing ? <CancelButton onClick={reset} /> : null}
          </div>
        </div>
        <ErrorAlert message={form.error} />
        <StatusMessage message={form.status} />
      </Form>

      <DataTable
        caption={t('parties.title')}
        columns={[
          { label: t('parties.letter'), className: 'col-letter' },
          { label: t('parties.name') },
          { label: t('parties.people'), className: 'col-number' },
        ]}
        rows={parties}
        empty={t('parties.none')}
        error={listAction.error}
      >
        {(party) => (
          <tr key={party.id} className={editing?.id === party.id ? 'is-editing' : undefined}>
            <td className="col-letter">
              <span className="party-letter">{party.letter}</span>
            </td>
            <td>{party.name}</td>
            <td className="col-number">{people.filter((p) => p.partyId === party.id).length}</td>
            <td className="col-actions">
              <EditButton accessibleLabel={t('parties.editLabel', { letter: party.letter })} onClick={() => startEdit(party)} />
              <ConfirmButton
                label={t('common.delete')}
                accessibleLabel={t('parties.deleteLabel', { letter: party.letter })}
                confirmLabel={t('parties.confirmDelete', { letter: party.letter })}
                onConfirm={() => {
                  form.setStatus(null);
                  void listAction.run(() => store.deleteParty(party.id));
                }}
              />
            </td>
          </tr>
        )}
      </DataTable>
    </div>
  );
}
