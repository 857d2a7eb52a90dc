// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDocSchema, type ContentDoc } from '../../shared/content/content-model';
import { bulletList, doc, orderedList, paragraph, table } from '../../shared/content/content-builders';
import { ContentView, isEmptyDoc } from '../../renderer/components/content/ContentView';

afterEach(cleanup);

describe('ContentView', () => {
  it('renders paragraphs, headings, lists and a table with a header row', () => {
    const content = doc(
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Baggrund' }] },
      paragraph('Ledigheden i Fjordby er faldet.'),
      bulletList('Flere i job', 'Færre på ydelse'),
      orderedList('Første skridt', 'Andet skridt'),
      table(['Målgruppe', 'September'], [['Dagpengemodtagere', '612'], ['Sygedagpengemodtagere', '-4,1 pct.']]),
    );
    expect(contentDocSchema.safeParse(content).success).toBe(true);
    const { container } = render(<ContentView doc={content} />);

    // The section is an h3, so a level-1 heading inside it becomes h4.
    expect(screen.getByRole('heading', { level: 4, name: 'Baggrund' })).toBeTruthy();
    expect(screen.getByText('Ledigheden i Fjordby er faldet.').closest('p')).toBeTruthy();
    const lists = screen.getAllByRole('list');
    expect(lists.map((l) => l.tagName)).toEqual(['UL', 'OL']);
    expect(screen.getByText('Færre på ydelse').tagName).toBe('SPAN');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Målgruppe', 'September']);
    expect(screen.getAllByRole('row')).toHaveLength(3);
    // Numbers line up on the right.
    expect(screen.getByText('612').closest('td')?.className).toBe('is-number');
    expect(screen.getByText('-4,1 pct.').closest('td')?.className).toBe('is-number');
    expect(screen.getByText('Dagpengemodtagere').closest('td')?.className).toBe('');
    expect(container.querySelector('thead')).not.toBeNull();
  });

  it('applies bold, italic, underline and links, and keeps hard breaks', () => {
    const content: ContentDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'fed', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' kursiv', marks: [{ type: 'italic' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'understreget', marks: [{ type: 'underline' }] },
            { type: 'text', text: ' planen', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://fjordby.dk/plan' } }] },
          ],
        },
      ],
    };
    const { container } = render(<ContentView doc={content} />);
    expect(screen.getByText('fed').tagName).toBe('STRONG');
    expect(screen.getByText('kursiv', { exact: false }).tagName).toBe('EM');
    expect(screen.getByText('understreget').tagName).toBe('U');
    const link = screen.getByRole('link', { name: 'planen' });
    expect(link.getAttribute('href')).toBe('https://fjordby.dk/plan');
    expect(link.getAttribute('rel')).toContain('noopener');
    // The bold text sits inside the one link.
    expect(link.querySelector('strong')?.textContent).toBe(' planen');
    expect(container.querySelectorAll('br')).toHaveLength(1);
  });

  it('never renders a javascript: link, even if one slipped past the schema', () => {
    const content = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'klik', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    } as ContentDoc;
    render(<ContentView doc={content} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('klik')).toBeTruthy();
  });

  it('knows an empty section when it sees one', () => {
    expect(isEmptyDoc(doc())).toBe(true);
    expect(isEmptyDoc(doc({ type: 'paragraph' }, paragraph('')))).toBe(true);
    expect(isEmptyDoc(doc(paragraph('   ')))).toBe(true);
    expect(isEmptyDoc(doc(bulletList('Et punkt')))).toBe(false);
    expect(isEmptyDoc(doc(paragraph('Tekst')))).toBe(false);
  });
});
