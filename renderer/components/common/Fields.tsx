import type { ChangeEvent, ReactNode, Ref } from 'react';

interface BaseProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  className?: string;
}

function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame({ id, label, error, hint, className, children }: BaseProps & { children: ReactNode }) {
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
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

export interface TextFieldProps extends BaseProps {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'email';
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  maxLength?: number;
  autoComplete?: string;
  placeholder?: string;
  size?: number;
}

export function TextField(props: TextFieldProps) {
  const { id, value, onChange, type = 'text', error, hint, autoFocus, inputRef, maxLength, autoComplete = 'off', placeholder, size } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        autoFocus={autoFocus}
        maxLength={maxLength}
        autoComplete={autoComplete}
        placeholder={placeholder}
        size={size}
      />
    </FieldFrame>
  );
}

export interface SelectFieldProps<V extends string> extends BaseProps {
  value: V;
  onChange(value: NoInfer<V>): void;
  options: { value: NoInfer<V>; label: string }[];
  selectRef?: Ref<HTMLSelectElement>;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { id, value, onChange, options, error, hint, selectRef } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={id}
        ref={selectRef}
        value={value}
        onChange={(e) => onChange(e.target.value as V)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ id, label, checked, onChange, hint }: { id: string; label: string; checked: boolean; onChange(v: boolean): void; hint?: string }) {
  return (
    <div className="field field-checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
