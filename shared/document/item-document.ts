import { contentToPlainText, isContentEmpty } from '../content/plain-text';
import type { HouseStyle, Item, MeetingDetail, Party, Person, Section } from '../domain/entities';
import type { DocumentKind, Edition } from '../domain/enums';
import { formatLongDate } from '../format/danish-date';
import { formatMember } from '../format/join-names';
import { addendaOf } from './addenda';
import { decisionBlock, publicExtractBlock } from './decision-block';
import type { DocumentBilag, DocumentItem, DocumentPoints, DocumentPriorDecision, DocumentSection } from './types';
import { authorityText, caseLine, decisionHeading, hasOwnLead, WORDS } from './wording';

export interface ItemContext {
  meeting: MeetingDetail;
  document: DocumentKind;
  edition: Edition;
  people: readonly Person[];
  parties: readonly Party[];
  sectionOrder: readonly string[];
  longDate: string;
  /** Changed since the last agenda release. */
  changed: boolean;
  /** Its text stays out of the public edition (personal data). */
  withheld: boolean;
  /** Indstilling's opening words and the decision heading's colon. */
  houseStyle: HouseStyle;
}

const RECOMMENDATION = 'indstilling';
const canonicalKey = (key: string): string => (key === 'resumé' ? 'resume' : key);

/** One item as the document prints it (and as the app shows it), for one edition. */
export function itemDocument(item: Item, context: ItemContext): DocumentItem {
  const { edition } = context;
  const isPublic = edition === 'public';
  const publicTitle = item.isClosed ? item.publicTitle ?? WORDS.closedItem : item.title;
  const title = isPublic ? publicTitle : item.title;
  // The public minutes publish a closed item's decision as the secretary's extract, and nothing else of it.
  const extract = isPublic && item.isClosed && context.document === 'minutes' ? publicExtractBlock(item, context) : null;
  const withheldNote = extract ? null : isPublic && item.isClosed ? WORDS.closedWithheld : isPublic && context.withheld ? WORDS.personalDataWithheld : null;
  const showContent = withheldNote === null && extract === null;
  const outlineTitle = `${item.number}. ${title}${item.isClosed ? ` ${WORDS.closedMark}` : ''}${context.changed ? ` – ${WORDS.changedSinceRelease.toLowerCase()}` : ''}`;
  const base: DocumentItem = {
    id: item.id,
    number: item.number,
    title,
    publicTitle,
    isClosed: item.isClosed,
    furniture: item.isClosed ? WORDS.closedItem : WORDS.openItem,
    showContent,
    withheldNote,
    changedSinceRelease: context.changed,
    changedNote: context.changed ? WORDS.changedSinceRelease : null,
    outlineTitle,
    kind: item.kind,
    caseLine: null,
    request: null,
    sections: [],
    notices: [],
    priorDecisions: [],
    decision: extract,
    addenda: [],
    bilag: [],
  };
  if (!showContent) return base;

  const personById = new Map(context.people.map((p) => [p.id, p]));
  const request = item.request;
  const requester = request ? personById.get(request.personId) : undefined;
  return {
    ...base,
    caseLine: item.caseNumber ? caseLine(item.caseNumber) : null,
    request: request
      ? {
        heading: WORDS.requestHeading,
        sentence: `${requester ? formatMember(requester) : request.personName} har den ${formatLongDate(request.requestedOn)} anmodet om at få følgende sag optaget på dagsordenen:`,
        text: `»${request.text}«`,
      }
      : null,
    sections: documentSections(item, context.sectionOrder, context.houseStyle.recommendationLead),
    notices: item.notices,
    priorDecisions: priorDecisions(item, context.houseStyle),
    decision: context.document === 'minutes' ? decisionBlock(item, context) : null,
    addenda: context.document === 'minutes' ? addendaOf(item, context.meeting) : [],
    bilag: item.attachments
      .filter((a) => !isPublic || !a.isClosed)
      .sort((a, b) => a.number - b.number)
      .map((a): DocumentBilag => ({
        attachmentId: a.id, itemNumber: item.number, itemTitle: title, number: a.number, title: a.title,
        sha256: a.sha256, distributed: a.distribution === 'distributed', pageCount: a.pageCount,
      })),
  };
}

/**
 * Earlier committees' decisions on the case, oldest first: heading, text, and the presence lines
 * of that meeting where it was recorded here.
 */
function priorDecisions(item: Item, houseStyle: HouseStyle): DocumentPriorDecision[] {
  return [...item.priorDecisions]
    .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate))
    .map((d) => ({
      heading: decisionHeading(d.committeeName, formatLongDate(d.meetingDate), houseStyle.decisionHeadingColon),
      text: d.text,
      presenceLines: d.presenceLines ?? [],
    }));
}

/**
 * The sections with text, in the committee's order; an empty section is never printed, except
 * Indstilling when the item has points. The points come after Indstilling's own text, with the house
 * style's lead ("Forvaltningen foreslår, at") unless that text already opens them.
 */
function documentSections(item: Item, sectionOrder: readonly string[], lead: string): DocumentSection[] {
  const rank = (key: string): number => {
    const index = sectionOrder.indexOf(canonicalKey(key));
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const hasPoints = item.points.length > 0;
  const sections: DocumentSection[] = item.sections
    .filter((s) => !isContentEmpty(s.content) || (s.key === RECOMMENDATION && hasPoints))
    .sort((a, b) => rank(a.key) - rank(b.key))
    .map((s) => ({ key: canonicalKey(s.key), heading: heading(s), content: s.content, points: s.key === RECOMMENDATION ? points(item, s, lead) : null }));
  if (hasPoints && !sections.some((s) => s.key === RECOMMENDATION)) {
    sections.push({ key: RECOMMENDATION, heading: WORDS.recommendationHeading, content: { type: 'doc', content: [] }, points: points(item, null, lead) });
  }
  return sections;
}

const heading = (s: Section): string => (s.heading === 'Resumé' ? 'Resume' : s.heading);

function points(item: Item, section: Section | null, lead: string): DocumentPoints | null {
  if (item.points.length === 0) return null;
  const ownText = section ? contentToPlainText(section.content) : '';
  return {
    lead: hasOwnLead(ownText, lead) || lead.trim() === '' ? null : lead,
    points: [...item.points].sort((a, b) => a.number - b.number).map((p) => ({
      id: p.id, number: p.number, text: p.text, authority: p.decisionAuthority ? authorityText(p.decisionAuthority) : null,
    })),
  };
}
