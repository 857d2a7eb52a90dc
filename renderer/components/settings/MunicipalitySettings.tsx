import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useOrganisationStore } from '../../stores/organisation-store';
import { ErrorAlert, StatusMessage } from '../common/Alert';
import { TextField } from '../common/Fields';
import { Form } from '../common/Form';
import { SubmitButton } from '../common/FormButtons';
import { HouseStyleSettings } from './HouseStyleSettings';
import { SettingsHeader } from './SettingsView';

const MAX_LOGO_BYTES = 3 * 1024 * 1024;

export function MunicipalitySettings() {
  const { t } = useTranslation();
  const municipality = useOrganisationStore((s) => s.municipality);
  const updateMunicipality = useOrganisationStore((s) => s.updateMunicipality);
  const [name, setName] = useState(municipality.name);
  const [logo, setLogo] = useState<string | null>(municipality.logoDataUrl);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const form = useFormSubmit({ fields: ['name', 'logoDataUrl'] });

  async function pickLogo(file: File | undefined) {
    setLogoError(null);
    if (!file) return;
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') {
      setLogoError(t('municipality.logoWrongType'));
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      setLogoError(t('municipality.logoTooLarge'));
      return;
    }
    setLogo(await readAsDataUrl(file));
  }

  return (
    <div className="page">
      <SettingsHeader title={t('municipality.title')} intro={t('municipality.intro')} />
      <Form
        label={t('municipality.title')}
        onSubmit={() => void form.submit(async () => {
          await updateMunicipality({ name, logoDataUrl: logo });
          return true;
        }, () => t('common.saved'))}
        onEscape={() => {
          setName(municipality.name);
          setLogo(municipality.logoDataUrl);
          form.clear();
        }}
      >
        <TextField id="municipality-name" label={t('municipality.name')} value={name} onChange={setName} error={form.fieldErrors.name} className="field-medium" />
        <div className={`field${logoError || form.fieldErrors.logoDataUrl ? ' has-error' : ''}`}>
          <label htmlFor="municipality-logo">{t('municipality.logo')}</label>
          <div className="logo-row">
            <div className="logo-preview">
              {logo ? <img src={logo} alt={t('municipality.logoPreview')} /> : <span className="muted">{t('municipality.noLogo')}</span>}
            </div>
            <div className="logo-actions">
              <span className="file-picker">
                <span className="button" aria-hidden="true">
                  {t('municipality.chooseLogo')}
                </span>
                <input
                  ref={fileRef}
                  id="municipality-logo"
                  type="file"
                  accept="image/png,image/jpeg"
                  aria-describedby="municipality-logo-hint"
                  onChange={(e) => {
                    setFileName(e.target.files?.[0]?.name ?? null);
                    void pickLogo(e.target.files?.[0]);
                  }}
                />
              </span>
              {fileName ? <span className="file-name">{fileName}</span> : null}
              <p className="field-hint" id="municipality-logo-hint">
                {t('municipality.logoHint')}
              </p>
              {logo ? (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => {
                    setLogo(null);
                    setFileName(null);
                    if (fileRef.current) fileRef.current.value = '';
                  }}
                >
                  {t('municipality.removeLogo')}
                </button>
              ) : null}
            </div>
          </div>
          {logoError || form.fieldErrors.logoDataUrl ? <p className="field-error">{logoError ?? form.fieldErrors.logoDataUrl}</p> : null}
        </div>
        <ErrorAlert message={form.error} />
        <div className="form-actions">
          <SubmitButton pending={form.pending}>{t('common.save')}</SubmitButton>
          <StatusMessage message={form.status} />
        </div>
      </Form>
      <HouseStyleSettings />
    </div>
  );
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
