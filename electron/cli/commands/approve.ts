import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../../shared/api/envelope';
import { documentFileName, findProtocolIssues } from '../../../shared/document';
import type { MeetingDetail, Person } from '../../../shared/domain/entities';
import { approvalMethodSchema, type ApprovalMethod } from '../../../shared/domain/enums';
import { formatMember, joinDanish } from '../../../shared/format/join-names';
import { approvalProgress, meetingParticipants } from '../../../shared/logic/approval';
import { shortHash } from '../../../shared/logic/protocol-chain';
import { findingKey, gateRelease } from '../../../shared/logic/release-gate';
import { approveMinutes } from '../../services/approval/approve-minutes';
import { meetingLabel } from '../../services/approval/chain-source';
import { missingApprovalsError } from '../../services/approval/missing-approvals';
import { createApi, type Api } from '../../services/create-api';
import { loadMeetingDetail } from '../../services/meeting-service';
import { writeFileAtomic } from '../../services/transfer/write-file-atomic';
import { getBlob } from '../../store/repositories/blob-repository';
import { listParties, listPeople } from '../../store/repositories/organisation-repository';
import { UsageError } from '../cli-io';
import { requireId, withDatabase, type Command } from '../command';
import { parseOverrides, printFindings } from '../finding-args';
import { readSigning } from '../signing-args';

/** --method: the stored value or its Danish word. "paper" (the signature sheet signed at the meeting) when not given. */
const METHOD_WORDS: Record<string, ApprovalMethod> = { papir: 'paper', app: 'in_app', 'e-mail': 'email', mail: 'email' };
const METHOD_LABEL: Record<ApprovalMethod, string> = { paper: 'underskrevet på papir', in_app: 'godkendt i programmet', email: 'godkendt pr. e-mail' };

function parseMethod(raw: string | boolean | undefined): ApprovalMethod {
  if (raw === undefined) return 'paper';
  const text = String(raw).trim().toLowerCase();
  const parsed = approvalMethodSchema.safeParse(METHOD_WORDS[text] ?? text);
  if (!parsed.success) throw new UsageError(`--method skal være paper (papir), in_app (app) eller email (e-mail) (fik "${String(raw)}").`);
  return parsed.data;
}

const asList = (raw: unknown): string[] => (raw === undefined ? [] : Array.isArray(raw) ? raw.map(String) : [String(raw)]);

/**
 * Godkend referatet from the command line, on the app's own service: the protocol check with the
 * findings' keys, the approvals given with --approved-by recorded through approvals:record, then
 * approveMinutes (the check, the committee's rule, the chain entry, both PDF/A editions as version
 * 1 and the status). A refusal is decided before anything is written; should the service still
 * refuse (the meeting changed meanwhile, or printing failed), the approvals this run recorded are
 * withdrawn again, so a refused run leaves the database as it was.
 */
