import type { Item } from '../../../shared/domain/entities';

/** "4", "4." or "punkt 4" finds item 4; any other text searches the title and the case number. */
export function matchesAgendaFilter(item: Item, query: string): boolean {
  const q = query.trim().toLocaleLowerCase('da');
  if (q === '') return true;
  const number = /^(?:punkt\s*)?(\d+)\.?$/.exec(q);
  if (number?.[1] !== undefined && item.number === Number(number[1])) return true;
  if (item.title.toLocaleLowerCase('da').includes(q)) return true;
  return (item.caseNumber ?? '').toLocaleLowerCase('da').includes(q);
}
