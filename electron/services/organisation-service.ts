import { UserError } from '../../shared/api/envelope';
import type { HandlerMap } from './handler-types';
import { change } from './service-context';
import { found } from './not-found';
import * as repo from '../store/repositories/organisation-repository';

type Methods = 'municipality:get' | 'municipality:update' | 'parties:list' | 'parties:create' | 'parties:update' | 'parties:delete'
  | 'people:list' | 'people:create' | 'people:update' | 'people:delete';

export const organisationHandlers: HandlerMap<Methods> = {
  'municipality:get': (_, { db }) => repo.getMunicipality(db),

  'municipality:update': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'municipality', details: { name: input.name } }, () => {
      repo.saveMunicipality(ctx.db, input.name, input.logoDataUrl ? decodeDataUrl(input.logoDataUrl) : null);
      return repo.getMunicipality(ctx.db);
    }),

  'parties:list': (_, { db }) => repo.listParties(db),

  'parties:create': (input, ctx) =>
    change(ctx, { action: 'create', entity: 'party', entityId: (p) => p.id, details: input }, () => {
      refuseTakenLetter(ctx.db, input.letter);
      return found(repo.findParty(ctx.db, repo.insertParty(ctx.db, input)), 'Partiet', 0);
    }),

  'parties:update': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'party', entityId: () => input.id, details: input }, () => {
      found(repo.findParty(ctx.db, input.id), 'Partiet', input.id);
      refuseTakenLetter(ctx.db, input.letter, input.id);
      repo.updateParty(ctx.db, input);
      return found(repo.findParty(ctx.db, input.id), 'Partiet', input.id);
    }),

  'parties:delete': (input, ctx) =>
    change(ctx, { action: 'delete', entity: 'party', entityId: () => input.id }, () => {
      const party = found(repo.findParty(ctx.db, input.id), 'Partiet', input.id);
      const members = ctx.db.prepare('SELECT count(*) AS n FROM people WHERE party_id = ?').get(input.id) as { n: number };
      if (members.n > 0) {
        throw new UserError(`Partiet ${party.letter} (${party.name}) har ${members.n} personer og kan ikke slettes. Flyt dem til et andet parti først.`, 'party_in_use');
      }
      const votes = ctx.db.prepare('SELECT count(*) AS n FROM votes WHERE party_id = ?').get(input.id) as { n: number };
      if (votes.n > 0) throw new UserError(`Partiet ${party.letter} indgår i afstemninger i referater og kan ikke slettes.`, 'party_in_use');
      repo.deleteParty(ctx.db, input.id);
    }),

  'people:list': (_, { db }) => repo.listPeople(db),

  'people:create': (input, ctx) =>
    change(ctx, { action: 'create', entity: 'person', entityId: (p) => p.id, details: { name: input.name } }, () => {
      if (input.partyId !== null) found(repo.findParty(ctx.db, input.partyId), 'Partiet', input.partyId);
      const id = repo.insertPerson(ctx.db, { name: input.name, partyId: input.partyId, title: input.title ?? null, email: input.email ?? null });
      return found(repo.findPerson(ctx.db, id), 'Personen', id);
    }),

  'people:update': (input, ctx) =>
    change(ctx, { action: 'update', entity: 'person', entityId: () => input.id, details: { name: input.name } }, () => {
      found(repo.findPerson(ctx.db, input.id), 'Personen', input.id);
      if (input.partyId !== null) found(repo.findParty(ctx.db, input.partyId), 'Partiet', input.partyId);
      repo.updatePerson(ctx.db, { id: input.id, name: input.name, partyId: input.partyId, title: input.title ?? null, email: input.email ?? null });
      return found(repo.findPerson(ctx.db, input.id), 'Personen', input.id);
    }),

  'people:delete': (input, ctx) =>
    change(ctx, { action: 'delete', entity: 'person', entityId: () => input.id }, () => {
      const person = found(repo.findPerson(ctx.db, input.id), 'Personen', input.id);
      const uses = ctx.db.prepare(`SELECT
          (SELECT count(*) FROM memberships WHERE person_id = ?) + (SELECT count(*) FROM attendance WHERE person_id = ?)
          + (SELECT count(*) FROM votes WHERE person_id = ?) + (SELECT count(*) FROM items WHERE requested_by_person_id = ?) AS n`)
        .get(input.id, input.id, input.id, input.id) as { n: number };
      if (uses.n > 0) {
        throw new UserError(`${person.name} er medlem af et udvalg eller nævnt i et møde og kan ikke slettes. Afslut medlemskabet i stedet.`, 'person_in_use');
      }
      repo.deletePerson(ctx.db, input.id);
    }),
};

function refuseTakenLetter(db: Parameters<typeof repo.findPartyByLetter>[0], letter: string, exceptId?: number): void {
  const other = repo.findPartyByLetter(db, letter);
  if (other && other.id !== exceptId) throw new UserError(`Partibogstavet ${letter} bruges allerede af ${other.name}.`, 'party_letter_taken');
}

function decodeDataUrl(dataUrl: string): { bytes: Uint8Array; mediaType: string } {
  const match = /^data:(image\/(?:png|jpeg));base64,(.+)$/.exec(dataUrl);
  if (!match) throw new UserError('Logoet skal være et PNG- eller JPEG-billede.', 'invalid_logo');
  return { mediaType: match[1]!, bytes: Buffer.from(match[2]!, 'base64') };
}
