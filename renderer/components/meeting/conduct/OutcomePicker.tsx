import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionOutcomes, type DecisionOutcome } from '../../../../shared/domain/enums';

/** The standard outcomes, then free text (no outcome: the text is the whole decision). */
export const OUTCOME_CHOICES: readonly (DecisionOutcome | null)[] = [...decisionOutcomes, null];

/**
 * The outcome as a group of radio buttons: Tab into it, the arrows move, and while it has the focus
 * the outcome's letter (G Godkendt, A Anbefales, T Taget til efterretning …) or its number picks it.
 */
export function OutcomePicker({ name, value, onChange, describedBy }: { name: string; value: DecisionOutcome | null | undefined; onChange(outcome: DecisionOutcome | null): void; describedBy?: string }) {
  const { t } = useTranslation();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const letters = OUTCOME_CHOICES.map((o) => t(`conduct.decisions.outcomeKeys.${o ?? 'none'}`).toUpperCase());

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof HTMLInputElement) || event.target.type !== 'radio') return;
    const key = event.key.toUpperCase();
    const digit = /^[1-9]$/.test(key) ? Number(key) - 1 : -1;
    const index = digit >= 0 && digit < OUTCOME_CHOICES.length ? digit : letters.indexOf(key);
    if (index < 0) return;
    event.preventDefault();
    onChange(OUTCOME_CHOICES[index]!);
    inputs.current[index]?.focus();
  }

  const hintId = `${name}-hint`;
  return (
    <fieldset className="outcome-picker" onKeyDown={onKeyDown} aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}>
      <legend>{t('conduct.decisions.outcome')}</legend>
      <div className="segmented">
        {OUTCOME_CHOICES.map((outcome, i) => {
          const label = outcome ? t(`conduct.decisions.outcomes.${outcome}`) : t('conduct.decisions.freeText');
          const checked = value === outcome;
          return (
            <label key={outcome ?? 'none'} className={`segment${checked ? ' is-checked' : ''}`}>
              <input
                ref={(el) => {
                  inputs.current[i] = el;
                }}
                type="radio"
                name={name}
                value={outcome ?? 'none'}
                checked={checked}
                onChange={() => onChange(outcome)}
                aria-keyshortcuts={`${letters[i]} ${i + 1}`}
              />
              <span className="segment-label">{label}</span>
              <span className="key-hint" aria-hidden="true">{letters[i]}</span>
            </label>
          );
        })}
      </div>
      <p className="field-hint" id={hintId}>{t('conduct.decisions.outcomeHint')}</p>
    </fieldset>
  );
}
