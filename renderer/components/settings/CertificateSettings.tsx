import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateInfo } from '../../../shared/api/methods/certificates';
import { api } from '../../api/api';
import { useAction } from '../../hooks/use-action';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useFormat } from '../../format/use-format';
import { readFileAsBase64 } from '../bilag/read-file';
import { ErrorAlert, StatusMessage } from '../common/Alert';
import { ConfirmButton } from '../common/ConfirmButton';
import { DataTable } from '../common/DataTable';
import { Form } from '../common/Form';
import { SubmitButton } from '../common/FormButtons';
import { SettingsHeader } from './SettingsView';

const ACCEPT = '.p12,.pfx,application/x-pkcs12';

/**
 * The secretariat's signing certificates (PAdES). A .p12/.pfx is imported once; its password is
 * either kept encrypted by the operating system (the desktop app) or asked for at each signature.
 * The file is small, so it always travels inline as base64.
 */
export function CertificateSettings() {
  const { t } = useTranslation();
  const format = useFormat();
  const [certificates, setCertificates] = useState<CertificateInfo[]>([]);
  const [canRemember, setCanRemember] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const form = useFormSubmit({ fields: ['password'] });
  const listAction = useAction();

  const reload = useCallback(async () => {
    const [list, capabilities] = await Promise.all([api().call('certificates:list', {}), api().call('certificates:capabilities', {})]);
    setCertificates(list);
    setCanRemember(capabilities.canRememberPassword);
  }, []);

  useEffect(() => {
    void listAction.run(reload);
  }, [reload]);

  const reset = () => {
    setFile(null);
    setPassword('');
    setRemember(false);
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <div className="page">
      <SettingsHeader title={t('certificates.title')} intro={t('certificates.intro')} />
      <Form
        label={t('certificates.importTitle')}
        onSubmit={() => {
          if (!file) {
            form.setStatus(null);
            return;
          }
          const chosen = file;
          void form.submit(
            async () => {
              const dataBase64 = await readFileAsBase64(chosen);
              const info = await api().call('certificates:import', {
                fileName: chosen.name, dataBase64, password, rememberPassword: canRemember && remember,
              });
              await reload();
              return info;
            },
            (info) => {
              reset();
              return t('certificates.imported', { subject: info.subject });
            },
          );
        }}
      >
        <h2 className="form-title">{t('certificates.importTitle')}</h2>
        <div className="form-row">
          <div className="field field-grow">
            <label htmlFor="certificate-file">{t('certificates.file')}</label>
            <input id="certificate-file" ref={fileRef} type="file" accept={ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          <div className={`field${form.fieldErrors.password ? ' has-error' : ''}`}>
            <label htmlFor="certificate-password">{t('certificates.password')}</label>
            <input
              id="certificate-password"
              type="password"
              value={password}
              autoComplete="off"
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={form.fieldErrors.password ? true : undefined}
              aria-describedby={form.fieldErrors.password ? 'certificate-password-error' : undefined}
            />
            {form.fieldErrors.password ? (
              <p className="field-error" id="certificate-password-error">
                {form.fieldErrors.password}
              </p>
            ) : null}
          </div>
        </div>
        <div className="field field-checkbox">
          <input
            id="certificate-remember"
            type="checkbox"
            checked={canRemember && remember}
            disabled={!canRemember}
            onChange={(e) => setRemember(e.target.checked)}
            aria-describedby="certificate-remember-hint"
          />
          <label htmlFor="certificate-remember">{t('certificates.remember')}</label>
          <p className="field-hint" id="certificate-remember-hint">
            {canRemember ? t('certificates.rememberHint') : t('certificates.rememberUnavailable')}
          </p>
        </div>
        <div className="form-row-actions">
          <SubmitButton pending={form.pending} disabled={!file}>
            {t('certificates.import')}
          </SubmitButton>
        </div>
        <ErrorAlert message={form.error} />
        <StatusMessage message={form.status} />
      </Form>

      <DataTable
        caption={t('certificates.title')}
        columns={[{ label: t('certificates.subject') }, { label: t('certificates.issuer') }, { label: t('certificates.validUntil') }, { label: t('certificates.passwordColumn') }]}
        rows={certificates}
        empty={t('certificates.none')}
        error={listAction.error}
      >
        {(c) => (
          <tr key={c.id}>
            <td>{c.subject}</td>
            <td>{c.issuer}</td>
            <td>{format.date(c.notAfter.slice(0, 10))}</td>
            <td>{c.passwordStored ? t('certificates.passwordStored') : t('certificates.passwordAsked')}</td>
            <td className="col-actions">
              <ConfirmButton
                label={t('common.delete')}
                accessibleLabel={t('certificates.deleteLabel', { subject: c.subject })}
                confirmLabel={t('certificates.confirmDelete', { subject: c.subject })}
                onConfirm={() => {
                  form.setStatus(null);
                  void listAction.run(async () => {
                    await api().call('certificates:delete', { id: c.id });
                    await reload();
                  });
                }}
              />
            </td>
          </tr>
        )}
      </DataTable>
    </div>
  );
}
