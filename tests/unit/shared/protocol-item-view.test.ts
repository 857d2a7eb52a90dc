// @vitest-environment jsdom
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';
import { ItemDocumentView } from '../../../renderer/components/meeting/ItemDocumentView';
import { createI18n } from '../../../renderer/i18n/i18n';
import { NOTE_6, protocolItems, protocolMeeting, protocolSource } from '../../fixtures/document/protocol-fixture';

function render(items = protocolItems(), n = 6): string[] {
  const model = buildDocument(protocolSource(protocolMeeting({ items })), { document: 'minutes', edition: 'members' });
  const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n: createI18n('da') }, createElement(ItemDocumentView, { doc: model.items[n - 1]! })));
  return [...html.matchAll(/<p[^>]*>(.*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

describe('the app\'s item view of the protocol', () => {
  it('shows each decision line, its note right after it, then the presence lines, as the minutes print them', () => {
    expect(render()).toEqual([
      'Erhvervs- og Planudvalget den 10. marts 2026:',
      'Ændringsforslag fra V: For stemte 3 (V). Imod stemte 6 (A, B, F, I, O og Ø). Forslaget faldt.',
      expect.stringMatching(/^Anbefalet over for Økonomiudvalget med et flertal bestående af 5/),
      'Protokoltilførsel fra Rikke Holt (Ø)', NOTE_6,
      'Lise Dahl (B) og Karen Holm (C) var fraværende.',
      'Jens Lund (A) forlod mødet under behandlingen af punktet.',
      'Søren Vang (B) deltog som stedfortræder for Lise Dahl (B).',
    ]);
  });

  it('marks a hand-written text whose generated text has changed since, and only that one', () => {
    const items = protocolItems();
    items[6]!.decisions[0]!.override = { text: 'Udsat til april.', basis: 'Godkendt.' };
    const stale = 'Skrevet i hånden – den dannede tekst er ændret siden';
    expect(render(items, 7)).toEqual([
      'Erhvervs- og Planudvalget den 10. marts 2026:', 'Udsat til april.', stale,
      'Jens Lund (A), Lise Dahl (B) og Karen Holm (C) var fraværende.', 'Søren Vang (B) deltog som stedfortræder for Lise Dahl (B).',
    ]);
    items[6]!.decisions[0]!.override = { text: 'Udsat til april.', basis: 'Udsat.' };
    expect(render(items, 7)).not.toContain(stale);
  });
});
