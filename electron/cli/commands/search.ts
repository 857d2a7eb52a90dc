import { UserError } from '../../../shared/api/envelope';
import { itemKinds, type ItemKind } from '../../../shared/domain/enums';
import { formatLongDate } from '../../../shared/format/danish-date';
import { snippetSegments } from '../../../shared/logic/search/search-query';
import { searchArchive, type SearchHit } from '../../services/search/search-archive';
import { withDatabase, type Command } from '../command';
import type { Db } from '../../store/open-database';

export const run: Command['run'] = (args, io) =>
  withDatabase(args, 'existing', (_, db) => {
    const query = args.positionals.join(' ');
    const hits = searchArchive(db, query, {
      committeeIds: committeeIds(db, args.values.committee),
      from: date(args.values.from, '--from'),
      to: date(args.values.to, '--to'),
      closed: openOrClosed(args.values.open, args.values.closed),
      kinds: kinds(args.values.kind),
    });
    if (args.values.json) {
      io.out(JSON.stringify(hits.map((hit) => ({ ...hit, snippet: snippetSegments(hit.snippet) })), null, 2));
      return 0;
    }
    if (hits.length === 0) {
      io.out(`Ingen resultater for ${query}.`);
      return 0;
    }
    for (const [meeting, group] of groupByMeeting(hits)) {
      io.out(`${meeting}`);
      for (const hit of group) {
        const where = hit.bilagTitle ? `bilag »${hit.bilagTitle}«` : 'punktets tekst';
        io.out(`  Punkt ${hit.itemNumber}. ${hit.itemTitle}${hit.closed ? ' (lukket)' : ''} – ${where}`);
        io.out(`    ${snippetSegments(hit.snippet).map((s) => (s.match ? `[${s.text}]` : s.text)).join('').replace(/\s+/g, ' ').trim()}`);
      }
    }
    return 0;
  });

/** Hits grouped by meeting, in the order of each meeting's best hit. */
function groupByMeeting(hits: SearchHit[]): Map<string, SearchHit[]> {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const key = `${hit.committeeName} den ${formatLongDate(hit.meetingDate)} (møde ${hit.meetingId})`;
    const group = groups.get(key);
    if (group) group.push(hit);
    else groups.set(key, [hit]);
  }
  return groups;
}

function committeeIds(db: Db, names: unknown): number[] | undefined {
  if (names === undefined) return undefined;
  const list = (Array.isArray(names) ? names : [names]) as string[];
  return list.map((name) => {
    const row = db.prepare('SELECT id FROM committees WHERE lower(name) = lower(?) OR CAST(id AS TEXT) = ?').get(name, name) as { id: number } | undefined;
    if (!row) throw new UserError(`--committee: udvalget »${name}« findes ikke i databasen.`, 'invalid_input');
    return row.id;
  });
}

function openOrClosed(open: unknown, closed: unknown): boolean | undefined {
  if (open === true && closed === true) throw new UserError('--open og --closed kan ikke bruges sammen; udelad begge for at søge i alle punkter.', 'invalid_input');
  return closed === true ? true : open === true ? false : undefined;
}

function kinds(values: unknown): ItemKind[] | undefined {
  if (values === undefined) return undefined;
  return ((Array.isArray(values) ? values : [values]) as string[]).map((value) => {
    if (!(itemKinds as readonly string[]).includes(value)) throw new UserError(`--kind: »${value}« er ikke en punkttype; brug ${itemKinds.join(', ')}.`, 'invalid_input');
    return value as ItemKind;
  });
}

function date(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UserError(`${option}: datoen skal skrives ÅÅÅÅ-MM-DD, fx 2024-01-31.`, 'invalid_input');
  return value;
}
