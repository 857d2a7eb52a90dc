import { measureContent } from '../../../shared/content/content-limits';
import type { ContentDoc } from '../../../shared/content/content-model';
import { CONTENT_LIMITS, danishCount, TEXT_LIMITS } from '../../../shared/domain/text-limits';
import type { DocumentModel } from '../../../shared/document';

/**
 * The text of a packet that is longer than the API accepts today: written before the limits
 * (shared/domain/text-limits.ts) or put into the database some other way. Such text is refused
 * by name before anything is printed, rather than printed in part or left to hang the print.
 * Returns one Danish line per field; empty when everything fits.
 */
export function findOversizedText(model: DocumentModel): string[] {
  const problems: string[] = [];
  const text = (where: string, what: string, value: string | null | undefined, max: number) => {
    if (value && value.length > max) problems.push(`${where}${what} er for lang til at blive trykt (${danishCount(value.length)} tegn; højst ${danishCount(max)}).`);
  };
  const content = (where: string, what: string, doc: ContentDoc) => {
    const measure = measureContent(doc);
    if (measure.depth > CONTENT_LIMITS.depth) problems.push(`${where}${what} er indlejret for dybt til at blive trykt (${danishCount(measure.depth)} niveauer; højst ${CONTENT_LIMITS.depth}).`);
    else if (measure.characters > CONTENT_LIMITS.characters) problems.push(`${where}${what} er for langt til at blive trykt (${danishCount(measure.characters)} tegn; højst ${danishCount(CONTENT_LIMITS.characters)}).`);
    else if (measure.nodes > CONTENT_LIMITS.nodes) problems.push(`${where}${what} har for mange dele til at blive trykt (${danishCount(measure.nodes)}; højst ${danishCount(CONTENT_LIMITS.nodes)}).`);
  };

  text('', 'Udvalgets navn', model.committeeName, TEXT_LIMITS.name);
  text('', 'Kommunens navn', model.municipality.name, TEXT_LIMITS.name);
  text('', 'Mødestedet', model.place, TEXT_LIMITS.place);
  model.members.forEach((member) => text('', `Medlemmet »${shorten(member.label)}«`, member.label, TEXT_LIMITS.name + 10));
  for (const item of model.items) {
    const where = `Punkt ${item.number} »${shorten(item.title)}«: `;
    text(where, 'titlen', item.title, TEXT_LIMITS.title);
    text(where, 'sagsnummeret', item.caseLine, TEXT_LIMITS.caseNumber + 'Sagsnr. '.length);
    for (const section of item.sections) {
      text(where, 'en afsnitsoverskrift', section.heading, TEXT_LIMITS.name);
      content(where, `afsnittet ${shorten(section.heading)}`, section.content);
      section.points?.points.forEach((point) => {
        text(where, `indstillingspunkt ${point.number}`, point.text, TEXT_LIMITS.point);
        text(where, `beslutningskompetencen ved indstillingspunkt ${point.number}`, point.authority, TEXT_LIMITS.line + 'Beslutningskompetence: '.length);
      });
    }
    item.notices.forEach((notice, i) => {
      text(where, `titlen på meddelelse ${i + 1}`, notice.title, TEXT_LIMITS.title);
      content(where, `meddelelse ${i + 1} »${shorten(notice.title)}«`, notice.content);
    });
    text(where, 'anmodningens tekst', item.request?.text, TEXT_LIMITS.request + 2);
    item.priorDecisions.forEach((prior) => {
      text(where, `beslutningen fra ${shorten(prior.heading)}`, prior.text, TEXT_LIMITS.decision);
      text(where, 'et tidligere udvalgs navn', prior.heading, TEXT_LIMITS.name + ' den 30. september 2099:'.length);
    });
    // A generated decision holds its remark and its votes' sentences: the API lets its basis be twice a decision.
    item.decision?.decisions.forEach((decision, i) => {
      text(where, `beslutning ${i + 1}`, decision.text, TEXT_LIMITS.decision * 2);
      decision.notes.forEach((note, j) => text(where, `protokoltilførsel ${j + 1} ved beslutning ${i + 1}`, note.text, TEXT_LIMITS.protocolNote));
    });
    item.bilag.forEach((bilag) => text(where, `titlen på bilag ${bilag.number}`, bilag.title, TEXT_LIMITS.title));
  }
  return problems;
}

/** The start of a long title, for naming it in a message. */
function shorten(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
