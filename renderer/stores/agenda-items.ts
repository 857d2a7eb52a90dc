import type { AttachmentInfo, Item, ItemPlace } from '../../shared/domain/entities';
import { insertAt, moveItem, removeItem } from '../../shared/logic/renumber';

/**
 * The open agenda after one change, numbered by shared/logic/renumber (the service's own rule).
 * Every function keeps the very object of each item the change left as it was, so memoized agenda
 * rows and selectors that pick one item skip it.
 */

/** `after`, with each item whose place and number did not change taken from `before`. */
export function keepUnchanged(before: readonly Item[], after: readonly Item[]): Item[] {
  const old = new Map(before.map((item) => [item.id, item]));
  return after.map((item) => {
    const kept = old.get(item.id);
    return kept && kept.position === item.position && kept.number === item.number ? kept : item;
  });
}

/** An item the API created or restored, at the place it got there (its position). */
export function withItem(items: readonly Item[], item: Item, firstNumber: number): Item[] {
  const others = items.filter((i) => i.id !== item.id);
  return keepUnchanged(items, insertAt(others, item, Math.min(Math.max(item.position, 0), others.length), firstNumber));
}

export function withoutItem(items: readonly Item[], id: number, firstNumber: number): Item[] {
  return items.some((i) => i.id === id) ? keepUnchanged(items, removeItem(items, id, firstNumber)) : [...items];
}

export function withItemMoved(items: readonly Item[], id: number, toIndex: number, firstNumber: number): Item[] {
  return keepUnchanged(items, moveItem(items, id, Math.max(0, Math.min(toIndex, items.length - 1)), firstNumber));
}

/** An item the API returned, in place of the one with its id; null when the agenda does not hold it. */
export function withItemReplaced(items: readonly Item[], item: Item): Item[] | null {
  const index = items.findIndex((i) => i.id === item.id);
  if (index < 0) return null;
  const next = [...items];
  next[index] = item;
  return next;
}

/**
 * The order the server answered a move with. Every change to an item is applied to the open
 * meeting as it happens, so the server's order differs from ours at most in places and numbers:
 * when those agree nothing is replaced (no render); otherwise our items take the server's places.
 */
export function withServerOrder(items: readonly Item[], server: readonly ItemPlace[]): Item[] | null {
  const same = server.length === items.length && server.every((s, i) => s.id === items[i]!.id && s.number === items[i]!.number);
  if (same) return null;
  const byId = new Map(items.map((item) => [item.id, item]));
  const placed = server.flatMap((place) => {
    const item = byId.get(place.id);
    return item ? [{ ...item, position: place.position, number: place.number }] : [];
  });
  return keepUnchanged(items, placed);
}

/** A bilag the API added or changed, in its item's list by number. */
export function withAttachment(list: readonly AttachmentInfo[], info: AttachmentInfo): AttachmentInfo[] {
  return [...list.filter((a) => a.id !== info.id), info].sort((a, b) => a.number - b.number);
}

/** A bilag deleted: the others close the gap (numbered 1…n in their order, as the service does). */
export function withoutAttachment(list: readonly AttachmentInfo[], id: number): AttachmentInfo[] {
  const placed = list.map((a, position) => ({ ...a, position }));
  const remaining = placed.some((a) => a.id === id) ? removeItem(placed, id, 1) : placed;
  return remaining.map((placedBilag) => {
    const old = list.find((a) => a.id === placedBilag.id)!;
    return old.number === placedBilag.number ? old : { ...old, number: placedBilag.number };
  });
}
