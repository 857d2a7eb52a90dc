import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionState } from '../../hooks/use-action';
import { ErrorAlert, StatusMessage } from '../common/Alert';
import { Form } from '../common/Form';
import { SubmitButton } from '../common/FormButtons';

interface ListSaveFormProps {
  title: string;
  /** The list differs from the saved one: "Ikke gemt" shows and "Fortryd ændringer" appears. */
  dirty: boolean;
  saveLabel: string;
  save: ActionState;
  status: string | null;
  onSave(): void;
  /** Back to the saved list: "Fortryd ændringer", or Escape in one of the list's fields. */
  onRevert(): void;
  children: ReactNode;
}

/** A committee's list (sections, standard items) edited in place and saved as a whole. */
export function ListSaveForm({ title, dirty, saveLabel, save, status, onSave, onRevert, children }: ListSaveFormProps) {
  const { t } = useTranslation();
  return (
    <Form label={title} onSubmit={onSave} onEscape={onRevert} escapeInFieldsOnly>
      <div className="card-header">
        <h2 className="form-title">{title}</h2>
        {dirty ? <span className="badge badge-dirty">{t('common.unsaved')}</span> : null}
      </div>
      {children}
      <ErrorAlert message={save.error} />
      <div className="form-actions">
        <SubmitButton pending={save.pending}>{saveLabel}</SubmitButton>
        <button type="button" className="button button-quiet" hidden={!dirty} onClick={onRevert}>
          {t('common.revert')}
        </button>
        <StatusMessage message={status} />
      </div>
    </Form>
  );
}
