import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item, MeetingDetail } from '../../../shared/domain/entities';
import { describeRemovalGroup, type ReleaseIssue, type ReleaseIssueSeverity } from '../../../shared/logic/release-checks';
import { api } from '../../api/api';
import { useUiStore } from '../../stores/ui-store';
import { ErrorAlert } from '../common/Alert';
import { Icon } from '../common/Icon';
import '../../styles/release-checks.css';

type State = { status: 'running' } | { status: 'done'; issues: ReleaseIssue[] } | { status: 'failed'; message: string };

/** "Klar til udsendelse": the checks for the open meeting, grouped by item, re-run whenever the meeting changes. */
export function ReleaseChecksPanel({ meeting, onClose }: { meeting: MeetingDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ status: 'running' });
  const run = useRef(0);

  const check = useCallback(async (id: number) => {
    const mine = ++run.current;
    setState({ status: 'running' });
    try {
      const issues = await api().call('meetings:releaseChecks', { id });
      if (run.current === mine) setState({ status: 'done', issues });
    } catch (error) {
      if (run.current === mine) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void check(meeting.id);
  }, [meeting, check]);

  return (
    <section className="release-checks" aria-labelledby="release-checks-heading">
      <div className="release-checks-header">
        <div>
          <h2 id="release-checks-heading" className="release-checks-title">
            {t('releaseChecks.heading')}
          </h2>
          <p className="release-checks-intro">{t('releaseChecks.intro')}</p>
        </div>
        <div className="release-checks-actions">
          <button type="button" className="button button-small" onClick={() => void check(meeting.id)} disabled={state.status === 'running'}>
            {t('releaseChecks.rerun')}
          </button>
          <button type="button" className="button button-small button-quiet" onClick={onClose}>
            {t('releaseChecks.close')}
          </button>
        </div>
      </div>
      <Summary state={state} />
      {state.status === 'failed' ? <ErrorAlert message={state.message} /> : null}
      {state.status === 'done' && state.issues.length > 0 ? <IssueGroups meeting={meeting} issues={state.issues} /> : null}
    </section>
  );
}

function Summary({ state }: { state: State }) {
  const { t } = useTranslation();
  const issues = state.status === 'done' ? state.issues : null;
  const count = (severity: ReleaseIssueSeverity) => issues?.filter((i) => i.severity === severity).length ?? 0;
  const clean = issues !== null && issues.length === 0;
  return (
    <p className={clean ? 'release-checks-summary release-checks-clean' : 'release-checks-summary'} role="status" aria-live="polite">
      {state.status === 'running' ? t('releaseChecks.running') : null}
      {clean ? (
        <>
          <Icon name="check" />
          <span>{t('releaseChecks.none')}</span>
        </>
      ) : null}
      {issues && issues.length > 0
        ? t('releaseChecks.summary', { count: issues.length, errors: count('error'), warnings: count('warning'), questions: count('question') })
        : null}
    </p>
  );
}

