import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The title, editable in place: Enter or leaving the field saves, Escape restores. A long title is
 * cut with an ellipsis (bilag.css, fixes.css); the tooltip has all of it (and a screen reader reads the whole value).
 */
export function BilagTitle({ number, title, onSave }: { number: number; title: string; onSave(title: string): Promise<unknown> }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(title);
  const [lastTitle, setLastTitle] = useState(title);
  if (title !== lastTitle) {
    setLastTitle(title);
    setValue(title);
  }

  function commit() {
    const next = value.trim();
    if (next === '' || next === title) {
      setValue(title);
      return;
    }
    void onSave(next).catch(() => setValue(title));
  }

  return (
    <input
      className="bilag-title-input"
      value={value}
      aria-label={t('bilag.titleEdit', { number })}
      title={value}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          setValue(title);
        }
      }}
    />
  );
}
