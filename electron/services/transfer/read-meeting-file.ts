import { readFileSync } from 'node:fs';
import { UserError } from '../../../shared/api/envelope';
import { useDanishValidationMessages } from '../../../shared/api/zod-danish';
import { formatFieldPath } from '../../../shared/transfer/field-path';
import { meetingFileSchema, type MeetingFile } from '../../../shared/transfer/meeting-file';
import { upgradeMeetingFile } from '../../../shared/transfer/upgrade-meeting-file';

/** Reads and validates meeting.json; every refusal names the file and, where it can, the field. */
export function readMeetingFile(jsonPath: string): MeetingFile {
  let textContent: string;
  try {
    textContent = readFileSync(jsonPath, 'utf8');
  } catch {
    throw new UserError(`Filen ${jsonPath} findes ikke eller kan ikke læses.`, 'import_unreadable');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(textContent);
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(jsonPath);
    throw new UserError(`Filen ${jsonPath} er ikke gyldig JSON: ${(error as Error).message}`, 'import_malformed');
  }
  useDanishValidationMessages();
  let parsed: ReturnType<typeof meetingFileSchema.safeParse>;
  try {
    parsed = meetingFileSchema.safeParse(upgradeMeetingFile(raw));
  } catch (error) {
    // The content fields check their depth first; this catches any other structure deep enough to overflow the stack.
    if (error instanceof RangeError) throw tooDeep(jsonPath);
    throw error;
  }
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${formatFieldPath(i.path) || '(roden)'}: ${i.message}`);
    throw new UserError(`Filen ${jsonPath} kan ikke importeres. ${issues.join('; ')}`, 'import_invalid');
  }
  checkReferences(parsed.data, jsonPath);
  return parsed.data;
}

function tooDeep(jsonPath: string): UserError {
  return new UserError(`Filen ${jsonPath} kan ikke importeres: den er indlejret for dybt (lister eller objekter inden i hinanden i tusindvis af niveauer).`, 'import_invalid');
}

/** Cross-references zod cannot see: person keys, party letters, point numbers, duplicates. */
function checkReferences(file: MeetingFile, jsonPath: string): void {
  const fail = (field: string, reason: string): never => {
    throw new UserError(`Filen ${jsonPath} kan ikke importeres. ${field}: ${reason}`, 'import_invalid');
  };
  const keys = new Set<string>();
  file.people.forEach((p, i) => {
    if (keys.has(p.key)) fail(`people[${i}].key`, `nøglen ${p.key} bruges to gange`);
    keys.add(p.key);
  });
  const letters = new Set(file.parties.map((p) => p.letter));
  const person = (field: string, key: string) => { if (!keys.has(key)) fail(field, `ukendt person "${key}" (findes ikke i people)`); };
  const party = (field: string, letter: string) => { if (!letters.has(letter)) fail(field, `ukendt parti "${letter}" (findes ikke i parties)`); };

  file.people.forEach((p, i) => p.party !== null && party(`people[${i}].party`, p.party));
  file.committee.memberships.forEach((m, i) => person(`committee.memberships[${i}].person`, m.person));
  const itemNumbers = new Set(file.items.map((item) => item.number));
  file.attendance.forEach((a, i) => {
    person(`attendance[${i}].person`, a.person);
    if (a.substituteFor !== null) person(`attendance[${i}].substituteFor`, a.substituteFor);
    if (a.arrivedBeforeItem !== null && !itemNumbers.has(a.arrivedBeforeItem)) fail(`attendance[${i}].arrivedBeforeItem`, `mødet har intet punkt ${a.arrivedBeforeItem}`);
    if (a.leftAfterItem !== null && !itemNumbers.has(a.leftAfterItem)) fail(`attendance[${i}].leftAfterItem`, `mødet har intet punkt ${a.leftAfterItem}`);
  });
  const numbers = new Set<number>();
  const paths = new Set<string>();
  file.items.forEach((item, i) => {
    const at = `items[${i}]`;
    if (numbers.has(item.number)) fail(`${at}.number`, `punktnummer ${item.number} bruges to gange`);
    numbers.add(item.number);
    if (item.request) person(`${at}.request.person`, item.request.person);
    item.attendance.forEach((a, j) => person(`${at}.attendance[${j}].person`, a.person));
    item.substitutes.forEach((s, j) => {
      person(`${at}.substitutes[${j}].person`, s.person);
      person(`${at}.substitutes[${j}].forPerson`, s.forPerson);
    });
    const points = new Set(item.points.map((p) => p.number));
    item.decisions.forEach((d, j) => {
      const dat = `${at}.decisions[${j}]`;
      d.points.forEach((p, k) => { if (!points.has(p)) fail(`${dat}.points[${k}]`, `punktet har intet indstillingspunkt ${p}`); });
      d.rounds.forEach((r, k) => {
        r.votes.forEach((v, l) => ('person' in v ? person(`${dat}.rounds[${k}].votes[${l}].person`, v.person) : party(`${dat}.rounds[${k}].votes[${l}].party`, v.party)));
        r.dissents.forEach((x, l) => {
          if (x.party !== null) party(`${dat}.rounds[${k}].dissents[${l}].party`, x.party);
          x.people.forEach((p, m) => person(`${dat}.rounds[${k}].dissents[${l}].people[${m}]`, p));
        });
      });
      d.notes.forEach((n, k) => n.people.forEach((p, l) => person(`${dat}.notes[${k}].people[${l}]`, p)));
    });
    item.attachments.forEach((a, j) => {
      if (paths.has(a.file)) fail(`${at}.attachments[${j}].file`, `filen ${a.file} bruges af to bilag`);
      paths.add(a.file);
    });
  });
}
