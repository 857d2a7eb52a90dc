import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWeekdayLongDate } from '../../../shared/format/danish-date';
import { formatShortInput, parseClockTime, parseDanishDate } from '../../format/parse-input';

/*
 * Date and time as text fields rather than <input type="date|time">: the native ones render in
 * the browser's locale (12/03/2026, 04:30 PM) whatever the app's language. These take what a
 * Danish secretary types (3-12-2026, 16.00) and pass ISO values on.
 */

interface Props {
  id: string;
  label: string;
  /** ISO 'YYYY-MM-DD' (date) or 'HH:MM' (time); '' when empty. */
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  autoFocus?: boolean;
  className?: string;
}

export function DateField({ id, label, value, onChange, error, autoFocus, className }: Props) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => formatShortInput(value));
  const parsed = parseDanishDate(text);

  // A new value from outside (a reset) replaces what is typed; the value the typing produced does not.
  useEffect(() => {
    if (value !== (parseDanishDate(text) ?? text)) setText(formatShortInput(value));
  }, [value]);

  const shownError = error ? (text.trim() && !parsed ? t('fields.dateFormat') : error) : undefined;
  const confirmation = parsed && i18n.language.startsWith('da') ? formatWeekdayLongDate(parsed) : parsed ? formatShortInput(parsed) : null;
  return (
    <Frame id={id} label={label} error={shownError} hint={confirmation ?? t('fields.dateHint')} className={className}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('fields.datePlaceholder')}
        value={text}
        autoFocus={autoFocus}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseDanishDate(e.target.value) ?? e.target.value.trim());
        }}
        onBlur={() => {
          if (parsed) setText(formatShortInput(parsed));
        }}
      />
    </Frame>
  );
}

export function TimeField({ id, label, value, onChange, error, autoFocus, className }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const parsed = parseClockTime(text);

  useEffect(() => {
    if (value !== (parseClockTime(text) ?? text)) setText(value);
  }, [value]);

  const shownError = error ? (text.trim() && !parsed ? t('fields.timeFormat') : error) : undefined;
  return (
    <Frame id={id} label={label} error={shownError} hint={t('fields.timeHint')} className={className}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('fields.timePlaceholder')}
        value={text}
        autoFocus={autoFocus}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseClockTime(e.target.value) ?? e.target.value.trim());
        }}
        onBlur={() => {
          if (parsed) setText(parsed);
        }}
      />
    </Frame>
  );
}

function Frame({ id, label, error, hint, className, children }: { id: string; label: string; error?: string; hint: string; className?: string; children: React.ReactNode }) {
  return (
    <div className={`field field-datetime${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
