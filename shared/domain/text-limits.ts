/**
 * How long each free-text field may be: the one place the API schemas, the meeting.json schema,
 * the renderer's inputs and the export's own check read from. A title fits on a few lines of a
 * printed page; a section of 200,000 characters is some 60 pages. The export refuses text stored
 * before these limits (or imported past them) by name rather than print part of it.
 */
export const TEXT_LIMITS = {
  /** Item titles, public titles, notice titles, bilag titles, standard items, case titles. */
  title: 250,
  /** Names of the municipality, committees, parties and people; a person's title; section headings. */
  name: 200,
  /** The meeting's place (and a committee's default place). */
  place: 200,
  /** The name of an uploaded file. */
  fileName: 255,
  /** A case number (sagsnummer). */
  caseNumber: 60,
  /** Short notes: reasons, attendance notes, decision authority, the default for other short text. */
  line: 1000,
  /** One recommendation point (indstillingspunkt). */
  point: 5000,
  /** The text of a member's request. */
  request: 20_000,
  /** One decision (per item or per point), and an earlier committee's decision. */
  decision: 50_000,
  /** A dissent or protocol note. */
  protocolNote: 20_000,
} as const;

export type TextLimitKey = keyof typeof TEXT_LIMITS;

/** Structured text (a section, a notice): characters of all its text, nodes, and how deep lists and tables nest. */
export const CONTENT_LIMITS = {
  characters: 200_000,
  nodes: 50_000,
  /** Node levels below the document: a list inside a list is two (list, list item); a paragraph one more. */
  depth: 40,
} as const;

/** 200000 → '200.000' (Danish grouping, the same in Node and every browser). */
export function danishCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "Punktets titel må højst have 250 tegn (har 1.000.000)." */
export function tooLongMessage(what: string, max: number, actual: number): string {
  return `${what} må højst have ${danishCount(max)} tegn (har ${danishCount(actual)}).`;
}
