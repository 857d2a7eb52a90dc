import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ChangedBilagRef, ChangedItemRef, ChangeReport } from '../../../shared/api/methods/releases';
import type { Edition } from '../../../shared/domain/enums';

export type ChangeGroupKey = 'itemsAdded' | 'itemsRemoved' | 'itemsMoved' | 'itemsChanged' | 'bilagAdded' | 'bilagRemoved' | 'bilagReplaced';

export interface ChangeGroup {
  key: ChangeGroupKey;
  lines: string[];
}

/**
 * The change report as the readable lines of the PDF's "Ændringer siden version N" page, grouped:
 * items added, removed, moved, changed; bilag added, removed, replaced. The same rules as the page
 * (electron/services/export/change-report.ts describeChanges): in the public edition a closed item
 * is never named ("Et lukket punkt er ændret.") and closed bilag are left out; a line said once is
 * not repeated.
 */
export function changeGroups(report: ChangeReport, edition: Edition, t: TFunction): ChangeGroup[] {
  const isPublic = edition === 'public';
  const hidden = (item: ChangedItemRef, previouslyClosed = false): boolean => isPublic && (item.closed || previouslyClosed);
  const named = (item: ChangedItemRef) => ({ number: item.number, title: item.title });
  const said = new Set<string>();
  const groups: ChangeGroup[] = [];
  const group = (key: ChangeGroupKey, lines: (string | null)[]) => {
    const fresh: string[] = [];
    for (const line of lines) {
      if (line === null || said.has(line)) continue;
      said.add(line);
      fresh.push(line);
    }
    if (fresh.length > 0) groups.push({ key, lines: fresh });
  };

  group('itemsAdded', report.itemsAdded.map((item) => (hidden(item) ? t('export.changeLines.closedAdded') : t('export.changeLines.itemAdded', named(item)))));
  group('itemsRemoved', report.itemsRemoved.map((item) => (hidden(item) ? t('export.changeLines.closedRemoved') : t('export.changeLines.itemRemoved', named(item)))));
  group(
    'itemsMoved',
    report.itemsMoved.map((item) =>
      hidden(item)
        ? t('export.changeLines.closedMoved', { from: item.previousNumber, to: item.number })
        : t('export.changeLines.itemMoved', { title: item.title, from: item.previousNumber, to: item.number }),
    ),
  );
  group(
    'itemsChanged',
    report.itemsChanged.map((item) => {
      if (hidden(item, item.previouslyClosed)) return t('export.changeLines.closedChanged');
      const parts: string[] = [];
      if (item.changes.includes('title')) parts.push(t('export.changeParts.title', { previous: item.previousTitle }));
      if (item.changes.includes('sections')) parts.push(t('export.changeParts.sections'));
      if (item.changes.includes('points')) parts.push(t('export.changeParts.points'));
      if (item.changes.includes('closed')) parts.push(t(item.closed ? 'export.changeParts.nowClosed' : 'export.changeParts.nowOpen'));
      return t('export.changeLines.itemChanged', { ...named(item), parts: parts.join(', ') });
    }),
  );
  const bilagLine = (bilag: ChangedBilagRef, verb: 'bilagAdded' | 'bilagRemoved' | 'bilagReplaced'): string | null => {
    if (hidden(bilag.item)) return t('export.changeLines.closedChanged');
    if (isPublic && bilag.closed) return null;
    return t(`export.changeLines.${verb}`, { ...named(bilag.item), bilag: bilag.title });
  };
  group('bilagAdded', report.bilagAdded.map((b) => bilagLine(b, 'bilagAdded')));
  group('bilagRemoved', report.bilagRemoved.map((b) => bilagLine(b, 'bilagRemoved')));
  group('bilagReplaced', report.bilagReplaced.map((b) => bilagLine(b, 'bilagReplaced')));
  return groups;
}

/** The grouped change list; `headingId` labels the list for screen readers. */
export function ChangeList({ report, edition, headingId }: { report: ChangeReport; edition: Edition; headingId: string }) {
  const { t } = useTranslation();
  const groups = changeGroups(report, edition, t);
  if (groups.length === 0) return <p>{t('export.noChanges')}</p>;
  const count = groups.reduce((sum, g) => sum + g.lines.length, 0);
  return (
    <div className="export-change-list" aria-labelledby={headingId} role="group">
      <p className="muted">{t('export.changesCount', { count })}</p>
      {groups.map((g) => (
        <div key={g.key} className="export-change-group" data-group={g.key}>
          <h4>{t(`export.changeGroups.${g.key}`)}</h4>
          <ul>
            {g.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
