import { UserError } from '../../shared/api/envelope';
import type { CommitteeDetail } from '../../shared/domain/entities';
import type { Db } from '../store/open-database';
import type { HandlerMap } from './handler-types';
import { change } from './service-context';
import { found } from './not-found';
import * as repo from '../store/repositories/committee-repository';
import { findPerson } from '../store/repositories/organisation-repository';

type Methods = 'committees:list' | 'committees:get' | 'committees:create' | 'committees:update' | 'memberships:add'
  | 'memberships:update' | 'memberships:remove' | 'committees:setSectionTemplate' | 'committees:setStandardItems';

export function loadCommitteeDetail(db: Db, id: number): CommitteeDetail {
  const committee = found(repo.findCommittee(db, id), 'Udvalget', id);
  return {
    ...committee,
    memberships: repo.listMemberships(db, id),
    sections: repo.getSectionTemplate(db, id),
    standardItems: repo.getStandardItems(db, id),
  };
}

export const committeeHandlers: HandlerMap<Methods> = {
  'committees:list': (input, { db }) => repo.listCommittees(db, input.includeArchived ?? false),

  'committees:get': (input, { db }) => loadCommitteeDetail(db, input.id),

  'committees:create': (input, ctx) =>
    change(ctx, { action: 'create', entity: 'committee', entityId: (c) => c.id, details: input }, () => {
      refuseTakenName(ctx.db, input.name);
      const id = repo.insertCommittee(ctx.db, {
        name: input.name, kind: input.kind, defaultPlace: input.defaultPlace ?? null, defaultStartTime: input.defaultStartTime ?? null,
        approvalRule: input.approvalRule ?? 'all_present',
      });
      repo.replaceSectionTemplate(ctx.db, id, defaultSectionTemplate);
      repo.replaceStandardItems(ctx.db, id, defaultStandardItems);
      return loadCommitteeDetail(ctx.db, id);
    }),

  'committees:update': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'committee', entityId: () => input.id, details: input }, () => {
      const current = found(repo.findCommittee(ctx.db, input.id), 'Udvalget', input.id);
      refuseTakenName(ctx.db, input.name, input.id);
      repo.updateCommittee(ctx.db, {
        id: input.id, name: input.name, kind: input.kind, defaultPlace: input.defaultPlace ?? null,
        defaultStartTime: input.defaultStartTime ?? null, archived: input.archived ?? current.archived,
        approvalRule: input.approvalRule ?? current.approvalRule,
      });
      return loadCommitteeDetail(ctx.db, input.id);
    }),

  'memberships:add': (input, ctx) =>
    change(ctx, { action: 'create', entity: 'membership', entityId: (m) => m.id, details: input }, () => {
      found(repo.findCommittee(ctx.db, input.committeeId), 'Udvalget', input.committeeId);
      const person = found(findPerson(ctx.db, input.personId), 'Personen', input.personId);
      const overlapping = repo.listMemberships(ctx.db, input.committeeId).find(
        (m) => m.personId === input.personId && periodsOverlap(m, { fromDate: input.fromDate, toDate: input.toDate ?? null }),
      );
      if (overlapping) throw new UserError(`${person.name} er allerede medlem af udvalget i den periode.`, 'membership_overlap');
      const id = repo.insertMembership(ctx.db, { ...input, toDate: input.toDate ?? null });
      return found(repo.findMembership(ctx.db, id), 'Medlemskabet', id);
    }),

  'memberships:update': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'membership', entityId: () => input.id, details: input }, () => {
      found(repo.findMembership(ctx.db, input.id), 'Medlemskabet', input.id);
      repo.updateMembership(ctx.db, { ...input, toDate: input.toDate ?? null });
      return found(repo.findMembership(ctx.db, input.id), 'Medlemskabet', input.id);
    }),

  'memberships:remove': (input, ctx) =>
    change(ctx, { action: 'delete', entity: 'membership', entityId: () => input.id }, () => {
      found(repo.findMembership(ctx.db, input.id), 'Medlemskabet', input.id);
      repo.deleteMembership(ctx.db, input.id);
    }),

  'committees:setSectionTemplate': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'section_template', entityId: () => input.committeeId, details: input.sections }, () => {
      found(repo.findCommittee(ctx.db, input.committeeId), 'Udvalget', input.committeeId);
      const keys = input.sections.map((s) => s.key);
      const duplicate = input.sections.find((s, i) => keys.indexOf(s.key) !== i);
      if (duplicate) throw new UserError(`Afsnittet »${duplicate.heading}« står to gange i skabelonen.`, 'duplicate_section');
      repo.replaceSectionTemplate(ctx.db, input.committeeId, input.sections);
      return loadCommitteeDetail(ctx.db, input.committeeId);
    }),

  'committees:setStandardItems': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'standard_items', entityId: () => input.committeeId, details: input.items }, () => {
      found(repo.findCommittee(ctx.db, input.committeeId), 'Udvalget', input.committeeId);
      repo.replaceStandardItems(ctx.db, input.committeeId, input.items);
      return loadCommitteeDetail(ctx.db, input.committeeId);
    }),
};

/** The sections most Danish committees print, in the usual order (DESIGN.md, document conventions). */
export const defaultSectionTemplate = [
  { key: 'resume', heading: 'Resume' },
  { key: 'indstilling', heading: 'Indstilling' },
  { key: 'sagsfremstilling', heading: 'Sagsfremstilling' },
  { key: 'lovgrundlag', heading: 'Lovgrundlag' },
  { key: 'oekonomi', heading: 'Økonomi' },
  { key: 'beslutningskompetence', heading: 'Beslutningskompetence' },
  { key: 'kommunikation', heading: 'Kommunikation' },
  { key: 'hoering', heading: 'Høring' },
];

export const defaultStandardItems = [
  { kind: 'agenda_approval' as const, title: 'Godkendelse af dagsorden', placement: 'start' as const },
  { kind: 'announcements' as const, title: 'Meddelelser', placement: 'start' as const },
  { kind: 'any_other_business' as const, title: 'Eventuelt', placement: 'end' as const },
];

function refuseTakenName(db: Db, name: string, exceptId?: number): void {
  const other = repo.findCommitteeByName(db, name);
  if (other && other.id !== exceptId) throw new UserError(`Der findes allerede et udvalg med navnet ${name}.`, 'committee_name_taken');
}

function periodsOverlap(a: { fromDate: string; toDate: string | null }, b: { fromDate: string; toDate: string | null }): boolean {
  return a.fromDate <= (b.toDate ?? '9999-12-31') && b.fromDate <= (a.toDate ?? '9999-12-31');
}
