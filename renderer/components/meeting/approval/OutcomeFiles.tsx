import { useTranslation } from 'react-i18next';
import type { ApprovalOutcome } from '../../../../shared/api/methods/protocol-approval';
import { shortHash } from '../../../../shared/logic/protocol-chain';
import { ReleasedFileButton } from '../../export/ReleasedFileButton';
import { Icon } from '../../common/Icon';

/** What an approval made: the minutes' version, its chain hash and both editions to open. */
export function OutcomeFiles({ outcome }: { outcome: ApprovalOutcome }) {
  const { t } = useTranslation();
  return (
    <div className="approval-outcome" data-testid="approval-outcome">
      <p role="status">{t('approval.done', { version: outcome.version })}</p>
      <p>
        {t('approval.chainHash')}: <code className="approval-hash">{shortHash(outcome.entry.hash)}</code>
      </p>
      <ul className="release-result-editions">
        {outcome.releases.map((r) => (
          <li key={r.id}>
            <Icon name="document" />
            <span className="release-result-edition">{t(`lifecycle.releaseDialog.edition.${r.edition}`)}</span>
            <ReleasedFileButton release={r} label={t('lifecycle.releaseDialog.getFile', { edition: t(`lifecycle.releaseDialog.edition.${r.edition}`).toLocaleLowerCase() })} />
            {r.word ? (
              <ReleasedFileButton word release={r} label={t('lifecycle.releaseDialog.getWordFile', { edition: t(`lifecycle.releaseDialog.edition.${r.edition}`).toLocaleLowerCase() })} />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
