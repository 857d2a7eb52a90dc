import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../../hooks/use-action';
import { ErrorAlert } from '../../common/Alert';
import { Dialog } from '../../common/Dialog';

/**
 * A step that cannot be undone, asked first ("Godkend referatet", "Slet mødet"): the question names
 * the meeting, the focus starts on "Annuller", and a refusal stays in the dialog.
 */
export function ConfirmStepDialog({ title, question, consequence, confirmLabel, danger = false, onConfirm, onClose }: {
  title: string; question: string; consequence: string; confirmLabel: string; danger?: boolean;
  onConfirm(): Promise<unknown>; onClose(): void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      title={title}
      onClose={onClose}
      role="alertdialog"
      describedBy="confirm-step-question"
      className="dialog-narrow"
      initialFocus={cancelRef}
      footer={
        <>
          <button
            type="button"
            className={`button ${danger ? 'button-danger' : 'button-primary'}`}
            aria-disabled={action.pending || undefined}
            onClick={() => void action.run(onConfirm)}
          >
            {confirmLabel}
          </button>
          <button ref={cancelRef} type="button" className="button button-quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <div id="confirm-step-question">
        <p className="confirm-question">{question}</p>
        <p>{consequence}</p>
      </div>
      <ErrorAlert message={action.error} />
    </Dialog>
  );
}
