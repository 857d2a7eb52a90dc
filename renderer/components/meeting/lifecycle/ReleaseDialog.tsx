import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReleasedFileButton } from '../../export/ReleasedFileButton';
import { ApiCallError } from '../../../../shared/api/client';
import type { ApiError } from '../../../../shared/api/envelope';
import type { ReleaseOutcome } from '../../../../shared/api/methods/meeting-lifecycle';
import type { MeetingDetail } from '../../../../shared/domain/entities';
import type { ReleaseIssue } from '../../../../shared/logic/release-checks';
import { useMeetingStore } from '../../../stores/meeting-store';
import { ErrorAlert } from '../../common/Alert';
import { Dialog } from '../../common/Dialog';
import { Icon } from '../../common/Icon';
import { SigningChoice, type SigningRequest } from '../../export/SigningChoice';
import { IssueGroups } from '../ReleaseChecksPanel';
import { useFindingChecks } from '../use-finding-checks';
import { ErrorWithList } from './ErrorWithList';

type Phase = { name: 'form' } | { name: 'running' } | { name: 'done'; outcome: ReleaseOutcome };

/**
 * "Udsend dagsorden": the release checks with an override field for each error, PDF/A and
 * signing as in the export, then the release of both editions as the next version. A refusal
 * (release_blocked) is shown with the findings it lists; the result names the version, the two
 * editions and the overrides kept with them.
 */