export const run: Command['run'] = async (args, io) => {
  const meetingId = requireId(args, 'meeting');
  const overrides = parseOverrides(args.values.override as string | string[] | undefined);
  const method = parseMethod(args.values.method);
  const dryRun = args.values['dry-run'] === true;
  const sign = dryRun ? undefined : await readSigning(args, io);
  const out = typeof args.values.out === 'string' && args.values.out.length > 0 ? args.values.out : undefined;

  return withDatabase(args, 'existing', async (ctx, db) => {
    const api = createApi(ctx, () => {});
    const meeting = loadMeetingDetail(db, meetingId);
    const label = `${meetingLabel(db, meetingId)} (møde ${meetingId})`;
    const refuse = (message: string) => new UserError(`Referatet for ${label} er ikke godkendt: ${message}`, 'approval_refused');
    if (meeting.status === 'minutes_approved') {
      throw new UserError(`Referatet for ${label} er allerede godkendt; en rettelse skrives som en tilføjelse, og det godkendte referat ændres ikke.`, 'approval_done');
    }
    const people = listPeople(db);
    const name = (id: number) => { const p = people.find((x) => x.id === id); return p ? formatMember(p) : `person ${id}`; };

    io.out(`Protokoltjek for ${label}:`);
    const issues = findProtocolIssues(meeting, people, listParties(db));
    printFindings(io, issues);
    if (issues.length === 0) io.out('Ingen fund.');
    const gate = gateRelease(issues, overrides);

    const already = new Set(meeting.protocol.approvals.map((a) => a.personId));
    const toRecord: number[] = [];
    for (const person of asList(args.values['approved-by']).map((v) => resolvePerson(v, meeting, people, label))) {
      if (already.has(person.id) || toRecord.includes(person.id)) io.out(`Godkendelsen fra ${formatMember(person)} er allerede registreret.`);
      else toRecord.push(person.id);
    }
    const progress = approvalProgress(meeting, meeting.protocol.approvalRule, [...meeting.protocol.approvals, ...toRecord.map((personId) => ({ personId }))]);
    const rule = meeting.protocol.approvalRule === 'chair' ? 'formanden godkender på udvalgets vegne' : 'alle fremmødte godkender';
    io.out(`Godkendelser (${rule}):`);
    for (const a of meeting.protocol.approvals) io.out(`  ${name(a.personId)}: ${METHOD_LABEL[a.method]} (registreret)`);
    for (const id of toRecord) io.out(`  ${name(id)}: ${METHOD_LABEL[method]} (registreres nu)`);
    io.out(progress.problem ?? (progress.missing.length === 0 ? 'Alle de nødvendige godkendelser er givet.' : `Mangler godkendelse fra: ${joinDanish(progress.missing.map(name))}.`));

    const blocked = gate.blocking.length > 0
      ? `${gate.blocking.length === 1 ? 'ét fund' : `${gate.blocking.length} fund`} i protokoltjekket skal rettes eller tilsidesættes med --override NØGLE=BEGRUNDELSE.\n${gate.blocking.map((i) => `- ${i.message} (nøgle: ${findingKey(i)})`).join('\n')}`
      : null;
    const missing = progress.complete ? null : missingApprovalsError(people, progress, 'Referatet').message.replace(/^Referatet er ikke godkendt: /, '');
    if (dryRun) {
      io.out(blocked || missing ? `Referatet for ${label} kan ikke godkendes endnu: ${blocked ?? missing}` : `Referatet for ${label} kan godkendes.`);
      return blocked || missing ? 1 : 0;
    }
    if (blocked) throw refuse(blocked);
    if (missing) throw refuse(missing);
    if (out) mkdirSync(out, { recursive: true });

    const recorded: number[] = [];
    let result: Awaited<ReturnType<typeof approveMinutes>>;
    try {
      await recordApprovals(api, meetingId, toRecord, method, recorded);
      result = await approveMinutes(ctx, { meetingId, overrides, ...(sign ? { sign } : {}) });
    } catch (error) {
      await withdraw(api, recorded);
      if (error instanceof UserError) throw refuse(error.message.replace(/^Referatet er ikke godkendt: /, ''));
      throw error;
    }

    io.out(`Referatet for ${label} er godkendt som version ${result.version}; status: referat godkendt.`);
    io.out(`Kædehash: ${result.entry.hash}`);
    io.out(`Kort kædehash (underskriftsbladet): ${shortHash(result.entry.hash)}`);
    for (const o of gate.overridden) io.out(`Tilsidesat: ${o.issue.message} Begrundelse: ${o.reason}`);
    for (const release of result.releases) {
      let where = '';
      if (out) {
        const file = join(out, documentFileName({ document: 'minutes', edition: release.edition, committeeName: meeting.committeeName, date: meeting.date, version: release.version }));
        writeFileAtomic(file, getBlob(db, release.sha256)!);
        where = ` → ${file}`;
      }
      io.out(`${release.edition === 'members' ? 'Medlemmer' : 'Offentlig'}: SHA-256 ${release.sha256}${where}`);
    }
    return 0;
  });
};

/** A person id, or a name ("Åse Møller" or "Åse Møller (A)"), among those who took part in the meeting. */
function resolvePerson(value: string, meeting: MeetingDetail, people: readonly Person[], label: string): Person {
  const text = value.trim();
  const participants = new Set(meetingParticipants(meeting));
  const id = /^\d+$/.test(text) ? Number(text) : null;
  const norm = (s: string) => s.trim().toLocaleLowerCase('da');
  const matches = people.filter((p) => (id !== null ? p.id === id : norm(p.name) === norm(text) || norm(formatMember(p)) === norm(text)));
  const taking = matches.filter((p) => participants.has(p.id));
  if (taking.length === 1) return taking[0]!;
  if (taking.length > 1) throw new UserError(`Referatet for ${label} er ikke godkendt: "${text}" passer på flere, der deltog i mødet (${joinDanish(taking.map((p) => `${formatMember(p)}, id ${p.id}`))}); angiv personens id.`, 'approval_ambiguous');
  if (matches.length > 0) throw new UserError(`Referatet for ${label} er ikke godkendt: ${formatMember(matches[0]!)} deltog ikke i mødet og kan ikke godkende referatet (kommunestyrelseslovens § 13).`, 'approval_not_participant');
  const names = [...participants].map((pid) => people.find((p) => p.id === pid)).filter((p): p is Person => p !== undefined).map((p) => `${formatMember(p)} (id ${p.id})`);
  throw new UserError(`Referatet for ${label} er ikke godkendt: "${text}" er ikke en af dem, der deltog i mødet${names.length > 0 ? `: ${joinDanish(names)}` : ''}.`, 'approval_unknown_person');
}

/** Records each approval through approvals:record, collecting the ids of those recorded (to withdraw them on a refusal). */
async function recordApprovals(api: Api, meetingId: number, personIds: readonly number[], method: ApprovalMethod, recorded: number[]): Promise<void> {
  for (const personId of personIds) {
    const protocol = await api.invoke('approvals:record', { meetingId, personId, method });
    recorded.push(protocol.approvals.find((a) => a.personId === personId)!.id);
  }
}

async function withdraw(api: Api, approvalIds: readonly number[]): Promise<void> {
  for (const id of approvalIds) await api.invoke('approvals:remove', { id });
}
