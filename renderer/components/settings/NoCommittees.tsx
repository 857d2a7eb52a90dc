import { useTranslation } from 'react-i18next';
import { useCommitteeStore } from '../../stores/committee-store';
import { EmptyState } from '../common/EmptyState';

export function NoCommittees() {
  const { t } = useTranslation();
  const committees = useCommitteeStore((s) => s.committees);
  if (committees.length > 0) return null;
  return <EmptyState icon="info" title={t('empty.noCommittees')} />;
}
