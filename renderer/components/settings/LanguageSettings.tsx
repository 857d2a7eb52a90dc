import { useTranslation } from 'react-i18next';
import { changeLanguage, languages, type Language } from '../../i18n/i18n';
import { SettingsHeader } from './SettingsView';

export function LanguageSettings() {
  const { t, i18n } = useTranslation();
  const current = (i18n.language.startsWith('en') ? 'en' : 'da') as Language;
  return (
    <div className="page">
      <SettingsHeader title={t('language.title')} intro={t('language.intro')} />
      <fieldset className="form-card form-card-narrow radio-group">
        <legend>{t('language.legend')}</legend>
        {languages.map((lng) => (
          <div key={lng} className="field field-checkbox">
            <input id={`language-${lng}`} type="radio" name="language" value={lng} checked={current === lng} onChange={() => void changeLanguage(i18n, lng)} />
            <label htmlFor={`language-${lng}`} lang={lng}>
              {t(`language.names.${lng}`)}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
