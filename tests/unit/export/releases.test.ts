import { describe, expect, it } from 'vitest';
import { compareSnapshots, describeChanges, hasChanges } from '../../../shared/logic/release-changes';
import type { ReleaseSnapshot, SnapshotItem } from '../../../shared/api/methods/releases';

const item = (id: number, number: number, title: string, extra: Partial<SnapshotItem> = {}): SnapshotItem => ({
  id, number, title, closed: false, sections: { resume: 'a' }, points: 'p', bilag: [], ...extra,
});
const snap = (...items: SnapshotItem[]): ReleaseSnapshot => ({ schema: 1, items });

describe('compareSnapshots', () => {
  const previous = snap(
    item(1, 1, 'Godkendelse af dagsorden'),
    item(2, 2, 'Budget 2027', { bilag: [{ id: 10, title: 'Budgetnotat', sha256: 'x', closed: false }, { id: 11, title: 'Gammelt bilag', sha256: 'y', closed: false }] }),
    item(3, 3, 'Salg af grund', { closed: true }),
    item(4, 4, 'Udgår'),
  );
  const current = snap(
    item(1, 1, 'Godkendelse af dagsorden'),
    item(5, 2, 'Nyt punkt'),
    item(2, 3, 'Budget 2027 (revideret)', { sections: { resume: 'b' }, bilag: [{ id: 12, title: 'Budgetnotat', sha256: 'z', closed: false }, { id: 13, title: 'Tidsplan', sha256: 't', closed: false }] }),
    item(3, 4, 'Salg af grund Æblehaven', { closed: true, points: 'q' }),
  );
  const report = compareSnapshots(previous, current, 1);

  it('finds added, removed, moved and changed items and bilag', () => {
    expect(hasChanges(report)).toBe(true);
    expect(report.previousVersion).toBe(1);
    expect(report.itemsAdded.map((i) => i.title)).toEqual(['Nyt punkt']);
    expect(report.itemsRemoved.map((i) => i.title)).toEqual(['Udgår']);
    expect(report.itemsMoved.map((i) => [i.previousNumber, i.number])).toEqual([[2, 3], [3, 4]]);
    expect(report.itemsChanged.map((i) => [i.id, i.changes])).toEqual([[2, ['title', 'sections']], [3, ['title', 'points']]]);
    expect(report.bilagReplaced.map((b) => b.title)).toEqual(['Budgetnotat']);
    expect(report.bilagAdded.map((b) => b.title)).toEqual(['Tidsplan']);
    expect(report.bilagRemoved.map((b) => b.title)).toEqual(['Gammelt bilag']);
    expect(hasChanges(compareSnapshots(current, current))).toBe(false);
  });

  it('describes them in Danish; the public edition never names a closed item', () => {
    const members = describeChanges(report, 'members');
    expect(members).toContain('Punkt 3 »Budget 2027 (revideret)«: titlen er ændret (tidligere »Budget 2027«), teksten er ændret.');
    expect(members).toContain('Punkt 3 »Budget 2027 (revideret)«: bilaget »Budgetnotat« er erstattet af en ny udgave.');
    expect(members.join('\n')).toContain('Salg af grund Æblehaven');
    const publicLines = describeChanges(report, 'public');
    expect(publicLines).toContain('Et lukket punkt er ændret.');
    expect(publicLines).toContain('Et lukket punkt er flyttet fra punkt 3 til punkt 4.');
    expect(publicLines.join('\n')).not.toMatch(/Salg af grund/);
  });
});

describe('the minutes compare the record too', () => {
  const base = (record: string, attendance: string): ReleaseSnapshot => ({ schema: 1, attendance, items: [item(1, 1, 'Budget 2027', { record })] });

  it('reports a changed decision and a changed roll call only when asked to compare the record', () => {
    const agendaView = compareSnapshots(base('r1', 'a1'), base('r2', 'a2'), 1);
    expect(hasChanges(agendaView)).toBe(false);
    const minutes = compareSnapshots(base('r1', 'a1'), base('r2', 'a2'), 1, true);
    expect(minutes.attendanceChanged).toBe(true);
    expect(minutes.itemsChanged.map((i) => i.changes)).toEqual([['record']]);
    expect(describeChanges(minutes, 'members')).toEqual([
      'Fremmødet på mødet er ændret.',
      'Punkt 1 »Budget 2027«: beslutningen, afstemningen eller fremmødet på punktet er ændret.',
    ]);
  });
});
