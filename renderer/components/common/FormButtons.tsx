import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/**
 * The form's primary button. While saving it is only aria-disabled, so it keeps the focus; a second
 * press meanwhile is ignored by useAction. `disabled` is for a form that cannot be sent yet.
 */
export function SubmitButton({ pending, disabled, children }: { pending: boolean; disabled?: boolean; children: ReactNode }) {
  return (
    <button type="submit" className="button button-primary" aria-disabled={pending || disabled || undefined} disabled={disabled}>
      {children}
    </button>
  );
}

/** "Annuller" beside the submit button: leaves editing without saving. */
export function CancelButton({ onClick }: { onClick(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-quiet" onClick={onClick}>
      {t('common.cancel')}
    </button>
  );
}

/** The submit button of a form that adds a row to a list below it ("Tilføj afsnit"). */
export function AddButton({ children }: { children: ReactNode }) {
  return (
    <button type="submit" className="button">
      <Icon name="plus" size={14} />
      {children}
    </button>
  );
}
