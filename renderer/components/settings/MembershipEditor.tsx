import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeDetail, Membership } from '../../../shared/domain/entities';
import { membershipRoles, type MembershipRole } from '../../../shared/domain/enums';
import { useFormat } from '../../format/use-format';
import { useAction } from '../../hooks/use-action';
import { useCommitteeStore } from '../../stores/committee-store';
import { useOrganisationStore } from '../../stores/organisation-store';
import { ErrorAlert } from '../common/Alert';
import { ConfirmButton } from '../common/ConfirmButton';
import { DataTable } from '../common/DataTable';
import { EditButton } from '../common/EditButton';
import { DateField } from '../common/DateTimeFields';
import { CheckboxField, SelectField } from '../common/Fields';
import { Form } from '../common/Form';
import { CancelButton, SubmitButton } from '../common/FormButtons';

/** The committee's members: who, which role, voting right and period. */
export function MembershipEditor({ committee }: { committee: CommitteeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const people = useOrganisationStore((s) => s.people);
  const store = useCommitteeStore();
  const memberIds = new Set(committee.memberships.filter((m) => m.toDate === null).map((m) => m.personId));
  const candidates = people.filter((p) => !memberIds.has(p.id));
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<MembershipRole>('medlem');
  const [hasVote, setHasVote] = useState(true);
  const [fromDate, setFromDate] = useState(() => `${new Date().getFullYear()}-01-01`);
  const [toDate, setToDate] = useState('');
  const form = useAction({ fields: ['personId', 'role', 'fromDate', 'toDate'] });
  const listAction = useAction();
  const [editing, setEditing] = useState<Membership | null>(null);
  const chosen = candidates.some((p) => String(p.id) === personId) ? personId : String(candidates[0]?.id ?? '');

  const startEdit = (m: Membership) => {
    setEditing(m);
    setRole(m.role);
    setHasVote(m.hasVote);
    setFromDate(m.fromDate);
    setToDate(m.toDate ?? '');
    form.clear();
    document.getElementById('member-role')?.focus();
  };
  const stopEdit = () => {
    setEditing(null);
    chooseRole('medlem');
    setFromDate(`${new Date().getFullYear()}-01-01`);
    setToDate('');
    form.clear();
  };
  const voting = committee.memberships.filter((m) => m.hasVote).length;

  const chooseRole = (next: MembershipRole) => {
    setRole(next);
    // A substitute has no vote of their own; they take over the vote of the member they replace.
    setHasVote(next !== 'stedfortraeder');
  };

  return (
    <section className="form-card" aria-labelledby="members-heading">
      <div className="card-header">
        <h2 className="form-title" id="members-heading">
          {t('members.title')}
        </h2>
        {committee.memberships.length > 0 ? <p className="card-meta">{t('members.summary', { count: committee.memberships.length, voting })}</p> : null}
      </div>
      <DataTable
        caption={t('members.title')}
        columns={[{ label: t('members.person') }, { label: t('members.role') }, { label: t('members.vote') }, { label: t('members.period') }]}
        rows={committee.memberships}
        empty={t('members.none')}
        error={listAction.error}
      >
        {(m) => (
          <tr key={m.id} className={editing?.id === m.id ? 'is-editing' : undefined}>
            <td className="cell-strong">
              {m.personName}
              {m.partyLetter ? <span className="muted"> ({m.partyLetter})</span> : null}
            </td>
            <td>
              <span className={`role role-${m.role}`}>{t(`role.${m.role}`)}</span>
            </td>
            <td>{m.hasVote ? t('common.yes') : t('common.no')}</td>
            <td className="cell-nowrap">
              {m.toDate ? t('members.periodFromTo', { from: format.date(m.fromDate), to: format.date(m.toDate) }) : t('members.periodFrom', { from: format.date(m.fromDate) })}
            </td>
            <td className="col-actions">
              <EditButton accessibleLabel={t('members.editLabel', { name: m.personName })} onClick={() => startEdit(m)} />
              <ConfirmButton
                label={t('members.remove')}
                accessibleLabel={t('members.removeLabel', { name: m.personName })}
                confirmLabel={t('members.confirmRemove')}
                onConfirm={() => void listAction.run(() => store.removeMembership(committee.id, m.id))}
              />
            </td>
          </tr>
        )}
      </DataTable>

      <Form
        className="subform"
        label={editing ? t('members.editTitle', { name: editing.personName }) : t('members.addTitle')}
        onSubmit={() => {
          if (editing) {
            void form
              .run(() => store.updateMembership(committee.id, { id: editing.id, role, hasVote, fromDate, toDate: toDate || null }))
              .then((m) => m && stopEdit());
            return;
          }
          if (!chosen) return;
          void form
            .run(() =>
              store.addMembership({ committeeId: committee.id, personId: Number(chosen), role, hasVote, fromDate, toDate: toDate || null }),
            )
            .then((m) => {
              if (m) document.getElementById('member-person')?.focus();
            });
        }}
        onEscape={stopEdit}
      >
        <h3 className="subform-title">{editing ? t('members.editTitle', { name: editing.personName }) : t('members.addTitle')}</h3>
        {candidates.length === 0 && !editing ? (
          <p className="muted">{people.length === 0 ? t('members.noPeople') : t('members.allAdded')}</p>
        ) : (
          <>
            <div className="form-grid form-grid-members">
              {editing ? null : (
                <SelectField
                  id="member-person"
                  label={t('members.person')}
                  value={chosen}
                  onChange={setPersonId}
                  error={form.fieldErrors.personId}
                  options={candidates.map((p) => ({ value: String(p.id), label: p.partyLetter ? `${p.name} (${p.partyLetter})` : p.name }))}
                />
              )}
              <SelectField
                id="member-role"
                label={t('members.role')}
                value={role}
                onChange={chooseRole}
                error={form.fieldErrors.role}
                options={membershipRoles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              />
              <DateField id="member-from" label={t('members.from')} value={fromDate} onChange={setFromDate} error={form.fieldErrors.fromDate} />
              <DateField id="member-to" label={t('members.to')} value={toDate} onChange={setToDate} error={form.fieldErrors.toDate} />
            </div>
            <CheckboxField id="member-vote" label={t('members.hasVote')} checked={hasVote} onChange={setHasVote} />
            <ErrorAlert message={form.error} />
            <div className="form-actions">
              <SubmitButton pending={form.pending}>{editing ? t('common.saveChanges') : t('members.add')}</SubmitButton>
              {editing ? <CancelButton onClick={stopEdit} /> : null}
            </div>
          </>
        )}
      </Form>
    </section>
  );
}
