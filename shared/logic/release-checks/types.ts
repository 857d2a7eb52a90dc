export type ReleaseIssueCode =
  | 'missing_recommendation'
  | 'bilag_mentioned_without_bilag'
  | 'placeholder'
  | 'closed_bilag_on_open_item'
  | 'email'
  | 'phone'
  | 'cpr';

export type ReleaseIssueSeverity = 'error' | 'warning' | 'question';

/** One finding before an agenda is sent: what, how serious, where (item, section or bilag) and the words around it. */
export interface ReleaseIssue {
  code: ReleaseIssueCode;
  severity: ReleaseIssueSeverity;
  itemId: number;
  sectionKey?: string;
  attachmentId?: number;
  /** Danish, names the item (number and title) and the section or bilag. */
  message: string;
  excerpt?: string;
}

/** A hit in a text: where it starts and how long it is. */
export interface TextHit {
  index: number;
  length: number;
}
