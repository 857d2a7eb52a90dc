import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/domain/entities';
import type { ChainReport } from '../../../../shared/logic/protocol-chain';
import { shortHash } from '../../../../shared/logic/protocol-chain';
import { api } from '../../../api/api';
import { useAction } from '../../../hooks/use-action';
import { ErrorAlert } from '../../common/Alert';

/**
 * The meeting's entries in the committee's protocol chain (the approved minutes, then each approved
 * addendum) and "Kontrollér protokollen": every committee's chain recomputed from the stored record
 * (protocol:verify), the first entry that no longer matches named with its meeting and item.
 */
export function ChainSection({ meeting }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation();
  const action = useAction();
  const [report, setReport] = useState<ChainReport | null>(null);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
  return (
    <section className="approval-section" aria-labelledby="chain-heading">
      <div className="approval-section-header">
        <h3 id="chain-heading">{t('chain.heading')}</h3>
        <button type="button" className="button button-small" disabled={action.pending} onClick={() => void action.run(async () => setReport(await api().call('protocol:verify', {})))}>
          {t('chain.verify')}
        </button>
      </div>
      <p className="approval-intro">{t('chain.intro')}</p>
      <ol className="chain-entries">
        {meeting.protocol.entries.map((entry, index) => (
          <li key={entry.id} className="chain-entry">
            <span>{index === 0 ? t('chain.minutes') : t('chain.addendum', { version: index + 1 })}</span>
            <span className="muted">{when.format(new Date(entry.approvedAt))}</span>
            <code className="approval-hash" title={entry.hash}>{shortHash(entry.hash)}</code>
            {entry.overrides.length > 0 ? (
              <ul className="chain-overrides">
                {entry.overrides.map((o) => (
                  <li key={o.key}>{t('chain.override', { message: o.message, reason: o.reason })}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      <div role="status" aria-live="polite" data-testid="chain-report">
        {report?.ok ? <p className="chain-ok">{t('chain.ok', { count: report.checked })}</p> : null}
      </div>
      {report && !report.ok && report.failure ? <ErrorAlert message={report.failure.message} /> : null}
      {action.error ? <ErrorAlert message={action.error} onDismiss={action.clear} dismissLabel={t('dialog.close')} /> : null}
    </section>
  );
}
