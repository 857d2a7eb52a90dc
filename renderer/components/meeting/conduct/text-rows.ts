/** A text box as tall as its text (about 70 characters a line), between `min` and `max` rows, so nothing typed hides behind a scrollbar. */
export function rowsFor(text: string, min = 2, max = 10): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 70)), 0);
  return Math.min(max, Math.max(min, lines + 1));
}
