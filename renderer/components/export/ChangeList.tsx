import { useTranslation } from 'react-i18next';
import type { ChangeReport } from '../../../shared/api/methods/releases';
import type { Edition } from '../../../shared/domain/enums';
import { describeChangeGroups } from '../../../shared/logic/release-changes/describe';

/**
 * The change report as the grouped lines of the PDF's "Ændringer siden version N" page: the same
 * function writes both, so a closed item is never named in the public edition here either. The
 * lines are the document's (Danish) words; the group headings follow the UI language.
 */
export function ChangeList({ report, edition, headingId }: { report: ChangeReport; edition: Edition; headingId: string }) {
  const { t } = useTranslation();
  const groups = describeChangeGroups(report, edition);
  if (groups.length === 0) return <p>{t('export.noChanges')}</p>;
  const count = groups.reduce((sum, g) => sum + g.lines.length, 0);
  return (
    <div className="export-change-list" aria-labelledby={headingId} role="group">
      <p className="muted">{t('export.changesCount', { count })}</p>
      {groups.map((g) => (
        <div key={g.key} className="export-change-group" data-group={g.key}>
          <h4>{t(`export.changeGroups.${g.key}`)}</h4>
          <ul lang="da">
            {g.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
