import { describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/domain/entities';
import { buildDocument, generatedDecisionText, generatedPresenceText } from '../../../shared/document';
import { P, protocolContext, protocolItems, protocolMeeting, protocolSource } from '../../fixtures/document/protocol-fixture';

const minutes = (items: Item[]) => buildDocument(protocolSource(protocolMeeting({ items })), { document: 'minutes', edition: 'members' });

describe('hand-written protocol text', () => {
  it('gives the generated text of a decision and of the presence lines, as the screen stores for a basis', () => {
    const items = protocolItems();
    const context = protocolContext();
    expect(generatedDecisionText(items[6]!.decisions[0]!, items[6]!, context)).toBe('Udsat.');
    expect(generatedPresenceText(items[6]!, context)).toBe(
      'Jens Lund (A), Lise Dahl (B) og Karen Holm (C) var fraværende.\nSøren Vang (B) deltog som stedfortræder for Lise Dahl (B).',
    );
  });

  it('prints the override of a decision, not stale while the structure under it is unchanged', () => {
    const items = protocolItems();
    const basis = generatedDecisionText(items[6]!.decisions[0]!, items[6]!, protocolContext());
    items[6]!.decisions[0]!.override = { text: 'Udsat til mødet i april.', basis };
    const [d] = minutes(items).items[6]!.decision!.decisions;
    expect(d).toMatchObject({ text: 'Udsat til mødet i april.', overridden: true, stale: false });
  });

  it('flags the override stale when the generated text changes later', () => {
    const items = protocolItems();
    items[6]!.decisions[0]!.override = { text: 'Udsat til mødet i april.', basis: 'Udsat.' };
    items[6]!.decisions[0]!.outcome = 'referred';
    items[6]!.decisions[0]!.outcomeBody = 'Teknik- og Miljøudvalget';
    const [d] = minutes(items).items[6]!.decision!.decisions;
    expect(d).toMatchObject({ text: 'Udsat til mødet i april.', overridden: true, stale: true });
  });

  it('prints the presence override line by line, flagged stale when the roll call changes under it', () => {
    const items = protocolItems();
    const basis = generatedPresenceText(items[6]!, protocolContext());
    items[6]!.presenceOverride = { text: 'Jens Lund (A) var gået.\nLise Dahl (B) og Karen Holm (C) havde meldt afbud.', basis };
    const fresh = minutes(items).items[6]!.decision!;
    expect(fresh).toMatchObject({ presenceLines: ['Jens Lund (A) var gået.', 'Lise Dahl (B) og Karen Holm (C) havde meldt afbud.'], presenceOverridden: true, presenceStale: false });
    items[6]!.attendance = [{ personId: P.ib.id, kind: 'left', reason: null }];
    expect(minutes(items).items[6]!.decision!.presenceStale).toBe(true);
  });

  it('never flags a generated text', () => {
    const block = minutes(protocolItems()).items[5]!.decision!;
    expect(block.decisions.every((d) => !d.overridden && !d.stale)).toBe(true);
    expect(block.presenceStale).toBe(false);
  });
});