export function ReleaseDialog({ meeting, onClose, onReleased }: { meeting: MeetingDetail; onClose(): void; onReleased(outcome: ReleaseOutcome): void }) {
  const { t } = useTranslation();
  const release = useMeetingStore((s) => s.release);
  const { checks, issues, check, unanswered, hasReasonField, reasonOf, setReason, overrides } = useFindingChecks('meetings:releaseChecks', { id: meeting.id });
  const [pdfa, setPdfa] = useState(false);
  const [sign, setSign] = useState<SigningRequest>(null);
  const [phase, setPhase] = useState<Phase>({ name: 'form' });
  const [error, setError] = useState<ApiError | null>(null);
  const version = (meeting.agendaVersion ?? 0) + 1;
  const running = phase.name === 'running';

  async function submit() {
    if (running) return;
    setError(null);
    setPhase({ name: 'running' });
    try {
      const outcome = await release({ id: meeting.id, overrides: overrides(), pdfa, sign });
      setPhase({ name: 'done', outcome });
      onReleased(outcome);
    } catch (caught) {
      setError(caught instanceof ApiCallError ? caught.error : { code: 'failed', message: caught instanceof Error ? caught.message : String(caught) });
      setPhase({ name: 'form' });
    }
  }

  if (phase.name === 'done') {
    return (
      // A new dialog (key): the focus moves into the result, the return to the opener stays.
      <Dialog key="done" title={t('lifecycle.releaseDialog.doneTitle', { version: phase.outcome.version })} onClose={onClose} className="release-dialog" footer={<CloseButton onClose={onClose} />}>
        <ReleaseResult meeting={meeting} outcome={phase.outcome} />
      </Dialog>
    );
  }

  return (
    <Dialog
      key="form"
      initialFocus="close"
      title={meeting.agendaVersion === null ? t('lifecycle.releaseDialog.title') : t('lifecycle.releaseDialog.titleNext', { version })}
      onClose={onClose}
      className="release-dialog"
      footer={
        <>
          {/* In the footer, so the outcome of a press is in view whatever the findings' length. */}
          {error ? <ErrorWithList error={error} /> : null}
          <p className="release-dialog-progress" role="status" aria-live="polite">
            {running ? (
              <>
                <span className="spinner" aria-hidden="true" />
                {t('lifecycle.releaseDialog.running', { version })}
              </>
            ) : null}
          </p>
          <button type="button" className="button button-primary" aria-disabled={running || checks.state === 'running' || undefined} onClick={() => checks.state !== 'running' && void submit()}>
            {t('lifecycle.releaseDialog.submit', { version })}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <p className="release-dialog-intro">{t('lifecycle.releaseDialog.intro', { version })}</p>
      <section className="release-dialog-checks" aria-labelledby="release-dialog-checks-heading">
        <div className="release-dialog-checks-header">
          <h3 id="release-dialog-checks-heading">{t('lifecycle.releaseDialog.checksHeading')}</h3>
          <button type="button" className="button button-small" onClick={() => void check()} disabled={checks.state === 'running' || running}>
            {t('releaseChecks.rerun')}
          </button>
        </div>
        <p className="release-checks-summary" role="status">
          {checks.state === 'running' ? t('releaseChecks.running') : null}
          {checks.state === 'done' && issues.length === 0 ? (
            <>
              <Icon name="check" />
              <span>{t('releaseChecks.none')}</span>
            </>
          ) : null}
          {checks.state === 'done' && issues.length > 0
            ? t('releaseChecks.summary', {
                count: issues.length,
                errors: issues.filter((i) => i.severity === 'error').length,
                warnings: issues.filter((i) => i.severity === 'warning').length,
                questions: issues.filter((i) => i.severity === 'question').length,
              })
            : null}
        </p>
        {checks.state === 'failed' ? <ErrorAlert message={checks.message} /> : null}
        {unanswered > 0 ? (
          <p className="release-dialog-blocking">
            {t('lifecycle.releaseDialog.blocking', { count: unanswered })} {t('lifecycle.releaseDialog.overrideHint')}
          </p>
        ) : null}
        {issues.length > 0 ? (
          <fieldset className="release-dialog-findings" disabled={running}>
            <legend className="visually-hidden">{t('lifecycle.releaseDialog.checksHeading')}</legend>
            <IssueGroups
              meeting={meeting}
              issues={issues}
              onShow={onClose}
              extra={(issue, index) => (
                <>
                  {issue.code === 'cpr' ? (
                    <p className="release-cpr-note">
                      <Icon name="lock" size={14} />
                      <span>{t('lifecycle.releaseDialog.cprNote')}</span>
                    </p>
                  ) : null}
                  {hasReasonField(issue, index) ? (
                    <OverrideField
                      id={`release-override-${index}`}
                      issue={issue}
                      value={reasonOf(issue)}
                      onChange={(value) => setReason(issue, value)}
                    />
                  ) : null}
                </>
              )}
            />
          </fieldset>
        ) : null}
      </section>

      <fieldset className="release-dialog-options" disabled={running}>
        <legend>{t('lifecycle.releaseDialog.optionsHeading')}</legend>
        <label className="field-checkbox">
          <input type="checkbox" checked={pdfa} onChange={(e) => setPdfa(e.target.checked)} aria-describedby="release-pdfa-hint" />
          {t('export.pdfa')}
        </label>
        <p id="release-pdfa-hint" className="field-hint">
          {t('export.pdfaHint')}
        </p>
        <SigningChoice value={sign} onChange={setSign} disabled={running} />
      </fieldset>
    </Dialog>
  );
}

function OverrideField({ id, issue, value, onChange }: { id: string; issue: ReleaseIssue; value: string; onChange(value: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="field release-override">
      <label htmlFor={id}>
        {t('lifecycle.releaseDialog.override')}
        <span className="visually-hidden">: {issue.message}</span>
      </label>
      <input id={id} type="text" autoComplete="off" value={value} maxLength={1000} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function ReleaseResult({ meeting, outcome }: { meeting: MeetingDetail; outcome: ReleaseOutcome }) {
  const { t } = useTranslation();
  const numbers = outcome.withheldItemIds.flatMap((id) => meeting.items.find((i) => i.id === id)?.number ?? []);
  return (
    <div className="release-result" data-testid="release-result">
      <p role="status">{t('lifecycle.done.release', { version: outcome.version })}</p>
      <h3>{t('lifecycle.releaseDialog.editionsHeading')}</h3>
      <ul className="release-result-editions">
        {outcome.releases.map((r) => (
          <li key={r.id}>
            <Icon name="document" />
            <span className="release-result-edition">{t(`lifecycle.releaseDialog.edition.${r.edition}`)}</span>
            <span className="muted">
              {t(`lifecycle.releaseDialog.format.${r.format}`)}
              {r.signed ? `, ${t('lifecycle.releaseDialog.signed')}` : ''}
            </span>
            <ReleasedFileButton release={r} label={t('lifecycle.releaseDialog.getFile', { edition: t(`lifecycle.releaseDialog.edition.${r.edition}`).toLocaleLowerCase() })} />
            {r.word ? (
              <ReleasedFileButton word release={r} label={t('lifecycle.releaseDialog.getWordFile', { edition: t(`lifecycle.releaseDialog.edition.${r.edition}`).toLocaleLowerCase() })} />
            ) : null}
          </li>
        ))}
      </ul>
      {numbers.length > 0 ? <p className="release-cpr-note">{t('lifecycle.releaseDialog.withheld', { count: numbers.length, numbers: numbers.join(', ') })}</p> : null}
      <h3>{t('lifecycle.releaseDialog.overridesHeading')}</h3>
      {outcome.overridden.length === 0 ? (
        <p className="muted">{t('lifecycle.releaseDialog.noOverrides')}</p>
      ) : (
        <ul className="release-result-overrides">
          {outcome.overridden.map((o) => (
            <li key={o.key}>
              <p>{o.message}</p>
              <p className="muted">{t('lifecycle.releaseDialog.overrideReason', { reason: o.reason })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CloseButton({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-primary" onClick={onClose}>
      {t('dialog.close')}
    </button>
  );
}
