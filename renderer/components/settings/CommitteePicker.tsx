import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeDetail } from '../../../shared/domain/entities';
import { useCommitteeStore } from '../../stores/committee-store';
import { useUiStore } from '../../stores/ui-store';

/** The committee the committee-based settings work on; remembered across tabs and reloads. */
export function useSettingsCommittee(): { committeeId: number | null; detail: CommitteeDetail | null; setCommitteeId(id: number | null): void } {
  const committees = useCommitteeStore((s) => s.committees);
  const details = useCommitteeStore((s) => s.details);
  const stored = useUiStore((s) => s.settingsCommitteeId);
  const selectedMeetingCommittee = useUiStore((s) => s.committeeId);
  const setCommitteeId = useUiStore((s) => s.setSettingsCommittee);
  const committeeId = committees.some((c) => c.id === stored)
    ? stored
    : (committees.find((c) => c.id === selectedMeetingCommittee)?.id ?? committees[0]?.id ?? null);

  useEffect(() => {
    if (committeeId !== null) void useCommitteeStore.getState().loadDetail(committeeId).catch(() => undefined);
  }, [committeeId]);

  return { committeeId, detail: committeeId !== null ? (details[committeeId] ?? null) : null, setCommitteeId };
}

export function CommitteePicker({ committeeId, onChange }: { committeeId: number | null; onChange(id: number): void }) {
  const { t } = useTranslation();
  const committees = useCommitteeStore((s) => s.committees);
  if (committees.length === 0) return null;
  return (
    <div className="field committee-picker">
      <label htmlFor="settings-committee">{t('committees.picker')}</label>
      <select id="settings-committee" value={committeeId ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {committees.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
