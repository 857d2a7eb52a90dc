import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../common/Icon';

export interface UndoToastProps {
  message: string;
  /** How long the undo stays offered. */
  durationMs?: number;
  onUndo(): Promise<void>;
  onClose(): void;
}

/** "Punkt 4 slettet – Fortryd": a polite status with one button, gone after ~8 s or Escape. */
export function UndoToast({ message, durationMs = 8000, onUndo, onClose }: UndoToastProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (busy || error) return;
    const timer = setTimeout(onClose, durationMs);
    return () => clearTimeout(timer);
  }, [busy, error, durationMs, onClose]);

  return (
    <div className="toast" role="status" aria-live="polite" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <Icon name="info" size={16} />
      <span className="toast-message">{error ?? message}</span>
      {!error ? (
        <button
          type="button"
          className="button button-small toast-undo"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (busy) return;
            setBusy(true);
            onUndo().then(onClose, (e: unknown) => {
              setBusy(false);
              setError(e instanceof Error ? e.message : String(e));
            });
          }}
        >
          {t('agenda.undo')}
        </button>
      ) : null}
      <button type="button" className="button button-quiet button-small toast-close" aria-label={t('agenda.dismiss')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
