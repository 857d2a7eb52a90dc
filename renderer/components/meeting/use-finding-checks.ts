import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiArgs } from '../../../shared/api/contract';
import type { ReleaseIssue } from '../../../shared/logic/release-checks';
import { findingKey, type FindingOverride } from '../../../shared/logic/release-gate';
import { api } from '../../api/api';

export type FindingChecks = { state: 'running' } | { state: 'done'; issues: ReleaseIssue[] } | { state: 'failed'; message: string };

/**
 * A step's checks before it is taken (the release checks before udsendelse, the protocol check
 * before godkendelse): the findings, run again on demand, and a reason per error finding's key,
 * which the step sends as its overrides. Several hits of one key share the first one's field.
 */
export function useFindingChecks(method: 'meetings:releaseChecks' | 'meetings:protocolChecks', args: ApiArgs<'meetings:releaseChecks'>, ...rerunOn: unknown[]) {
  const [checks, setChecks] = useState<FindingChecks>({ state: 'running' });
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const run = useRef(0);
  const { id } = args;

  const check = useCallback(async () => {
    const mine = ++run.current;
    setChecks({ state: 'running' });
    try {
      const issues = await api().call(method, { id });
      if (run.current === mine) setChecks({ state: 'done', issues });
    } catch (caught) {
      if (run.current === mine) setChecks({ state: 'failed', message: caught instanceof Error ? caught.message : String(caught) });
    }
  }, [method, id]);

  useEffect(() => {
    void check();
    // rerunOn: what the caller's checks read, so a change to it runs them again.
  }, [check, ...rerunOn]);

  const issues = checks.state === 'done' ? checks.issues : [];
  const errorKeys = [...new Set(issues.filter((i) => i.severity === 'error').map(findingKey))];
  const firstOfKey = new Map<string, number>();
  issues.forEach((issue, index) => {
    if (issue.severity === 'error' && !firstOfKey.has(findingKey(issue))) firstOfKey.set(findingKey(issue), index);
  });
  return {
    checks,
    issues,
    check,
    unanswered: errorKeys.filter((key) => !(reasons[key] ?? '').trim()).length,
    /** Whether this finding carries its key's reason field. */
    hasReasonField: (issue: ReleaseIssue, index: number) => firstOfKey.get(findingKey(issue)) === index,
    reasonOf: (issue: ReleaseIssue) => reasons[findingKey(issue)] ?? '',
    setReason: (issue: ReleaseIssue, value: string) => setReasons((r) => ({ ...r, [findingKey(issue)]: value })),
    overrides: (): FindingOverride[] => errorKeys.flatMap((key) => ((reasons[key] ?? '').trim() ? [{ key, reason: reasons[key]!.trim() }] : [])),
  };
}
