import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/** "Rediger" on a list row; the accessible label names the row ("Rediger parti A"). */
export function EditButton({ accessibleLabel, onClick }: { accessibleLabel: string; onClick(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-quiet button-small" onClick={onClick} aria-label={accessibleLabel}>
      <Icon name="edit" size={14} />
      {t('common.edit')}
    </button>
  );
}
