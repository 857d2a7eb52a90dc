import type { Item, MeetingDetail } from '../../domain/entities';
import { isContentEmpty } from '../../content/plain-text';
import { activeContentIssues, type RemovalsOf } from './active-content';
import { excerptAround, hitsOf } from './excerpt';
import { itemLabel, itemTexts, RECOMMENDATION_KEY } from './item-texts';
import { findCprNumbers, findEmails, findPhoneNumbers } from './personal-data';
import { findPlaceholders } from './placeholders';
import type { ReleaseIssue, ReleaseIssueCode, ReleaseIssueSeverity, TextHit } from './types';

/** "(bilag)", "(se bilag)", "vedlagt", "vedlagte" — the text promises a bilag. */
const BILAG_MENTION = /\((?:se\s+)?bilag(?:\s+\d+)?\)|(?<![\p{L}\p{N}])vedlagte?(?![\p{L}\p{N}])/giu;

const PERSONAL_DATA: { code: ReleaseIssueCode; severity: ReleaseIssueSeverity; what: string; find: (text: string) => TextHit[] }[] = [
  { code: 'cpr', severity: 'error', what: 'Muligt CPR-nummer', find: findCprNumbers },
  { code: 'email', severity: 'warning', what: 'E-mailadresse', find: findEmails },
  { code: 'phone', severity: 'warning', what: 'Muligt telefonnummer', find: findPhoneNumbers },
];

/**
 * What should be fixed (or confirmed) before the agenda is sent: missing Indstilling, promised but
 * missing bilag, placeholders, closed bilag on open items, personal data in what becomes public and
 * active content the packet removes from a bilag. `bilagText` gives the text extracted from a bilag,
 * `removalsOf` what the scanner found in a bilag's file.
 */
export function findReleaseIssues(meeting: MeetingDetail, bilagText: (attachmentId: number) => string, removalsOf: RemovalsOf = () => undefined): ReleaseIssue[] {
  return meeting.items.flatMap((item) => [
    ...missingRecommendation(item),
    ...bilagMentionedWithoutBilag(item),
    ...placeholders(item),
    ...closedBilagOnOpenItem(item),
    ...(item.isClosed ? [] : personalData(item, bilagText)),
    ...activeContentIssues(item, removalsOf),
  ]);
}

function missingRecommendation(item: Item): ReleaseIssue[] {
  if (item.kind !== 'ordinary' || item.points.length > 0) return [];
  const section = item.sections.find((s) => s.key === RECOMMENDATION_KEY || /^indstilling/i.test(s.heading.trim()));
  if (section && !isContentEmpty(section.content)) return [];
  return [{
    code: 'missing_recommendation', severity: 'error', itemId: item.id, sectionKey: section?.key,
    message: `${itemLabel(item)} har ingen indstilling: hverken tekst i »Indstilling« eller indstillingspunkter.`,
  }];
}

function bilagMentionedWithoutBilag(item: Item): ReleaseIssue[] {
  if (item.attachments.length > 0) return [];
  for (const t of itemTexts(item)) {
    const hit = hitsOf(t.text, BILAG_MENTION)[0];
    if (!hit) continue;
    const word = t.text.slice(hit.index, hit.index + hit.length);
    return [{
      code: 'bilag_mentioned_without_bilag', severity: 'warning', itemId: item.id, sectionKey: t.sectionKey,
      message: `${itemLabel(item)}: ${t.where} nævner »${word}«, men punktet har ingen bilag.`,
      excerpt: excerptAround(t.text, hit),
    }];
  }
  return [];
}

function placeholders(item: Item): ReleaseIssue[] {
  return itemTexts(item).flatMap((t) =>
    findPlaceholders(t.text).map((hit): ReleaseIssue => ({
      code: 'placeholder', severity: 'error', itemId: item.id, sectionKey: t.sectionKey,
      message: `${itemLabel(item)}: pladsholder »${t.text.slice(hit.index, hit.index + hit.length)}« i ${t.where}.`,
      excerpt: excerptAround(t.text, hit),
    })),
  );
}

function closedBilagOnOpenItem(item: Item): ReleaseIssue[] {
  if (item.isClosed) return [];
  return item.attachments.filter((a) => a.isClosed).map((a) => ({
    code: 'closed_bilag_on_open_item', severity: 'question', itemId: item.id, attachmentId: a.id,
    message: `${itemLabel(item)} er åbent, men bilag ${a.number} »${a.title}« er lukket. Er det tilsigtet?`,
  }));
}

function personalData(item: Item, bilagText: (attachmentId: number) => string): ReleaseIssue[] {
  const sources = [
    ...itemTexts(item).map((t) => ({ ...t, attachmentId: undefined as number | undefined })),
    ...item.attachments.filter((a) => !a.isClosed).map((a) => ({
      where: `bilag ${a.number} »${a.title}«`, text: bilagText(a.id), sectionKey: undefined, attachmentId: a.id,
    })),
  ];
  return sources.flatMap((s) =>
    PERSONAL_DATA.flatMap((check) =>
      check.find(s.text).map((hit): ReleaseIssue => ({
        code: check.code, severity: check.severity, itemId: item.id, sectionKey: s.sectionKey, attachmentId: s.attachmentId,
        message: `${itemLabel(item)}: ${check.what} i ${s.where} på et åbent punkt.`,
        excerpt: excerptAround(s.text, hit),
      })),
    ),
  );
}
