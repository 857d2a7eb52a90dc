// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../../shared/domain/text-limits';
import { setApiTransport } from '../../../renderer/api/api';
import { toContent } from '../../../renderer/components/editor/to-content';
import { AddItemForm } from '../../../renderer/components/meeting/AddItemForm';
import { createI18n } from '../../../renderer/i18n/i18n';
import { useMeetingStore } from '../../../renderer/stores/meeting-store';
import { meetingServer } from '../../renderer/meeting-server';

afterEach(cleanup);

describe('the renderer shows a length limit at the field, never silently', () => {
  it('an item title over 250 characters: the API refusal is shown under the title field, and nothing is created', async () => {
    const server = meetingServer([]);
    setApiTransport(server.fake.transport);
    useMeetingStore.setState({ meeting: structuredClone(server.meeting), loadingId: null, loadError: null });
    let done = false;
    render(createElement(I18nextProvider, { i18n: createI18n('da') },
      createElement(AddItemForm, { meetingId: 1, atIndex: 0, onDone: () => { done = true; } })));
    const title = screen.getByLabelText('Punktets titel') as HTMLInputElement;
    fireEvent.change(title, { target: { value: 'Lang titel '.repeat(30) } });
    // Whatever is typed stays in the field (no silent cut at 250 characters) …
    expect(title.value).toHaveLength(330);
    fireEvent.submit(title.closest('form')!);
    // … and the reason is said at the field, with the field marked invalid.
    await waitFor(() => expect(title.closest('.field')?.querySelector('.field-error')?.textContent)
      .toBe(`Punktets titel må højst have ${TEXT_LIMITS.title} tegn (har 329).`));
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(server.meeting.items).toHaveLength(0);
    expect(done).toBe(false);
  });

  it("a section past 200,000 characters: the editor's save status gets the Danish reason, not zod's JSON", () => {
    const json = { type: 'doc', content: Array.from({ length: 201 }, () => ({ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(1000) }] })) };
    expect(() => toContent(json)).toThrowError(/^Teksten må højst have 200\.000 tegn \(har 201\.000\)\.$/);
  });
});
