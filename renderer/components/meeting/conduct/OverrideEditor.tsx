import { useTranslation } from 'react-i18next';
import type { SentenceOverride } from '../../../../shared/domain/entities';
import { rowsFor } from './text-rows';

/**
 * A generated sentence written by hand instead: kept with its basis (the text generated when it was
 * written), so a later change under it is flagged here and in the preview until the secretary has
 * checked it or gone back to the generated text.
 */
export function OverrideEditor({ override, generated, idPrefix, label, startLabel, onChange }: {
  override: SentenceOverride | null; generated: string; idPrefix: string; label: string; startLabel: string;
  onChange(override: SentenceOverride | null): void;
}) {
  const { t } = useTranslation();
  if (!override) {
    return (
      <button type="button" className="button button-small button-quiet" onClick={() => onChange({ text: generated, basis: generated })} disabled={generated.trim() === ''}>
        {startLabel}
      </button>
    );
  }
  const stale = override.basis.trim() !== generated.trim();
  return (
    <div className={`override-editor${stale ? ' is-stale' : ''}`}>
      <div className="field">
        <label htmlFor={`${idPrefix}-text`}>{label}</label>
        <textarea
          id={`${idPrefix}-text`}
          rows={rowsFor(override.text)}
          value={override.text}
          aria-describedby={`${idPrefix}-hint${stale ? ` ${idPrefix}-stale` : ''}`}
          onChange={(e) => onChange({ ...override, text: e.target.value })}
        />
        <p className="field-hint" id={`${idPrefix}-hint`}>{t('conduct.override.hint')}</p>
      </div>
      {stale ? (
        <div className="override-stale" id={`${idPrefix}-stale`}>
          <p className="override-stale-title">{t('conduct.override.stale')}</p>
          <p className="override-generated-label">{t('conduct.override.generated')}:</p>
          <p className="override-generated">{generated}</p>
          <button type="button" className="button button-small" onClick={() => onChange({ ...override, basis: generated })}>
            {t('conduct.override.checked')}
          </button>
        </div>
      ) : null}
      <button type="button" className="button button-small button-quiet" onClick={() => onChange(null)}>
        {t('conduct.override.useGenerated')}
      </button>
    </div>
  );
}
