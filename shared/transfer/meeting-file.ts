import { z } from 'zod';
import { contentDocSchema } from '../content/content-model';
import {
  attendanceStatusSchema, committeeKindSchema, distributionSchema, itemAttendanceKindSchema, itemKindSchema, meetingKindSchema,
  decisionOutcomeSchema, membershipRoleSchema, voteChoiceSchema, voteModeSchema,
} from '../domain/enums';
import { clockTimeSchema, isoDateSchema, limitedText, nonEmptyText } from '../domain/primitives';
import { TEXT_LIMITS, type TextLimitKey } from '../domain/text-limits';

/**
 * meeting.json: one meeting with everything needed to rebuild it in another database. People are
 * referred to by a key local to the file ("p1"), parties by letter; bilag are files whose paths are
 * relative to the JSON file. resources/meeting-json/ holds the JSON Schema made from this and an example.
 */
export const MEETING_FILE_FORMAT = 'dagsorden-meeting';
/** Version 2 carries the meeting's conduct (decisions per point with outcomes, vote rounds, dissents, presence); version 1 files are upgraded on reading (upgrade-meeting-file.ts). */
export const MEETING_FILE_VERSION = 2;

const personKey = z.string().regex(/^p\d+$/, 'En personnøgle skrives p1, p2 …');
/** The same length limits as the API (shared/domain/text-limits.ts); the field path names the field in a refusal. */
const text = (limit: TextLimitKey = 'line') => nonEmptyText('Teksten', TEXT_LIMITS[limit]);
const optionalText = (limit: TextLimitKey = 'line') => limitedText('Teksten', TEXT_LIMITS[limit]).nullable();
const override = z.object({ text: text('decision'), basis: limitedText('Teksten', TEXT_LIMITS.decision * 2) }).nullable();

