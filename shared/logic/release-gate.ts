import type { ReleaseIssue } from './release-checks/types';

/** An override the secretary gave for one finding, with the reason kept in the release record and the audit log. */
export interface FindingOverride { key: string; reason: string }

/**
 * A finding's identity across runs of the checks: what kind, on which item, in which section or
 * bilag. Several hits of one kind in one place share it, so one reason covers them.
 */
export function findingKey(issue: Pick<ReleaseIssue, 'code' | 'itemId' | 'sectionKey' | 'attachmentId'>): string {
  return [issue.code, issue.itemId, issue.sectionKey ?? '', issue.attachmentId ?? ''].join(':');
}

/** Personal data that keeps an item's text out of the public edition, override or not. */
const WITHHOLDS_PUBLIC_TEXT = new Set<ReleaseIssue['code']>(['cpr']);

export interface ReleaseGate {
  /** Errors without an override: the release stops. */
  blocking: ReleaseIssue[];
  /** Errors the secretary let through, with the reason given. */
  overridden: { issue: ReleaseIssue; key: string; reason: string }[];
  /** Items whose text the public edition leaves out until the personal data is removed or the item closed. */
  withheldItemIds: Set<number>;
}

/**
 * What the release checks mean for a release: an error blocks it unless overridden with a reason;
 * warnings and questions never block. A CPR-like number in an open item always keeps that item's
 * text out of the public edition.
 */
export function gateRelease(issues: readonly ReleaseIssue[], overrides: readonly FindingOverride[]): ReleaseGate {
  const reasons = new Map(overrides.filter((o) => o.reason.trim() !== '').map((o) => [o.key, o.reason.trim()]));
  const gate: ReleaseGate = { blocking: [], overridden: [], withheldItemIds: new Set() };
  const counted = new Set<string>();
  for (const issue of issues) {
    if (WITHHOLDS_PUBLIC_TEXT.has(issue.code)) gate.withheldItemIds.add(issue.itemId);
    if (issue.severity !== 'error') continue;
    const key = findingKey(issue);
    const reason = reasons.get(key);
    if (reason === undefined) gate.blocking.push(issue);
    else if (!counted.has(key)) gate.overridden.push({ issue, key, reason });
    counted.add(key);
  }
  return gate;
}

/** Items withheld from the public edition by the checks, for exports outside a release too. */
export function withheldFromPublic(issues: readonly ReleaseIssue[]): Set<number> {
  return gateRelease(issues, []).withheldItemIds;
}
