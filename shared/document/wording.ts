import type { HouseStyle } from '../domain/entities';
import type { DocumentKind } from '../domain/enums';
import type { DocumentState } from '../logic/lifecycle';

/** The fixed Danish words of the agenda and the minutes, in one place. */
export const WORDS = {
  openItem: 'Åbent punkt',
  closedItem: 'Lukket punkt',
  closedMark: '(lukket punkt)',
  closedWithheld: 'Lukket punkt – indholdet offentliggøres ikke.',
  personalDataWithheld: 'Punktets tekst er ikke med i den offentlige udgave, fordi den indeholder personoplysninger.',
  changedSinceRelease: 'Ændret siden udsendelse',
  publicEdition: 'Offentlig udgave',
  recommendationHeading: 'Indstilling',
  /** The default of HouseStyle.recommendationLead. */
  recommendationLead: 'Forvaltningen foreslår, at',
  protocolNote: 'Protokoltilførsel',
  noticesHeading: 'Meddelelser',
  requestHeading: 'Anmodning om optagelse af sag',
  bilagListHeading: 'Bilagsfortegnelse',
  onFile: '(ligger i sagen)',
  signatureHeading: 'Underskriftsblad',
  chainHeading: 'Protokolkæde',
  chainHelp: 'Kontrolsummen dækker punkternes tekst, beslutninger, afstemninger, fremmødet og bilagenes SHA-256 samt den forrige godkendelse i udvalgets kæde. Den kan efterprøves med dagsorden verify-protocol.',
  tocHeading: 'Indholdsfortegnelse',
  cancelled: 'Mødet er aflyst',
  draft: 'Udkast',
} as const;

export const documentName = (document: DocumentKind): string => (document === 'agenda' ? 'Dagsorden' : 'Referat');

/** What every page says of a draft or a cancelled meeting; null for the final text. */
export function pageMark(state: DocumentState): string | null {
  if (state === 'draft') return WORDS.draft;
  if (state === 'cancelled') return WORDS.cancelled;
  return null;
}

/** The front page's notice under the title. */
export function frontNotice(state: DocumentState, document: DocumentKind, cancelReason: string | null): string | null {
  if (state === 'cancelled') return cancelReason ? `${WORDS.cancelled}: ${cancelReason}` : `${WORDS.cancelled}.`;
  if (state === 'draft') return document === 'minutes' ? 'Udkast – referatet er ikke godkendt.' : 'Udkast – dagsordenen er ikke udsendt.';
  return null;
}

/** "Økonomiudvalget den 24. januar 2012:", or without the colon by the house style. */
export const decisionHeading = (committeeName: string, longDate: string, colon = true): string =>
  `${committeeName} den ${longDate}${colon ? ':' : ''}`;

/** The house style before the municipality sets its own. */
export const DEFAULT_HOUSE_STYLE: HouseStyle = { recommendationLead: WORDS.recommendationLead, decisionHeadingColon: true };

export const authorityText = (body: string): string => `Beslutningskompetence: ${body}`;

export const caseLine = (caseNumber: string): string => `Sagsnr. ${caseNumber}`;

/**
 * An Indstilling that opens its own points ("Forvaltningen foreslår, at …", "Direktionen indstiller,
 * at", "Forvaltningen anbefaler, at", "Det indstilles, at") needs no lead, nor one that already
 * holds the house style's lead.
 */
export function hasOwnLead(text: string, lead: string = WORDS.recommendationLead): boolean {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  if (lead.trim() !== '' && flat(text).includes(flat(lead))) return true;
  return /(?<![\p{L}])(foreslår|indstiller|indstilles|anbefaler)(?![\p{L}])/iu.test(text);
}
