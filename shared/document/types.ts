import type { ContentDoc } from '../content/content-model';
import type {
  HouseStyle, Item, MeetingDetail, Membership, Municipality, Notice, Party, Person,
} from '../domain/entities';
import type { DocumentKind, Edition } from '../domain/enums';
import type { DocumentState } from '../logic/lifecycle';

/**
 * What one edition of the agenda or the minutes says, decided once and in Danish: the PDF (HTML →
 * Chromium), the Word exporter and the app's item view render this and decide nothing themselves.
 * A closed item or bilag left out of the public edition here is left out everywhere.
 */
export interface DocumentModel {
  document: DocumentKind;
  edition: Edition;
  /** Udkast, final, or the meeting is cancelled (shared/logic/lifecycle). */
  state: DocumentState;
  /** "Dagsorden" or "Referat". */
  documentName: string;
  municipality: Municipality;
  committeeName: string;
  date: string;
  longDate: string;
  shortDate: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  extraordinary: boolean;
  front: FrontPage;
  members: DocumentMember[];
  items: DocumentItem[];
  /** Printed on every page and in the file name ("Udkast"), or null for the final text. */
  pageMark: string | null;
  /** The document's title, for <title>, the PDF Info and the window title bar. */
  title: string;
  /** The minutes' signature sheet (null in the agenda and in a cancelled meeting's minutes). */
  signatureSheet: SignatureSheet | null;
}

export interface FrontPage {
  /** "Referat – ekstraordinært møde" */
  kindLine: string;
  /** "Offentlig udgave", or null in the members' edition. */
  editionLine: string | null;
  /** "Udkast – referatet er ikke godkendt", "Mødet er aflyst: <grund>", or null. */
  notice: string | null;
  facts: { label: string; value: string }[];
  /** Column headings of the members table; the attendance column only in the minutes. */
  memberColumns: string[];
}

export interface DocumentMember {
  label: string;
  /** "Formand", "Næstformand", "" for an ordinary member. */
  roleLabel: string;
  role: Membership['role'];
  /** Minutes only: "Til stede", "Afbud", "Fraværende", "Stedfortræder for …". */
  attendance: string | null;
  present: boolean;
}

export interface DocumentBilag {
  attachmentId: number;
  itemNumber: number;
  itemTitle: string;
  /** The number printed in the Bilagsfortegnelse ("1. <titel>"). */
  number: number;
  title: string;
  sha256: string;
  /** Merged into the packet; otherwise listed as "(ligger i sagen)". */
  distributed: boolean;
  /** Pages as counted when the file was attached (the compiler checks it when it merges). */
  pageCount: number;
}

export interface DocumentSection {
  key: string;
  heading: string;
  content: ContentDoc;
  /** Indstilling with its numbered points printed after the text. */
  points: DocumentPoints | null;
}

export interface DocumentPoints {
  /** "Forvaltningen foreslår, at" — null when the section's own text already opens the points. */
  lead: string | null;
  points: { id: number; number: number; text: string; authority: string | null }[];
}

/** A protocol note (protokoltilførsel), printed right after the decision it belongs to. */
export interface DocumentNote {
  /** "Protokoltilførsel fra Karen Holm (A)" (the renderers add the colon). */
  label: string;
  text: string;
}

/** One decision as printed: its sentence (the vote and the minority's dissent included), then its notes. */
export interface DocumentDecision {
  /** The decisions this text stands for: one, several for the compact "Punkterne 1, 3 og 4: …" line, none for a public extract. */
  decisionIds: number[];
  /** Lines are separated by "\n" (an amendment's vote, then the decision). */
  text: string;
  /** Written by hand by the secretary (Decision.override). */
  overridden: boolean;
  /** Written by hand, and the generated text has changed since: the screen flags it; the documents print the text. */
  stale: boolean;
  notes: DocumentNote[];
}