export const meetingFileSchema = z.object({
  format: z.literal(MEETING_FILE_FORMAT),
  formatVersion: z.literal(MEETING_FILE_VERSION),
  municipality: z.object({ name: text('name') }).nullable(),
  parties: z.array(z.object({ letter: z.string().min(1).max(3), name: text('name') })),
  people: z.array(z.object({ key: personKey, name: text('name'), party: z.string().nullable(), title: optionalText('name'), email: optionalText('name') })),
  committee: z.object({
    name: text('name'),
    kind: committeeKindSchema,
    defaultPlace: optionalText('place'),
    defaultStartTime: clockTimeSchema.nullable(),
    sections: z.array(z.object({ key: z.string().regex(/^[a-z][a-z0-9_]*$/), heading: text('name') })),
    standardItems: z.array(z.object({ kind: itemKindSchema, title: text('title'), placement: z.enum(['start', 'end']) })),
    memberships: z.array(z.object({
      person: personKey, role: membershipRoleSchema, hasVote: z.boolean(), fromDate: isoDateSchema, toDate: isoDateSchema.nullable(),
    })),
  }),
  meeting: z.object({
    date: isoDateSchema,
    startTime: clockTimeSchema.nullable(),
    endTime: clockTimeSchema.nullable(),
    place: optionalText('place'),
    kind: meetingKindSchema,
    /** The status under a cancellation: a cancelled meeting keeps it, so it can be reinstated. */
    status: z.enum(['planned', 'agenda_released', 'held', 'minutes_approved']),
    firstItemNumber: z.number().int().min(1),
    cancellation: z.object({ at: z.iso.datetime({ offset: true }), reason: text() }).nullable().default(null)
      .describe('Aflysningen (tidspunkt og grund), eller null. Filer fra før aflysninger kom med, har ikke feltet.'),
  }),
  attendance: z.array(z.object({
    person: personKey, status: attendanceStatusSchema, substituteFor: personKey.nullable(), note: optionalText(),
    arrivedBeforeItem: z.number().int().min(1).nullable().default(null).describe('Kom senere: til stede fra punktet med dette nummer.'),
    leftAfterItem: z.number().int().min(1).nullable().default(null).describe('Gik tidligere: til stede til og med punktet med dette nummer.'),
  })),
  items: z.array(z.object({
    number: z.number().int().min(1),
    title: text('title'),
    kind: itemKindSchema,
    isClosed: z.boolean(),
    publicTitle: optionalText('title').default(null).describe('Hvad de offentlige udgaver kalder et lukket punkt; null: »Lukket punkt«.'),
    caseNumber: optionalText('caseNumber'),
    caseTitle: optionalText('title'),
    request: z.object({ person: personKey, requestedOn: isoDateSchema, text: text('request') }).nullable(),
    sections: z.array(z.object({ key: z.string().regex(/^[a-z][a-z0-9_]*$/), heading: text('name'), content: contentDocSchema })),
    points: z.array(z.object({ number: z.number().int().min(1), text: text('point'), decisionAuthority: optionalText() })),
    notices: z.array(z.object({ title: text('title'), content: contentDocSchema })),
    priorDecisions: z.array(z.object({
      committeeName: text('name'), meetingDate: isoDateSchema, text: text('decision'),
      source: z.enum(['recorded', 'imported']).default('imported'),
      presenceLines: z.array(text('line')).max(50).default([]),
    })),
    attachments: z.array(z.object({
      number: z.number().int().min(1),
      title: text('title'),
      file: z.string().min(1)
        .refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), 'Stien skal være relativ og blive i mappen')
        .describe(
          'Bilagsfilens sti i forhold til mappen med meeting.json, med / mellem mapperne. Filen skal ligge i mappen: ' +
          'en absolut sti, en sti med .. og et symbolsk link, der peger ud af mappen, afvises. Kun almindelige filer på højst 300 MB.',
        ),
      fileName: text('fileName').describe('Filens navn, som brugeren ser det (i bilagslisten og i fejlmeddelelser).'),
      mediaType: z.string().describe(
        'Filens type, til oplysning (en eksport skriver application/pdf). Ved import afgøres typen af filens indhold, ' +
        'ikke af dette felt: PDF, PNG og JPEG tages imod, alt andet afvises, og et billede gemmes som en PDF med billedet på én A4-side.',
      ),
      sha256: z.string().regex(/^[0-9a-f]{64}$/).describe(
        'SHA-256 af filens bytes, som filen ligger i mappen (det, sha256sum skriver), med små hexcifre. ' +
        'For et billede er det billedfilens kontrolsum, ikke den PDF, programmet laver om det. En fil, der ikke passer, afvises.',
      ),
      distribution: distributionSchema,
      isClosed: z.boolean(),
      pageCount: z.number().int().min(0).describe('Antal sider, til oplysning; ved import tælles siderne i filen.'),
    })),
    attendance: z.array(z.object({ person: personKey, kind: itemAttendanceKindSchema, reason: optionalText() })),
    substitutes: z.array(z.object({ person: personKey, forPerson: personKey })).default([])
      .describe('Stedfortrædere for dette punkt alene (fx for et inhabilt medlem).'),
    publicExtract: optionalText('decision').default(null).describe('Et lukket punkts beslutning, som det offentlige referat gengiver den.'),
    presenceOverride: override.default(null).describe('Punktets fremmødelinjer skrevet i hånden i stedet for de dannede.'),
    decisions: z.array(z.object({
      points: z.array(z.number().int().min(1)).describe('De indstillingspunkter, beslutningen gælder; tom: hele punktet.'),
      outcome: decisionOutcomeSchema.nullable(),
      outcomeBody: optionalText('name'),
      remark: limitedText('Teksten', TEXT_LIMITS.decision).describe('Fri tekst efter udfaldet, eller hele beslutningen uden udfald.'),
      override: override.describe('Beslutningen skrevet i hånden i stedet for den dannede sætning.'),
      rounds: z.array(z.object({
        subject: optionalText(),
        mode: voteModeSchema,
        votes: z.array(z.union([
          z.object({ person: personKey, choice: voteChoiceSchema }),
          z.object({ party: z.string().min(1).max(3), choice: voteChoiceSchema, count: z.number().int().min(1) }),
        ])),
        dissents: z.array(z.object({ party: z.string().min(1).max(3).nullable(), people: z.array(personKey), text: text('protocolNote') })),
      })).describe('Afstemningerne i den rækkefølge, de blev holdt.'),
      notes: z.array(z.object({ people: z.array(personKey).min(1), text: text('protocolNote') })).describe('Protokoltilførsler efter beslutningen.'),
    })),
  })),
});

export type MeetingFile = z.infer<typeof meetingFileSchema>;
export type MeetingFileItem = MeetingFile['items'][number];
