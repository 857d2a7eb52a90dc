/** Names and member lists the way minutes write them: "A, B, F og I", "Karsten Lomholt (C)". */

export interface MemberName {
  name: string;
  /** Citizens on task committees have no party. */
  partyLetter?: string | null;
}

/** ['A', 'B', 'F', 'I'] -> 'A, B, F og I' */
export function joinDanish(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`;
}

/** -> 'Karsten Lomholt (C)', or just the name without a party */
export function formatMember(member: MemberName): string {
  const letter = member.partyLetter?.trim();
  return letter ? `${member.name} (${letter})` : member.name;
}

/** -> 'Karsten Lomholt (C) og Curt Købsted (O) var fraværende.'; '' when nobody was absent */
export function formatAbsenceLine(members: readonly MemberName[]): string {
  if (members.length === 0) return '';
  return `${joinDanish(members.map(formatMember))} var fraværende.`;
}
