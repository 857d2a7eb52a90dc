/** Small rules of how the protocol's sentences are put together. */

/** Ends the text as a sentence: a full stop unless it already ends in one (or ! ? :). */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return /[.!?:…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The remark without a leading comma, which the sentence puts back where it belongs. */
export const cleanRemark = (remark: string): string => remark.trim().replace(/^,\s*/, '');

/** A remark that continues the outcome after a comma: "Godkendt, idet …", "Godkendt, at …". */
export const isIdetClause = (remark: string): boolean => /^idet(?![\p{L}])/iu.test(remark);
export const isAtClause = (remark: string): boolean => /^at(?![\p{L}])/iu.test(remark);
export const joinsWithComma = (remark: string): boolean => isIdetClause(remark) || isAtClause(remark);

/** A dissent's reason after "…, idet": without an "idet" of its own and without its full stop. */
export function reason(text: string): string {
  return text.trim().replace(/^idet(?![\p{L}])[\s,]*/iu, '').replace(/[.\s]+$/u, '');
}

/** "Godkendt" + remark: ", idet …" or ", at …" joined, any other remark as its own sentence. */
export function withRemark(head: string, remark: string): string {
  if (remark === '') return endSentence(head);
  if (joinsWithComma(remark)) return endSentence(`${head}, ${remark}`);
  return `${endSentence(head)} ${endSentence(remark)}`;
}

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
