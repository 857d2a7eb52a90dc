import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../shared/api/methods/exports';

const FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'docx-zip'];

/** PDF with bilag, Word alone, or Word with its bilag in a .zip, with a line saying what the chosen one is for. */
export function FormatChoice({ value, onChange, disabled }: { value: ExportFormat; onChange(format: ExportFormat): void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset className="export-choice" disabled={disabled}>
      <legend>{t('export.format')}</legend>
      {FORMATS.map((format) => (
        <label key={format} className="field-checkbox">
          <input type="radio" name="export-format" checked={value === format} onChange={() => onChange(format)} aria-describedby="export-format-hint" />
          {t(`export.formats.${format}`)}
        </label>
      ))}
      <p id="export-format-hint" className="field-hint">
        {t(`export.formatHint.${value}`)}
      </p>
    </fieldset>
  );
}