/** The findings by item. The release dialog adds an override field per finding (`extra`) and closes itself before a "Vis" (`onShow`). */
export function IssueGroups({ meeting, issues, extra, onShow }: { meeting: MeetingDetail; issues: ReleaseIssue[]; extra?: (issue: ReleaseIssue, index: number) => ReactNode; onShow?: () => void }) {
  const { t } = useTranslation();
  const groups = meeting.items
    .map((item) => ({ item, issues: issues.filter((i) => i.itemId === item.id) }))
    .filter((g) => g.issues.length > 0);
  return (
    <div className="release-checks-groups">
      {groups.map(({ item, issues: own }) => (
        <section key={item.id} className="release-checks-group" aria-labelledby={`release-item-${item.id}`}>
          <div className="release-checks-group-header">
            <h3 id={`release-item-${item.id}`} className="release-checks-item">
              {t('releaseChecks.item', { number: item.number, title: item.title })}
            </h3>
            <ShowButton item={item} sectionKey={own.find((i) => i.sectionKey)?.sectionKey} onShow={onShow} />
          </div>
          <ul className="release-checks-list" aria-label={t('releaseChecks.issueList', { number: item.number })}>
            {own.map((issue, index) => (
              <li key={index} className={`release-issue release-issue-${issue.severity}`}>
                <SeverityMarker severity={issue.severity} />
                <div className="release-issue-body">
                  {issue.code === 'bilag_active_content' && issue.removals ? (
                    <ActiveContentRemovals item={item} issue={issue} />
                  ) : (
                    <p className="release-issue-message">{issue.message}</p>
                  )}
                  {issue.excerpt ? (
                    <p className="release-issue-excerpt">
                      <span className="visually-hidden">{t('releaseChecks.excerpt')}: </span>
                      <q>{issue.excerpt}</q>
                    </p>
                  ) : null}
                  {extra?.(issue, issues.indexOf(issue))}
                </div>
                {issue.sectionKey ? <ShowButton item={item} sectionKey={issue.sectionKey} quiet onShow={onShow} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** What the packet strips from a bilag, one line per kind and place, worded in the UI's language. */
function ActiveContentRemovals({ item, issue }: { item: Item; issue: ReleaseIssue }) {
  const { t, i18n } = useTranslation();
  const bilag = item.attachments.find((a) => a.id === issue.attachmentId);
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  // The wording's keys are built from the finding (what, where); the Danish resources type them.
  const translate = (key: string, vars: Record<string, string | number>) => t(`releaseChecks.activeContent.${key}` as 'releaseChecks.activeContent.intro', vars);
  return (
    <>
      <p className="release-issue-message">{t('releaseChecks.activeContent.intro', { number: bilag?.number ?? '', title: bilag?.title ?? '' })}</p>
      <ul className="release-issue-removals">
        {(issue.removals ?? []).map((group, index) => (
          <li key={index}>{describeRemovalGroup(group, translate, (parts) => list.format(parts))}</li>
        ))}
        {issue.moreRemovals ? <li>{t('releaseChecks.activeContent.more', { count: issue.moreRemovals })}</li> : null}
      </ul>
    </>
  );
}

function SeverityMarker({ severity }: { severity: ReleaseIssueSeverity }) {
  const { t } = useTranslation();
  return (
    <span className={`release-severity release-severity-${severity}`}>
      {severity === 'question' ? <QuestionIcon /> : <Icon name={severity === 'error' ? 'alert' : 'info'} size={14} />}
      {t(`releaseChecks.severity.${severity}`)}
    </span>
  );
}

function QuestionIcon() {
  return (
    <svg className="icon" width={14} height={14} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" aria-hidden="true" focusable="false">
      <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17h.01" />
    </svg>
  );
}

function ShowButton({ item, sectionKey, quiet = false, onShow }: { item: Item; sectionKey: string | undefined; quiet?: boolean; onShow?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const selectItem = useUiStore((s) => s.selectItem);
  const heading = item.sections.find((s) => s.key === sectionKey)?.heading;
  return (
    <button
      type="button"
      className={quiet ? 'button button-small button-quiet release-show' : 'button button-small release-show'}
      aria-label={t('releaseChecks.showLabel', { number: item.number, title: heading ? `${item.title} – ${heading}` : item.title })}
      onClick={() => {
        onShow?.();
        selectItem(item.id);
        revealSection(heading);
      }}
    >
      {t('releaseChecks.show')}
    </button>
  );
}

/** After the item has rendered: scroll to the section's heading, else to the item's title; focus follows. */
function revealSection(heading: string | undefined) {
  window.setTimeout(() => {
    const headings = Array.from(document.querySelectorAll<HTMLElement>('.detail-pane .section-heading'));
    const target = (heading ? headings.find((h) => h.textContent?.trim() === heading.trim()) : undefined) ?? document.getElementById('item-detail-title');
    if (!target) return;
    target.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    if (target.id === 'item-detail-title') target.focus({ preventScroll: true });
  }, 50);
}
