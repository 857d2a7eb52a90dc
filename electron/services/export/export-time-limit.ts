import { measureContent } from '../../../shared/content/content-limits';
import type { MeetingDetail } from '../../../shared/domain/entities';
import { UserError } from '../../../shared/api/envelope';

/**
 * How long one export of a meeting may run before it is stopped: generous (about ten times what
 * it takes on a slow machine) and scaled to what there is to print. A meeting of 20 items and
 * 1,000 bilag pages prints in well under a minute; its limit is some 16 minutes.
 */
export function exportTimeLimitMs(meeting: MeetingDetail): number {
  let characters = 0;
  let bilagPages = 0;
  for (const item of meeting.items) {
    characters += item.title.length + (item.request?.text.length ?? 0);
    for (const section of item.sections) characters += measureContent(section.content).characters;
    for (const notice of item.notices) characters += notice.title.length + measureContent(notice.content).characters;
    for (const point of item.points) characters += point.text.length;
    for (const decision of item.decisions) characters += decision.remark.length;
    for (const attachment of item.attachments) bilagPages += attachment.pageCount;
  }
  const seconds = 180 + 10 * meeting.items.length + 0.5 * bilagPages + 30 * (characters / 100_000);
  return Math.round(seconds * 1000);
}

/** The reason an export was stopped at its time limit: the job's controller aborts with it. */
export function exportTimedOut(limitMs: number): UserError {
  const seconds = Math.round(limitMs / 1000);
  const span = seconds < 120 ? `${seconds} sekunder` : `${Math.round(seconds / 60)} minutter`;
  return new UserError(
    `Eksporten blev stoppet, fordi den tog mere end ${span}, som er grænsen for et møde af denne størrelse. Intet er gemt. Prøv igen; sker det igen, så kontakt support.`,
    'export_timeout',
  );
}