export interface DecisionBlock {
  /** "Økonomiudvalget den 24. januar 2012:" (the colon by the house style). */
  heading: string;
  /** The decision sentences in the order of their points, each followed by its protocol notes. */
  decisions: DocumentDecision[];
  /** "Karsten Lomholt (C) var fraværende.", "… forlod mødet …", "… ankom …", the § 14 lines, the substitutes. */
  presenceLines: string[];
  /** The presence lines were written by hand (Item.presenceOverride). */
  presenceOverridden: boolean;
  /** Written by hand, and the generated lines have changed since. */
  presenceStale: boolean;
}

/** An earlier committee's decision on the case: heading, text and, where recorded here, its presence lines. */
export interface DocumentPriorDecision {
  heading: string;
  text: string;
  presenceLines: string[];
}

export interface DocumentItem {
  id: number;
  number: number;
  /** In the public edition a closed item's public title ("Lukket punkt" when it has none). */
  title: string;
  /** What the public editions call the item: its title, or for a closed item its public title. */
  publicTitle: string;
  isClosed: boolean;
  /** "Åbent punkt" / "Lukket punkt": the page furniture. */
  furniture: string;
  /**
   * false: number, title and withheldNote only — or, for a closed item in the public minutes with a
   * public extract, number, title and the decision block holding that extract (withheldNote null).
   */
  showContent: boolean;
  /** Why the content is not shown in this edition ("Lukket punkt – indholdet offentliggøres ikke."). */
  withheldNote: string | null;
  /** Changed since the agenda was last released: "Ændret siden udsendelse" on the page and in the bookmark. */
  changedSinceRelease: boolean;
  changedNote: string | null;
  /** The bookmark: "4. Køb af ejendom (lukket punkt) – ændret siden udsendelse". */
  outlineTitle: string;
  kind: Item['kind'];
  /** "Sagsnr. 26/04411" or null. */
  caseLine: string | null;
  request: { heading: string; sentence: string; text: string } | null;
  sections: DocumentSection[];
  notices: Notice[];
  /** Earlier committees' decisions, oldest first. */
  priorDecisions: DocumentPriorDecision[];
  /** Minutes only; null when nothing is recorded. */
  decision: DecisionBlock | null;
  /** Minutes only: the approved addenda to the item, oldest first (none in the public edition of a closed item). */
  addenda: DocumentAddendum[];
  bilag: DocumentBilag[];
}

export interface SignatureSheet {
  heading: string;
  intro: string;
  /** Those who took part, each with the approval recorded for them ("Godkendt 3. december 2026 kl. 10.15"), or null. */
  signers: { name: string; approval: string | null }[];
  /** The meeting's entries in the committee's protocol chain: the approved minutes, then each approved addendum. */
  chain: DocumentChainLine[];
}

/** "Referatet godkendt 3. december 2026 kl. 10.15, nr. 4 i udvalgets protokolkæde", its hash in full and short. */
export interface DocumentChainLine {
  label: string;
  hash: string;
  /** "1a2b 3c4d 5e6f 7a8b": the first 16 hex digits, for reading aloud. */
  shortHash: string;
}

/** Tilføjelse: an approved correction, printed after the item's decision; the original stays as it was. */
export interface DocumentAddendum {
  /** "Tilføjelse af 5. december 2026" */
  heading: string;
  text: string;
  /** "Begrundelse: … Indført af …" */
  basis: string;
}

/** What the model is built from: the meeting as stored, read once. */
export interface DocumentSource {
  meeting: MeetingDetail;
  municipality: Municipality;
  /** The committee's section order (keys). */
  sectionOrder: string[];
  people: Person[];
  parties: Party[];
  /** The municipality's house style: Indstilling's opening words, the colon after the decision heading. */
  houseStyle: HouseStyle;
}

export interface DocumentOptions {
  document: DocumentKind;
  edition: Edition;
  /** Items whose text must stay out of the public edition (personal data found by the release checks). */
  withheldItemIds?: ReadonlySet<number>;
  /** A release prints the final text of the version it makes; otherwise the state follows the meeting's status. */
  state?: DocumentState;
}
