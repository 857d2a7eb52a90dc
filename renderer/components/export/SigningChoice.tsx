import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateInfo } from '../../../shared/api/methods/certificates';
import { api } from '../../api/api';

export type SigningRequest = { certificateId: number; password?: string } | null;

/** Which imported certificate signs the export, and its password when the system does not keep it. */
export function SigningChoice({ value, onChange, disabled }: { value: SigningRequest; onChange: (next: SigningRequest) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const [certificates, setCertificates] = useState<CertificateInfo[]>([]);

  useEffect(() => {
    let alive = true;
    api().call('certificates:list', {}).then((list) => alive && setCertificates(list)).catch(() => alive && setCertificates([]));
    return () => {
      alive = false;
    };
  }, []);

  if (certificates.length === 0) return <p className="field-hint">{t('export.signNoCertificates')}</p>;
  const chosen = value ? certificates.find((c) => c.id === value.certificateId) : undefined;
  return (
    <div className="export-signing">
      <label className="field">
        <span className="field-label">{t('export.signWith')}</span>
        <select
          value={value?.certificateId ?? ''}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value ? { certificateId: Number(e.target.value) } : null)}
        >
          <option value="">{t('export.signNone')}</option>
          {certificates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {chosen && !chosen.passwordStored ? (
        <label className="field">
          <span className="field-label">{t('export.signPassword')}</span>
          <input
            type="password"
            autoComplete="off"
            disabled={disabled}
            value={value?.password ?? ''}
            onChange={(e) => onChange({ certificateId: chosen.id, ...(e.target.value ? { password: e.target.value } : {}) })}
          />
          <span className="field-hint">{t('export.signPasswordHint')}</span>
        </label>
      ) : null}
    </div>
  );
}
