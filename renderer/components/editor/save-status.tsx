import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './autosave';

export type ReportSave = (source: string, state: SaveState) => void;

/** One item's save state, gathered from all its editors: saving while any saves, an error while any failed. */
export function useSaveTracker(): { report: ReportSave; states: Record<string, SaveState> } {
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const report = useCallback<ReportSave>((source, state) => setStates((prev) => ({ ...prev, [source]: state })), []);
  return { report, states };
}

export function SaveStatus({ states }: { states: Record<string, SaveState> }) {
  const { t } = useTranslation();
  const summary = useMemo(() => {
    const all = Object.values(states);
    const error = all.find((s): s is Extract<SaveState, { kind: 'error' }> => s.kind === 'error');
    if (error) return { kind: 'error' as const, message: error.message };
    if (all.some((s) => s.kind === 'pending' || s.kind === 'saving')) return { kind: 'saving' as const };
    if (all.some((s) => s.kind === 'saved')) return { kind: 'saved' as const };
    return null;
  }, [states]);
  return (
    <>
      <p className={`save-status${summary ? ` is-${summary.kind}` : ''}`} aria-live="polite" role="status">
        {summary?.kind === 'saving' ? t('editor.saving') : summary?.kind === 'saved' ? t('editor.saved') : ''}
      </p>
      {summary?.kind === 'error' ? (
        <p className="save-error" role="alert">
          {t('editor.saveFailed', { message: summary.message })}
        </p>
      ) : null}
    </>
  );
}
