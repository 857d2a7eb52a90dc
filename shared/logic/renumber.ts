/**
 * Ordering of agenda items (and anything else with a position and a printed number). Every
 * function returns new objects with position 0..n-1 and consecutive numbers; inputs are not mutated.
 */

export interface Numbered {
  id: number | string;
  position: number;
  number: number;
}

/** Sorts by current position (stable) and numbers from `firstNumber`. */
export function renumber<T extends Numbered>(items: readonly T[], firstNumber = 1): T[] {
  const sorted = [...items].sort((a, b) => a.position - b.position);
  return sequence(sorted, firstNumber);
}

/** Moves an item to `toIndex` (0-based, in the current order) and renumbers. */
export function moveItem<T extends Numbered>(
  items: readonly T[],
  itemId: T['id'],
  toIndex: number,
  firstNumber = 1,
): T[] {
  const ordered = renumber(items, firstNumber);
  const from = indexOfId(ordered, itemId);
  checkIndex(toIndex, ordered.length - 1);
  const [moved] = ordered.splice(from, 1);
  ordered.splice(toIndex, 0, moved as T);
  return sequence(ordered, firstNumber);
}

/** Inserts an item at `index` (0..n); its own position and number are overwritten. */
export function insertAt<T extends Numbered>(items: readonly T[], item: T, index: number, firstNumber = 1): T[] {
  const ordered = renumber(items, firstNumber);
  if (ordered.some((existing) => existing.id === item.id)) {
    throw new RangeError(`Punktet med id ${item.id} findes allerede.`);
  }
  checkIndex(index, ordered.length);
  ordered.splice(index, 0, item);
  return sequence(ordered, firstNumber);
}

/** Removes an item and closes the gap. */
export function removeItem<T extends Numbered>(items: readonly T[], itemId: T['id'], firstNumber = 1): T[] {
  const ordered = renumber(items, firstNumber);
  ordered.splice(indexOfId(ordered, itemId), 1);
  return sequence(ordered, firstNumber);
}

function sequence<T extends Numbered>(ordered: readonly T[], firstNumber: number): T[] {
  return ordered.map((item, index) => ({ ...item, position: index, number: firstNumber + index }));
}

function indexOfId<T extends Numbered>(items: readonly T[], itemId: T['id']): number {
  const index = items.findIndex((item) => item.id === itemId);
  if (index < 0) throw new RangeError(`Ukendt punkt (id ${itemId}).`);
  return index;
}

function checkIndex(index: number, max: number): void {
  if (!Number.isInteger(index) || index < 0 || index > max) {
    throw new RangeError(`Ugyldig placering ${index} (skal være mellem 0 og ${max}).`);
  }
}
