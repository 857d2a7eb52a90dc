import { findingKey, type FindingOverride } from '../../shared/logic/release-gate';
import type { ReleaseIssue } from '../../shared/logic/release-checks/types';
import { UsageError, type CliIo } from './cli-io';

const SEVERITY = { error: 'fejl', warning: 'advarsel', question: 'spørgsmål' } as const;

/** --override NØGLE=BEGRUNDELSE, as many as needed (release and approve). */
export function parseOverrides(raw: string | boolean | undefined | string[]): FindingOverride[] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list.map((entry) => {
    const text = String(entry);
    const at = text.indexOf('=');
    if (at <= 0 || text.slice(at + 1).trim() === '') throw new UsageError(`--override skal skrives NØGLE=BEGRUNDELSE (fik "${text}").`);
    return { key: text.slice(0, at), reason: text.slice(at + 1).trim() };
  });
}

/** "fejl: Punkt 3 »…« har ingen beslutning.\n  nøgle: missing_decision:12::" for each finding. */
export function printFindings(io: CliIo, issues: readonly ReleaseIssue[]): void {
  for (const issue of issues) io.out(`${SEVERITY[issue.severity]}: ${issue.message}\n  nøgle: ${findingKey(issue)}`);
}
