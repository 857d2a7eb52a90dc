import { describe, expect, it } from 'vitest';
import { findingKey, gateRelease } from '../../../shared/logic/release-gate';
import type { ReleaseIssue } from '../../../shared/logic/release-checks/types';

const issue = (over: Partial<ReleaseIssue>): ReleaseIssue => ({ code: 'placeholder', severity: 'error', itemId: 1, message: 'x', ...over });

describe('gateRelease', () => {
  const placeholder = issue({ code: 'placeholder', itemId: 3, sectionKey: 'oekonomi' });
  const cpr = issue({ code: 'cpr', itemId: 4, sectionKey: 'sagsfremstilling' });
  const email = issue({ code: 'email', severity: 'warning', itemId: 5 });

  it('blocks on errors without an override, never on warnings', () => {
    const gate = gateRelease([placeholder, cpr, email], []);
    expect(gate.blocking).toEqual([placeholder, cpr]);
    expect(gate.overridden).toEqual([]);
  });

  it('lets an overridden error through with its reason; a blank reason is no override', () => {
    const gate = gateRelease([placeholder, placeholder, cpr], [{ key: findingKey(placeholder), reason: ' Beløbet oplyses på mødet ' }, { key: findingKey(cpr), reason: '  ' }]);
    expect(gate.blocking).toEqual([cpr]);
    expect(gate.overridden).toEqual([{ issue: placeholder, key: 'placeholder:3:oekonomi:', reason: 'Beløbet oplyses på mødet' }]);
  });

  it('keeps the text of an item with a CPR-like number out of the public edition, even when overridden', () => {
    const gate = gateRelease([cpr, email], [{ key: findingKey(cpr), reason: 'Nummeret er et journalnummer' }]);
    expect(gate.blocking).toEqual([]);
    expect([...gate.withheldItemIds]).toEqual([4]);
  });
});
