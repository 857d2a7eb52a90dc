import { UserError } from '../../../shared/api/envelope';
import type { Person } from '../../../shared/domain/entities';
import { formatMember, joinDanish } from '../../../shared/format/join-names';
import type { ApprovalProgress } from '../../../shared/logic/approval';

/** "Referatet er ikke godkendt: godkendelsen mangler fra Karen Holm (C) og Ib Lund (V)." */
export function missingApprovalsError(people: readonly Person[], progress: ApprovalProgress, what: 'Referatet' | 'Tilføjelsen'): UserError {
  if (progress.problem) return new UserError(`${what} er ikke godkendt: ${progress.problem}`, 'approval_missing');
  const byId = new Map(people.map((p) => [p.id, p]));
  const names = progress.missing.map((id) => { const p = byId.get(id); return p ? formatMember(p) : `person ${id}`; });
  return new UserError(`${what} er ikke godkendt: godkendelsen mangler fra ${joinDanish(names)}.`, 'approval_missing');
}
