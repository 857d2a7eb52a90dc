import type { Item, MeetingDetail } from '../../../shared/domain/entities';

/**
 * True when `next` is `prev` with its items only moved: the same meeting fields, the same items,
 * and any item that changed differs from its old self in nothing but position and number. Such a
 * change may reach the opened item's view a frame later (its editors need not render with it).
 */
export function onlyReordered(prev: MeetingDetail, next: MeetingDetail): boolean {
  if (prev === next) return true;
  if (!sameExcept(prev, next, 'items') || prev.items.length !== next.items.length) return false;
  const before = new Map(prev.items.map((item) => [item.id, item]));
  return next.items.every((item) => {
    const old = before.get(item.id);
    return old !== undefined && (old === item || sameExcept(old, item, 'position', 'number'));
  });
}

function sameExcept<T extends MeetingDetail | Item>(a: T, b: T, ...ignored: string[]): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => ignored.includes(key as string) || a[key] === b[key]);
}
