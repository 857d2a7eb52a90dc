import { z } from 'zod';
import { contentDocSchema } from '../content/content-model';
import {
  attendanceStatusSchema, committeeKindSchema, distributionSchema, itemAttendanceKindSchema, itemKindSchema, meetingKindSchema,
  meetingStatusSchema, membershipRoleSchema, protocolNoteKindSchema, voteChoiceSchema,
} from '../domain/enums';
import { clockTimeSchema, isoDateSchema } from '../domain/primitives';

/**
 * meeting.json: one meeting with everything needed to rebuild it in another database. People are
 * referred to by a key local to the file ("p1"), parties by letter; bilag are files whose paths are
 * relative to the JSON file. resources/meeting-json/ holds the JSON Schema made from this and an example.
 */
export const MEETING_FILE_FORMAT = 'dagsorden-meeting';
export const MEETING_FILE_VERSION = 1;

const personKey = z.string().regex(/^p\d+$/, 'En personnøgle skrives p1, p2 …');
const text = z.string().trim().min(1);
const optionalText = z.string().nullable();

export const meetingFileSchema = z.object({
  format: z.literal(MEETING_FILE_FORMAT),
  formatVersion: z.literal(MEETING_FILE_VERSION),
  municipality: z.object({ name: text }).nullable(),
  parties: z.array(z.object({ letter: z.string().min(1).max(3), name: text })),
  people: z.array(z.object({ key: personKey, name: text, party: z.string().nullable(), title: optionalText, email: optionalText })),
  committee: z.object({
    name: text,
    kind: committeeKindSchema,
    defaultPlace: optionalText,
    defaultStartTime: clockTimeSchema.nullable(),
    sections: z.array(z.object({ key: z.string().regex(/^[a-z][a-z0-9_]*$/), heading: text })),
    standardItems: z.array(z.object({ kind: itemKindSchema, title: text, placement: z.enum(['start', 'end']) })),
    memberships: z.array(z.object({
      person: personKey, role: membershipRoleSchema, hasVote: z.boolean(), fromDate: isoDateSchema, toDate: isoDateSchema.nullable(),
    })),
  }),
  meeting: z.object({
    date: isoDateSchema,
    startTime: clockTimeSchema.nullable(),
    endTime: clockTimeSchema.nullable(),
    place: optionalText,
    kind: meetingKindSchema,
    status: meetingStatusSchema,
    firstItemNumber: z.number().int().min(1),
  }),
  attendance: z.array(z.object({ person: personKey, status: attendanceStatusSchema, substituteFor: personKey.nullable(), note: optionalText })),
  items: z.array(z.object({
    number: z.number().int().min(1),
    title: text,
    kind: itemKindSchema,
    isClosed: z.boolean(),
    caseNumber: optionalText,
    caseTitle: optionalText,
    request: z.object({ person: personKey, requestedOn: isoDateSchema, text }).nullable(),
    sections: z.array(z.object({ key: z.string().regex(/^[a-z][a-z0-9_]*$/), heading: text, content: contentDocSchema })),
    points: z.array(z.object({ number: z.number().int().min(1), text, decisionAuthority: optionalText })),
    notices: z.array(z.object({ title: text, content: contentDocSchema })),
    priorDecisions: z.array(z.object({ committeeName: text, meetingDate: isoDateSchema, text })),
    attachments: z.array(z.object({
      number: z.number().int().min(1),
      title: text,
      file: z.string().min(1)
        .refine((p) => !p.startsWith('/') && !p.split(/[\\/]/).includes('..'), 'Stien skal være relativ og blive i mappen')
        .describe(
          'Bilagsfilens sti i forhold til mappen med meeting.json, med / mellem mapperne. Filen skal ligge i mappen: ' +
          'en absolut sti, en sti med .. og et symbolsk link, der peger ud af mappen, afvises. Kun almindelige filer på højst 300 MB.',
        ),
      fileName: text.describe('Filens navn, som brugeren ser det (i bilagslisten og i fejlmeddelelser).'),
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
    attendance: z.array(z.object({ person: personKey, kind: itemAttendanceKindSchema, reason: optionalText })),
    decisions: z.array(z.object({
      point: z.number().int().min(1).nullable(),
      text,
      votes: z.array(z.union([
        z.object({ person: personKey, choice: voteChoiceSchema }),
        z.object({ party: z.string().min(1).max(3), choice: voteChoiceSchema, count: z.number().int().min(1) }),
      ])),
    })),
    protocolNotes: z.array(z.object({ kind: protocolNoteKindSchema, text, people: z.array(personKey).min(1) })),
  })),
});

export type MeetingFile = z.infer<typeof meetingFileSchema>;
export type MeetingFileItem = MeetingFile['items'][number];
