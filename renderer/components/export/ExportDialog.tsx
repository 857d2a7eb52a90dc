import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ChangeReport } from '../../../shared/api/methods/releases';
import type { ExportFormat, ExportJobStatus } from '../../../shared/api/methods/exports';
import type { DocumentKind, Edition } from '../../../shared/domain/enums';
import { mayDo } from '../../../shared/logic/lifecycle';
import { api } from '../../api/api';
import { useMeetingStore } from '../../stores/meeting-store';
import { danishToday, useLifecycleText } from '../meeting/lifecycle/use-lifecycle';
import { fileUpload } from '../../api/transport';
import { ErrorAlert } from '../common/Alert';
import { readFileAsBase64 } from '../bilag/read-file';
import './export.css';
import { SigningChoice, type SigningRequest } from './SigningChoice';
import { exportJobHref, startDownload } from './download';
import { ChangeList } from './ChangeList';
import { FormatChoice } from './FormatChoice';
import { factsText } from './export-facts';

export const EXPORT_POLL_MS = 300;

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * Export of the agenda or minutes as a packet PDF or a Word edition (alone or with its bilag in a
 * .zip), with the changes since the previous release,
 * progress, cancel and a download link (browser mode) or "Gem som …" (desktop); and a signature check.
 */
export function ExportDialog({ meetingId, onClose }: { meetingId: number; onClose(): void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'export' | 'verify'>('export');
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => opener?.focus?.();
  }, []);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !dialogRef.current) return;
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={dialogRef} className="dialog export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-dialog-title" onKeyDown={onKeyDown}>
        <header className="dialog-header">
          <h2 id="export-dialog-title">{t('export.title')}</h2>
          <button ref={closeRef} type="button" className="button button-small" onClick={onClose}>
            {t('export.close')}
          </button>
        </header>
        <div className="export-tabs" role="tablist">
          {(['export', 'verify'] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`export-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`export-panel-${name}`}
              className="export-tab"
              onClick={() => setTab(name)}
            >
              {t(name === 'export' ? 'export.tabExport' : 'export.tabVerify')}
            </button>
          ))}
        </div>
        <div className="dialog-body" role="tabpanel" id={`export-panel-${tab}`} aria-labelledby={`export-tab-${tab}`}>
          {tab === 'export' ? <ExportPanel meetingId={meetingId} /> : <VerifyPanel />}
        </div>
      </div>
    </div>
  );
}

function ExportPanel({ meetingId }: { meetingId: number }) {
  const { t, i18n } = useTranslation();
  const [documentKind, setDocumentKind] = useState<DocumentKind>('agenda');
  const [edition, setEdition] = useState<Edition>('members');
  const meeting = useMeetingStore((s) => (s.meeting?.id === meetingId ? s.meeting : null));
  const lifecycleText = useLifecycleText();
  // Minutes exist once the meeting is held (shared/logic/lifecycle): until then the choice says why.
  const minutesVerdict = meeting
    ? mayDo({ status: meeting.status, date: meeting.date, released: meeting.agendaVersion !== null }, 'exportMinutes', danishToday())
    : { allowed: true as const, newVersion: false };
  const minutesRefusal = minutesVerdict.allowed ? null : lifecycleText(minutesVerdict.reason);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const word = format !== 'pdf';
  const [pdfa, setPdfa] = useState(false);
  const [afterItem, setAfterItem] = useState(false);
  const [sign, setSign] = useState<SigningRequest>(null);
  const [changes, setChanges] = useState<ChangeReport | null | undefined>(undefined);
  const [jobId, setJobId] = useState<string | null>(null);
  const [status, setStatus] = useState<ExportJobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  /** The edition of the job shown in the result (the choice may change after it started). */
  const [jobEdition, setJobEdition] = useState<Edition>('members');
  const running = jobId !== null && (status === null || status.state === 'running');
  /** The document and edition the change list on screen belongs to: a refresh of the same keeps it until the new one is there. */
  const changesFor = useRef<string | null>(null);
  /** The job whose file was handed to the browser as a download, so it happens once. */
  const downloaded = useRef<string | null>(null);

  /** A result belongs to the options it was made with: a changed choice takes it (and its error) away. */
  function choose<T>(set: (value: T) => void): (value: T) => void {
    return (value) => {
      set(value);
      setJobId(null);
      setStatus(null);
      setError(null);
      setSavedPath(null);
    };
  }

  useEffect(() => {
    let alive = true;
    const key = `${documentKind}/${edition}`;
    if (changesFor.current !== key) setChanges(undefined);
    changesFor.current = key;
    api()
      .call('releases:changes', { meetingId, document: documentKind, edition })
      .then((report) => alive && setChanges(report))
      .catch(() => alive && setChanges(undefined));
    return () => {
      alive = false;
    };
  }, [meetingId, documentKind, edition, status?.state === 'done']);

  useEffect(() => {
    if (!jobId) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await api().call('exports:status', { jobId });
        if (!alive) return;
        setStatus(next);
        if (next.state === 'running') timer = setTimeout(() => void poll(), EXPORT_POLL_MS);
      } catch (e) {
        if (alive) setError(e instanceof Error ? e.message : String(e));
      }
    };
    timer = setTimeout(() => void poll(), EXPORT_POLL_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [jobId]);

  async function start() {
    setError(null);
    setStatus(null);
    setSavedPath(null);
    try {
      // The PDF's own options stay as chosen for when PDF is chosen again, but a Word export goes without them.
      const pdfOptions = word ? { pdfa: false, bilagAfterItem: false, sign: null } : { pdfa, bilagAfterItem: afterItem, sign };
      const started = await api().call('exports:start', { meetingId, document: documentKind, edition, format, ...pdfOptions });
      setJobEdition(edition);
      setJobId(started.jobId);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function cancel() {
    if (!jobId) return;
    try {
      await api().call('exports:cancel', { jobId });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  /** Desktop: the native save dialog, then an atomic copy of the job's file (in the main process). */
  async function saveAs() {
    const bridge = window.dagsorden;
    if (!jobId || !bridge) return;
    setError(null);
    setSaving(true);
    try {
      const path = await bridge.dialogs.saveExport({ jobId });
      if (path !== null) setSavedPath(path);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }

  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`
      : `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(bytes / 1024)} kB`;
  const desktop = typeof window.dagsorden?.dialogs?.saveExport === 'function';
  const result = status?.state === 'done' ? status.result : undefined;
  const downloadHref = jobId ? exportJobHref(jobId) : null;

  // Browser mode: "Start eksport" is the one click; the finished file downloads by itself (the link stays for another copy).
  useEffect(() => {
    if (desktop || !result || !jobId || !downloadHref || downloaded.current === jobId) return;
    downloaded.current = jobId;
    startDownload(downloadHref, result.fileName);
  }, [desktop, result, jobId, downloadHref]);

  return (
    <div className="export-panel">
      <fieldset className="export-choice" disabled={running}>
        <legend>{t('export.document')}</legend>
        {(['agenda', 'minutes'] as const).map((value) => (
          <label key={value} className="field-checkbox">
            <input
              type="radio" name="export-document" checked={documentKind === value} onChange={() => choose(setDocumentKind)(value)}
              disabled={value === 'minutes' && minutesRefusal !== null} aria-describedby={value === 'minutes' && minutesRefusal ? 'export-minutes-refusal' : undefined}
            />
            {t(`export.documents.${value}`)}
          </label>
        ))}
        {minutesRefusal ? <p className="field-hint" id="export-minutes-refusal">{minutesRefusal}</p> : null}
      </fieldset>
      <fieldset className="export-choice" disabled={running}>
        <legend>{t('export.edition')}</legend>
        {(['members', 'public'] as const).map((value) => (
          <label key={value} className="field-checkbox">
            <input type="radio" name="export-edition" checked={edition === value} onChange={() => choose(setEdition)(value)} />
            {t(`export.editions.${value}`)}
          </label>
        ))}
      </fieldset>
      <FormatChoice value={format} onChange={choose(setFormat)} disabled={running} />
      {word ? (
        <p className="field-hint" data-testid="export-word-no-pdf-options">{t('export.wordNoPdfOptions')}</p>
      ) : (
        <>
          <fieldset className="export-choice" disabled={running}>
            <legend>{t('export.placement')}</legend>
            <label className="field-checkbox">
              <input type="radio" name="export-placement" checked={!afterItem} onChange={() => choose(setAfterItem)(false)} />
              {t('export.placements.end')}
            </label>
            <label className="field-checkbox">
              <input type="radio" name="export-placement" checked={afterItem} onChange={() => choose(setAfterItem)(true)} />
              {t('export.placements.afterItem')}
            </label>
          </fieldset>
          <label className="field-checkbox export-pdfa">
            <input type="checkbox" checked={pdfa} disabled={running} onChange={(e) => choose(setPdfa)(e.target.checked)} aria-describedby="export-pdfa-hint" />
            {t('export.pdfa')}
          </label>
          <p id="export-pdfa-hint" className="field-hint">
            {t('export.pdfaHint')}
          </p>
          <SigningChoice value={sign} onChange={choose(setSign)} disabled={running} />
        </>
      )}

      <div className="export-changes" data-testid="export-changes">
        {changes === undefined ? null : changes === null || changes.previousVersion === null ? (
          <p className="muted">{t('export.firstRelease')}</p>
        ) : (
          <>
            <h3 id="export-changes-heading">{t('export.changesSince', { version: changes.previousVersion })}</h3>
            <ChangeList report={changes} edition={edition} headingId="export-changes-heading" />
          </>
        )}
      </div>

      <div className="form-actions export-actions">
        {running ? (
          <button type="button" className="button" onClick={() => void cancel()}>
            {t('export.cancel')}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => void start()}>
            {t(status ? 'export.again' : 'export.start')}
          </button>
        )}
      </div>

      <ErrorAlert message={error ?? (status?.state === 'failed' ? (status.message ?? null) : null)} />
      <div className="export-progress" role="status" aria-live="polite">
        {running ? (
          <>
            <progress max={status?.phase === 'bilag' && status.total ? status.total : undefined} value={status?.phase === 'bilag' ? status.index : undefined} aria-label={t('export.title')} />
            <span>{progressText(t, status)}</span>
          </>
        ) : null}
        {status?.state === 'cancelled' ? <span>{t('export.cancelled')}</span> : null}
        {result ? (
          <div className="export-result">
            <p>{t('export.done')}</p>
            {desktop ? (
              <>
                <button type="button" className="button button-primary" disabled={saving} onClick={() => void saveAs()}>
                  {saving ? t('export.saving') : t('export.saveAs')}
                </button>
                {savedPath ? <p data-testid="export-saved">{t('export.savedIn', { path: savedPath })}</p> : null}
              </>
            ) : (
              <a className="button button-primary" href={downloadHref ?? undefined} download={result.fileName}>
                {t('export.download', { fileName: result.fileName })}
              </a>
            )}
            <p className="muted" data-testid="export-facts">
              {factsText(t, result, size(result.bytes))}
            </p>
            {result.changes && result.changes.previousVersion !== null ? (
              <section className="export-release-changes" data-testid="export-release-changes" aria-labelledby="export-release-changes-heading">
                <h3 id="export-release-changes-heading">
                  {t('export.releaseChanges', { version: result.version, previous: result.changes.previousVersion })}
                </h3>
                <ChangeList report={result.changes} edition={jobEdition} headingId="export-release-changes-heading" />
              </section>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}

function progressText(t: TFunction, status: ExportJobStatus | null): string {
  if (status?.phase === 'bilag' && status.index !== undefined && status.total !== undefined) return t('export.bilag', { index: status.index, total: status.total });
  if (status?.phase === 'finish') return t('export.finish');
  if (status?.phase === 'sign') return t('export.signing');
  return t('export.render');
}

function VerifyPanel() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<{ fileName: string; lines: string[] } | null>(null);

  async function check(file: File) {
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const upload = fileUpload();
      const args = upload ? { uploadToken: await upload(file, file.name) } : { dataBase64: await readFileAsBase64(file) };
      const result = await api().call('exports:verify', args);
      setReport({ fileName: file.name, lines: result.lines });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-verify">
      <p>{t('export.verifyIntro')}</p>
      <label className="button">
        {t('export.verifyPick')}
        <input
          type="file"
          accept="application/pdf,.pdf"
          className="visually-hidden"
          data-testid="verify-file-input"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void check(file);
          }}
        />
      </label>
      <p role="status" aria-live="polite">{busy ? t('export.verifying') : null}</p>
      <ErrorAlert message={error} />
      {report ? (
        <section className="export-verify-report" aria-label={t('export.verifyResult', { fileName: report.fileName })}>
          <h3>{t('export.verifyResult', { fileName: report.fileName })}</h3>
          <ul>
            {report.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
