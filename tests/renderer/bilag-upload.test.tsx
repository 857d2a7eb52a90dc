// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setApiTransport } from '../../renderer/api/api';
import { readFileAsBase64, titleFromFileName } from '../../renderer/components/bilag/read-file';
import { BilagList } from '../../renderer/components/meeting/BilagList';
import { createI18n } from '../../renderer/i18n/i18n';
import { useBilagUploadStore } from '../../renderer/stores/bilag-upload-store';
import { useMeetingStore } from '../../renderer/stores/meeting-store';
import { fakeTransport, FakeUserError, type FakeTransport } from './fake-transport';

afterEach(cleanup);

const REFUSAL = 'Bilaget "noter.txt" kan ikke bruges: filen er ikke en PDF, PNG eller JPEG.';
let fake: FakeTransport;

beforeEach(() => {
  fake = fakeTransport({
    'attachments:add': (input) => {
      throw new FakeUserError(REFUSAL.replace('noter.txt', input.fileName), 'attachment_unsupported');
    },
    'meetings:get': () => {
      throw new Error('must not reload after a refusal');
    },
  });
  setApiTransport(fake.transport);
  useMeetingStore.setState({ meeting: null });
  useBilagUploadStore.getState().reset();
});

describe('bilag upload', () => {
  it('shows the Danish refusal, naming the file, and changes nothing else', async () => {
    render(
      <I18nextProvider i18n={createI18n('da')}>
        <BilagList attachments={[]} itemId={4} />
      </I18nextProvider>,
    );
    const input = screen.getByTestId('bilag-file-input');
    const file = new File(['Referat fra sidste møde'], 'noter.txt', { type: 'text/plain' });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(REFUSAL);
    const add = fake.calls.find((c) => c.method === 'attachments:add');
    expect(add?.args).toEqual({ itemId: 4, fileName: 'noter.txt', title: 'noter', dataBase64: btoa('Referat fra sidste møde'.replace(/ø/, '\u00c3\u00b8')) });
    expect(fake.calls.map((c) => c.method)).toEqual(['attachments:add']);
    expect(screen.getByText('Ingen bilag.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('reads a file in chunks as base64 and names it without its extension', async () => {
    const bytes = new Uint8Array(7 * 1024 * 1024).map((_, i) => i % 251);
    const fractions: number[] = [];
    const base64 = await readFileAsBase64(new Blob([bytes]), (f) => fractions.push(f));
    expect(base64.length).toBe(Math.ceil(bytes.length / 3) * 4);
    expect(atob(base64.slice(0, 8))).toBe(String.fromCharCode(...bytes.slice(0, 6)));
    expect(fractions.at(-1)).toBe(1);
    expect(titleFromFileName('Budget 2027 v.2.pdf')).toBe('Budget 2027 v.2');
  });
});
