import { useTranslation } from 'react-i18next';

/** The filter box above the agenda: number, title or case number. Escape clears it. */
export function AgendaFilter({ value, onChange, shown, total }: { value: string; onChange(value: string): void; shown: number; total: number }) {
  const { t } = useTranslation();
  return (
    <div className="agenda-filter">
      <label htmlFor="agenda-filter" className="visually-hidden">
        {t('agenda.filterLabel')}
      </label>
      <input
        id="agenda-filter"
        type="search"
        value={value}
        placeholder={t('agenda.filterPlaceholder')}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value !== '') {
            e.preventDefault();
            onChange('');
          }
        }}
      />
      {value.trim() !== '' ? (
        <span className="agenda-filter-count" aria-live="polite">
          {t('agenda.filterCount', { shown, total })}
        </span>
      ) : null}
    </div>
  );
}
