import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Release } from '../../../shared/domain/entities';
import { api } from '../../api/api';
import { exportJobHref, startDownload } from './download';

/**
 * The file of a release exactly as it was released, from the database (the PDF, or with `word`
 * the Word edition kept beside it): "Gem som …" on the desktop, a download in browser mode.
 */
export function ReleasedFileButton({ release, label, word = false }: { release: Release; label: string; word?: boolean }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function fetchFile() {
    setError(null);
    setBusy(true);
    try {
      const { jobId } = await api().call('releases:file', { releaseId: release.id, word });
      const bridge = window.dagsorden;
      if (typeof bridge?.dialogs?.saveExport === 'function') {
        const path = await bridge.dialogs.saveExport({ jobId });
        if (path !== null) setSavedPath(path);
        return;
      }
      const status = await api().call('exports:status', { jobId });
      if (status.result) startDownload(exportJobHref(jobId), status.result.fileName);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button-small" disabled={busy} onClick={() => void fetchFile()}>
        {label}
      </button>
      {savedPath ? <span className="muted">{t('export.savedIn', { path: savedPath })}</span> : null}
      {error ? <span className="field-error" role="alert">{error}</span> : null}
    </>
  );
}
