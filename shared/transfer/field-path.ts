/** ["items", 3, "title"] → "items[3].title": how error messages name a field of meeting.json. */
export function formatFieldPath(path: readonly (string | number | symbol)[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}
