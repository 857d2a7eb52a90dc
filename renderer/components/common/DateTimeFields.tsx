import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatWeekdayLongDate } from '../../../shared/format/danish-date';
import { PLAUSIBLE_YEARS } from '../../../shared/format/plausible-year';
import { formatShortInput, parseClockTime, parseDanishDate } from '../../format/parse-input';

/*
 * Date and time as text fields rather than <input type="date|time">: the native ones render in
 * the browser's locale (12/03/2026, 04:30 PM) whatever the app's language. These take what a
 * Danish secretary types (3-12-2026, 16.00) and pass ISO values on. What cannot be read (a slip,
 * an implausible year such as 01-01-9999) gets one message that states the expected form; the
 * hint and the placeholder, which state it too, step aside meanwhile.
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

export function DateField(props: Props) {
  const { t, i18n } = useTranslation();
  return (
    <ParsedTextField
      {...props}
      parse={parseDanishDate}
      format={formatShortInput}
      placeholder={t('fields.datePlaceholder')}
      formatError={t('fields.dateFormat', PLAUSIBLE_YEARS)}
      hint={(parsed) => (parsed && i18n.language.startsWith('da') ? formatWeekdayLongDate(parsed) : parsed ? formatShortInput(parsed) : t('fields.dateHint'))}
    />
  );
}

export function TimeField(props: Props) {
  const { t } = useTranslation();
  return (
    <ParsedTextField
      {...props}
      parse={parseClockTime}
      format={(value) => value}
      placeholder={t('fields.timePlaceholder')}
      formatError={t('fields.timeFormat')}
      hint={() => t('fields.timeHint')}
    />
  );
}

interface ParsedProps extends Props {
  /** The ISO value of what is typed, or null when it cannot be read. */
  parse(text: string): string | null;
  /** The ISO value as the field shows it. */
  format(value: string): string;
  placeholder: string;
  /** Shown instead of the API's error while the text is empty or cannot be read, and after leaving unreadable text. */
  formatError: string;
  hint(parsed: string | null): string;
}

/**
 * A text field for a value typed in Danish form: passes the ISO value on (or the trimmed text when
 * it cannot be read, for the API to refuse), tidies the text on blur.
 */
function ParsedTextField({ id, label, value, onChange, error, autoFocus, className, parse, format, placeholder, formatError, hint }: ParsedProps) {
  const [text, setText] = useState(() => format(value));
  const [left, setLeft] = useState(false);
  const parsed = parse(text);
  const unreadable = text.trim() !== '' && !parsed;

  // A new value from outside (a reset) replaces what is typed; the value the typing produced does not.
  useEffect(() => {
    if (value !== (parse(text) ?? text)) setText(format(value));
  }, [value]);

  // The API's own wording of a bad date (ÅÅÅÅ-MM-DD) is not what was typed: the form is stated our way, once.
  const shownError = error ? (unreadable || !text.trim() ? formatError : error) : left && unreadable ? formatError : undefined;
  return (
    <Frame id={id} label={label} error={shownError} hint={shownError ? null : hint(parsed)} className={className}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={shownError ? undefined : placeholder}
        value={text}
        autoFocus={autoFocus}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? `${id}-error` : `${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parse(e.target.value) ?? e.target.value.trim());
        }}
        onBlur={() => {
          setLeft(true);
          if (parsed) setText(format(parsed));
        }}
      />
    </Frame>
  );
}

function Frame({ id, label, error, hint, className, children }: { id: string; label: string; error?: string | undefined; hint: string | null; className?: string | undefined; children: React.ReactNode }) {
  return (
    <div className={`field field-datetime${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint !== null ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
