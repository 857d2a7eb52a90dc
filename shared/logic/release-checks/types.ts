export type ReleaseIssueCode =
  | 'missing_recommendation'
  | 'bilag_mentioned_without_bilag'
  | 'placeholder'
  | 'closed_bilag_on_open_item'
  | 'email'
  | 'phone'
  | 'cpr'
  | 'bilag_active_content'
  // The minutes (after the meeting):
  | 'missing_decision'
  | 'closed_without_extract'
  | 'no_quorum'
  | 'invalid_vote'
  | 'votes_incomplete'
  | 'invalid_dissent'
  | 'substitute_not_needed'
  | 'stale_override';

export type ReleaseIssueSeverity = 'error' | 'warning' | 'question';

/** One finding before an agenda is sent or the minutes are approved: what, how serious, where (item, section or bilag) and the words around it. */
export interface ReleaseIssue {
  code: ReleaseIssueCode;
  severity: ReleaseIssueSeverity;
  itemId: number;
  sectionKey?: string;
  attachmentId?: number;
  /** Danish, names the item (number and title) and the section or bilag. */
  message: string;
  excerpt?: string;
  /** bilag_active_content: what the packet leaves out of the bilag, grouped (the UI words it per language). */
  removals?: ActiveContentGroup[];
  /** bilag_active_content: how many more groups there were than `removals` shows. */
  moreRemovals?: number;
}

/** A hit in a text: where it starts and how long it is. */
export interface TextHit {
  index: number;
  length: number;
}

/**
 * What a bilag does by itself and the packet leaves out (found by electron/export/packet/scan-active-content.ts):
 * an action (JavaScript, starting a program, …), an attached or embedded file, a sound or video player.
 */
export type ActiveContentWhat =
  | 'javascript' | 'launch' | 'submit_form' | 'reset_form' | 'import_data' | 'remote_goto' | 'embedded_goto'
  | 'goto' | 'media' | 'hide' | 'named' | 'uri' | 'other_action'
  | 'attachment' | 'embedded_file' | 'media_player';

/**
 * Where it sits: run when the document or a page opens (or on another document event), on a link, chained
 * after a link's own action, on another annotation, in a form field, or elsewhere on a page or in the document.
 */
export type ActiveContentWhere =
  | 'document' | 'document_open' | 'document_event' | 'page_open' | 'page_close'
  | 'link' | 'link_chain' | 'annotation' | 'form_field' | 'page';

/** One thing removed. `page` is 1-based (absent for the document level); `detail` a file name, address or action name. */
export interface ActiveContentRemoval {
  what: ActiveContentWhat;
  where: ActiveContentWhere;
  page?: number;
  detail?: string;
}

/** Removals of the same kind, place and detail, with every page they occur on (ascending). */
export interface ActiveContentGroup {
  what: ActiveContentWhat;
  where: ActiveContentWhere;
  detail?: string;
  pages: number[];
}
