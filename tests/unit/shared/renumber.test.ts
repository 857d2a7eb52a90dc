import { describe, it, expect } from 'vitest';
import { insertAt, moveItem, removeItem, renumber } from '../../../shared/logic/renumber';

interface Item { id: number; position: number; number: number; title: string }

const items: Item[] = [
  { id: 10, position: 5, number: 3, title: 'Eventuelt' },
  { id: 11, position: 0, number: 9, title: 'Godkendelse af dagsorden' },
  { id: 12, position: 2, number: 1, title: 'Budget 2013' },
  { id: 13, position: 3, number: 1, title: 'Meddelelser' },
];

const ids = (list: Item[]) => list.map((item) => item.id);
const slots = (list: Item[]) => list.map((item) => [item.position, item.number]);

describe('renumber', () => {
  it('sorts by position and numbers from 1', () => {
    const result = renumber(items);
    expect(ids(result)).toEqual([11, 12, 13, 10]);
    expect(slots(result)).toEqual([[0, 1], [1, 2], [2, 3], [3, 4]]);
  });

  it('keeps the other fields and does not mutate the input', () => {
    const before = structuredClone(items);
    const result = renumber(items, 5);
    expect(result[0]).toEqual({ id: 11, position: 0, number: 5, title: 'Godkendelse af dagsorden' });
    expect(items).toEqual(before);
    expect(result[0]).not.toBe(items[1]);
  });

  it('keeps equal positions in their given order', () => {
    const tied = [
      { id: 'a', position: 1, number: 0 },
      { id: 'b', position: 1, number: 0 },
      { id: 'c', position: 0, number: 0 },
    ];
    expect(renumber(tied).map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });

  it('handles an empty list', () => {
    expect(renumber([])).toEqual([]);
  });
});

describe('moveItem', () => {
  it('moves an item down', () => {
    const result = moveItem(items, 11, 2);
    expect(ids(result)).toEqual([12, 13, 11, 10]);
    expect(slots(result)).toEqual([[0, 1], [1, 2], [2, 3], [3, 4]]);
  });

  it('moves an item up, to the first and the last place', () => {
    expect(ids(moveItem(items, 10, 0))).toEqual([10, 11, 12, 13]);
    expect(ids(moveItem(items, 11, 3))).toEqual([12, 13, 10, 11]);
  });

  it('leaves the order when moved onto itself', () => {
    expect(ids(moveItem(items, 12, 1))).toEqual([11, 12, 13, 10]);
  });

  it('numbers from firstNumber', () => {
    expect(moveItem(items, 10, 0, 21).map((item) => item.number)).toEqual([21, 22, 23, 24]);
  });

  it('throws on unknown ids and bad indexes', () => {
    expect(() => moveItem(items, 99, 0)).toThrow(RangeError);
    expect(() => moveItem(items, 11, 4)).toThrow(RangeError);
    expect(() => moveItem(items, 11, -1)).toThrow(RangeError);
    expect(() => moveItem(items, 11, 1.5)).toThrow(RangeError);
  });
});

describe('insertAt', () => {
  const fresh: Item = { id: 20, position: -1, number: -1, title: 'Ny sag' };

  it('inserts in the middle and renumbers', () => {
    const result = insertAt(items, fresh, 1);
    expect(ids(result)).toEqual([11, 20, 12, 13, 10]);
    expect(result[1]).toEqual({ id: 20, position: 1, number: 2, title: 'Ny sag' });
  });

  it('inserts at the start and at the end', () => {
    expect(ids(insertAt(items, fresh, 0))).toEqual([20, 11, 12, 13, 10]);
    expect(ids(insertAt(items, fresh, 4))).toEqual([11, 12, 13, 10, 20]);
    expect(ids(insertAt([], fresh, 0))).toEqual([20]);
  });

  it('throws on a bad index or an id already present', () => {
    expect(() => insertAt(items, fresh, 5)).toThrow(RangeError);
    expect(() => insertAt(items, fresh, -1)).toThrow(RangeError);
    expect(() => insertAt(items, { ...fresh, id: 12 }, 0)).toThrow(RangeError);
  });
});

describe('removeItem', () => {
  it('removes and closes the gap', () => {
    const result = removeItem(items, 12);
    expect(ids(result)).toEqual([11, 13, 10]);
    expect(slots(result)).toEqual([[0, 1], [1, 2], [2, 3]]);
  });

  it('throws on an unknown id', () => {
    expect(() => removeItem(items, 99)).toThrow(RangeError);
  });
});
