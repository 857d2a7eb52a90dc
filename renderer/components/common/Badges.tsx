import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ItemKind, MeetingStatus } from '../../../shared/domain/enums';
import { Icon } from './Icon';

export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status status-${status}`}>{t(`meetingStatus.${status}`)}</span>;
}

/** Closed items must be impossible to miss: icon, text and colour together. */
export function ClosedMarker({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-closed${compact ? ' is-compact' : ''}`}>
      <Icon name="lock" size={compact ? 12 : 14} />
      {t('item.closed')}
    </span>
  );
}

/** The kind badge's text, or null: none for ordinary items, none when the title already says it ("Eventuelt"). */
export function kindBadgeLabel(t: TFunction, kind: ItemKind, title?: string): string | null {
  if (kind === 'ordinary') return null;
  const label = t(`itemKindShort.${kind}`);
  if (title !== undefined && title.trim().toLocaleLowerCase() === label.toLocaleLowerCase()) return null;
  return label;
}

export function KindBadge({ kind, title }: { kind: ItemKind; title?: string }) {
  const { t } = useTranslation();
  const label = kindBadgeLabel(t, kind, title);
  if (!label) return null;
  return <span className={`badge badge-kind kind-${kind}`}>{label}</span>;
}
