import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/**
 * A delete in two steps without a modal: the first press asks, the second does it; Escape or
 * "Annuller" steps back. Works the same with mouse and keyboard.
 */
export function ConfirmButton({ label, confirmLabel, onConfirm, disabled, accessibleLabel }: { label: string; confirmLabel: string; onConfirm(): void; disabled?: boolean; accessibleLabel?: string }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) firstRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={firstRef} type="button" className="button button-quiet button-small" onClick={() => setAsking(true)} disabled={disabled} aria-label={accessibleLabel}>
        <Icon name="trash" size={14} />
        {label}
      </button>
    );
  }
  return (
    <span className="confirm-group" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setAsking(false))}>
      <button
        ref={confirmRef}
        type="button"
        className="button button-danger button-small"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button-quiet button-small" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
