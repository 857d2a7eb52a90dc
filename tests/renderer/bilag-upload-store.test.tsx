// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DagsordenBridge, PickedFile } from '../../shared/api/bridge';
import type { ApiInput } from '../../shared/api/contract';
import type { AttachmentInfo, Item } from '../../shared/domain/entities';
import { setApiTransport } from '../../renderer/api/api';
import { BilagUploader } from '../../renderer/components/bilag/BilagUploader';
import { AgendaList } from '../../renderer/components/meeting/AgendaList';
import { createI18n } from '../../renderer/i18n/i18n';
import { useBilagUploadStore } from '../../renderer/stores/bilag-upload-store';
import { useMeetingStore } from '../../renderer/stores/meeting-store';
import { fakeTransport, FakeUserError, type FakeTransport } from './fake-transport';

const TOKEN_A = 'VG9rZW5Gb3JCaWxhZ0EtMDEyMzQ1Njc4OWFiY2Rl';
const TOKEN_B = 'VG9rZW5Gb3JCaWxhZ0ItMDEyMzQ1Njc4OWFiY2Rl';

/** A promise the test settles by hand: the service "inspecting" a file for as long as the test wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function attachment(itemId: number, fileName: string): AttachmentInfo {
  return {
    id: 99, itemId, number: 1, title: fileName.replace(/\.pdf$/, ''), fileName, mediaType: 'application/pdf', sha256: 'x'.repeat(64),
    size: 5, distribution: 'distributed', isClosed: false, pageCount: 3,
  };
}

function item(id: number, number: number, title: string): Item {
  return {
    id, meetingId: 1, number, position: number - 1, title, isClosed: false, kind: 'ordinary', publicTitle: null, caseNumber: null, caseTitle: null,
    sections: [], points: [], notices: [], priorDecisions: [], request: null, attachments: [], attendance: [], substitutes: [], decisions: [], publicExtract: null, presenceOverride: null,
  };
}
const ITEMS = [item(4, 1, 'Budget 2027'), item(5, 2, 'Skolestruktur')];

/** The desktop preload bridge, faked: the open dialog (and a drop) answers with what the test gives it. */
function installBridge(
  openFiles: DagsordenBridge['dialogs']['openFiles'],
  receiveDropped: DagsordenBridge['files']['receiveDropped'] = () => Promise.reject(new Error('no drop in this test')),
): void {
  const bridge: DagsordenBridge = {
    invoke: () => Promise.reject(new Error('the API goes through the fake transport in this test')),
    on: () => () => {},
    dialogs: { openFiles, confirm: async () => true, saveExport: async () => null },
    files: { receiveDropped },
  };
  (window as { dagsorden?: DagsordenBridge }).dagsorden = bridge;
}

/** The meeting view in small: the agenda list and the opened item's uploader (remounted per item, as ItemDetail does). */
function Screen({ openedId }: { openedId: number }) {
  return (
    <I18nextProvider i18n={createI18n('da')}>
      <AgendaList items={ITEMS} openedId={openedId} onOpen={() => {}} />
      <BilagUploader key={openedId} itemId={openedId} />
    </I18nextProvider>
  );
}

let fake: FakeTransport;
let adds: { args: ApiInput<'attachments:add'>; answer: ReturnType<typeof deferred<AttachmentInfo>> }[];

beforeEach(() => {
  adds = [];
  fake = fakeTransport({
    'attachments:add': (args) => {
      const answer = deferred<AttachmentInfo>();
      adds.push({ args, answer });
      return answer.promise;
    },
  });
  setApiTransport(fake.transport);
  useMeetingStore.setState({ meeting: null });
  useBilagUploadStore.getState().reset();
});

afterEach(() => {
  cleanup();
  delete (window as { dagsorden?: DagsordenBridge }).dagsorden;
});

const row = (id: number) => screen.getByTestId(`agenda-upload-${id}`);
const uploadList = () => screen.queryByRole('list', { name: 'Filer der tilføjes' });

describe('the bilag upload store', () => {
  it('tracks uploads per item, drops them when done, and keeps failures until dismissed or cleared', () => {
    const store = useBilagUploadStore.getState();
    const empty = store.inFlight[4];
    expect(empty).toBeUndefined();

    const a = store.start(4, 'a.pdf', 'sending');
    const b = store.start(4, 'b.pdf');
    const c = store.start(5, 'c.pdf', 'checking');
    a.update({ fraction: 0.45 });
    expect(useBilagUploadStore.getState().inFlight[4]?.map((u) => [u.name, u.stage, u.fraction])).toEqual([
      ['a.pdf', 'sending', 0.45],
      ['b.pdf', 'reading', 0],
    ]);
    // An update that changes nothing keeps the same state (no re-render for the list rows).
    const before = useBilagUploadStore.getState().inFlight;
    a.update({ fraction: 0.45 });
    expect(useBilagUploadStore.getState().inFlight).toBe(before);

    a.done();
    b.failed('b.pdf kan ikke bruges: filen er ikke en PDF.');
    expect(useBilagUploadStore.getState().inFlight[4]).toBeUndefined();
    expect(useBilagUploadStore.getState().failures[4]).toEqual([{ key: expect.any(Number), name: 'b.pdf', message: 'b.pdf kan ikke bruges: filen er ikke en PDF.' }]);
    // A late progress report of a finished upload does not bring it back.
    a.update({ fraction: 1 });
    expect(useBilagUploadStore.getState().inFlight[4]).toBeUndefined();

    store.fail(4, '', 'stor.pdf fylder 300 MB.');
    const [first] = useBilagUploadStore.getState().failures[4] ?? [];
    store.dismissFailure(4, first?.key ?? 0);
    expect(useBilagUploadStore.getState().failures[4]?.map((f) => f.message)).toEqual(['stor.pdf fylder 300 MB.']);
    store.clearFailures(4);
    expect(useBilagUploadStore.getState().failures[4]).toBeUndefined();
    expect(useBilagUploadStore.getState().inFlight[5]?.map((u) => u.name)).toEqual(['c.pdf']);
    c.done();
    expect(useBilagUploadStore.getState().inFlight).toEqual({});
  });
});

describe('BilagUploader on the desktop (the open dialog gives upload tokens)', () => {
  it('adds each picked file by its upload token, never as base64, showing "Kontrollerer …" while the service checks it', async () => {
    const picked: PickedFile[] = [
      { name: 'Budgetnotat.pdf', size: 1234, uploadToken: TOKEN_A },
      { name: 'Kort over området.pdf', size: 5678, uploadToken: TOKEN_B },
    ];
    installBridge(async () => picked);
    render(<Screen openedId={4} />);
    fireEvent.click(screen.getByRole('button', { name: 'Vælg filer …' }));

    await waitFor(() => expect(adds).toHaveLength(1));
    expect(within(uploadList() as HTMLElement).getByRole('status').textContent).toBe('Kontrollerer …');
    expect(row(4).textContent).toBe('Sender bilag …');
    expect(row(4).getAttribute('aria-live')).toBe('polite');
    expect(row(5).textContent).toBe('');

    await act(async () => adds[0]?.answer.resolve(attachment(4, 'Budgetnotat.pdf')));
    await waitFor(() => expect(adds).toHaveLength(2));
    await act(async () => adds[1]?.answer.resolve(attachment(4, 'Kort over området.pdf')));
    await waitFor(() => expect(uploadList()).toBeNull());
    expect(row(4).textContent).toBe('');

    expect(adds.map((a) => a.args)).toEqual([
      { itemId: 4, fileName: 'Budgetnotat.pdf', uploadToken: TOKEN_A, title: 'Budgetnotat' },
      { itemId: 4, fileName: 'Kort over området.pdf', uploadToken: TOKEN_B, title: 'Kort over området' },
    ]);
    const sent = fake.calls.filter((c) => c.method === 'attachments:add').map((c) => c.args as Record<string, unknown>);
    expect(sent.every((args) => !('dataBase64' in args))).toBe(true);
  });

  it('shows the dialog\'s Danish refusal (too large) until it is closed, and adds nothing', async () => {
    installBridge(async () => {
      throw new Error('stor.pdf fylder 250,1 MB. En fil må højst fylde 250 MB.');
    });
    render(<Screen openedId={4} />);
    fireEvent.click(screen.getByRole('button', { name: 'Vælg filer …' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('stor.pdf fylder 250,1 MB. En fil må højst fylde 250 MB.');
    expect(fake.calls).toEqual([]);
    fireEvent.click(within(alert).getByRole('button', { name: 'Luk beskeden' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does nothing when the dialog is cancelled', async () => {
    let asked = 0;
    installBridge(async () => {
      asked++;
      return [];
    });
    render(<Screen openedId={4} />);
    fireEvent.click(screen.getByRole('button', { name: 'Vælg filer …' }));
    await waitFor(() => expect(asked).toBe(1));
    expect(uploadList()).toBeNull();
    expect(fake.calls).toEqual([]);
  });
});

describe('BilagUploader on the desktop: a dropped file takes the same token path', () => {
  const drop = (files: File[]) => fireEvent.drop(document.querySelector('.bilag-drop') as HTMLElement, { dataTransfer: { files, types: ['Files'] } });

  it('hands the dropped Files to the bridge and adds each by its upload token, never as base64', async () => {
    const budget = new File(['%PDF-1.7 budget'], 'Budgetnotat.pdf', { type: 'application/pdf' });
    const map = new File(['%PDF-1.7 kort'], 'Kort over området.pdf', { type: 'application/pdf' });
    const handed: File[][] = [];
    installBridge(
      () => Promise.reject(new Error('the open dialog is not used for a drop')),
      async (files) => {
        handed.push([...files]);
        return [
          { name: 'Budgetnotat.pdf', size: 15, uploadToken: TOKEN_A },
          { name: 'Kort over området.pdf', size: 13, uploadToken: TOKEN_B },
        ];
      },
    );
    render(<Screen openedId={4} />);
    drop([budget, map]);

    await waitFor(() => expect(adds).toHaveLength(1));
    expect(handed).toEqual([[budget, map]]);
    expect(within(uploadList() as HTMLElement).getByRole('status').textContent).toBe('Kontrollerer …');
    expect(row(4).textContent).toBe('Sender bilag …');
    await act(async () => adds[0]?.answer.resolve(attachment(4, 'Budgetnotat.pdf')));
    await waitFor(() => expect(adds).toHaveLength(2));
    await act(async () => adds[1]?.answer.resolve(attachment(4, 'Kort over området.pdf')));
    await waitFor(() => expect(uploadList()).toBeNull());

    expect(adds.map((a) => a.args)).toEqual([
      { itemId: 4, fileName: 'Budgetnotat.pdf', uploadToken: TOKEN_A, title: 'Budgetnotat' },
      { itemId: 4, fileName: 'Kort over området.pdf', uploadToken: TOKEN_B, title: 'Kort over området' },
    ]);
    const sent = fake.calls.filter((c) => c.method === 'attachments:add').map((c) => c.args as Record<string, unknown>);
    expect(sent).toHaveLength(2);
    expect(sent.every((args) => !('dataBase64' in args))).toBe(true);
  });

  it('shows the bridge\'s Danish refusal (a File not on disk) and adds nothing', async () => {
    const refusal = 'lavet.pdf kan ikke tilføjes: den findes ikke som fil på computeren. Gem den i en mappe først, og træk den derfra.';
    installBridge(
      async () => [],
      () => Promise.reject(new Error(refusal)),
    );
    render(<Screen openedId={4} />);
    drop([new File(['%PDF-1.7'], 'lavet.pdf', { type: 'application/pdf' })]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(refusal);
    expect(fake.calls).toEqual([]);
  });

  it('without the desktop bridge (the test transport) a dropped file still goes as base64', async () => {
    render(<Screen openedId={4} />);
    drop([new File(['%PDF-1.7 uden bro'], 'Notat.pdf', { type: 'application/pdf' })]);
    await waitFor(() => expect(adds).toHaveLength(1));
    expect(adds[0]?.args).toMatchObject({ itemId: 4, fileName: 'Notat.pdf', dataBase64: Buffer.from('%PDF-1.7 uden bro').toString('base64') });
    expect(adds[0]?.args).not.toHaveProperty('uploadToken');
    await act(async () => adds[0]?.answer.resolve(attachment(4, 'Notat.pdf')));
    await waitFor(() => expect(uploadList()).toBeNull());
  });
});

describe('an upload in flight outlives the item view', () => {
  it('shows its progress again on returning to the item, marks the agenda row meanwhile, and lists nothing once done', async () => {
    installBridge(async () => [{ name: 'Lokalplan.pdf', size: 200_000_000, uploadToken: TOKEN_A }]);
    const view = render(<Screen openedId={4} />);
    fireEvent.click(screen.getByRole('button', { name: 'Vælg filer …' }));
    await waitFor(() => expect(adds).toHaveLength(1));

    // Another item: its uploader is empty, the first item's row says an upload runs.
    view.rerender(<Screen openedId={5} />);
    expect(uploadList()).toBeNull();
    expect(row(4).textContent).toBe('Sender bilag …');

    // Back: the upload is shown where it was.
    view.rerender(<Screen openedId={4} />);
    const list = uploadList() as HTMLElement;
    expect(within(list).getByText('Lokalplan.pdf')).toBeTruthy();
    expect(within(list).getByRole('status').textContent).toBe('Kontrollerer …');

    await act(async () => adds[0]?.answer.resolve(attachment(4, 'Lokalplan.pdf')));
    await waitFor(() => expect(uploadList()).toBeNull());
    expect(row(4).textContent).toBe('');
  });

  it('keeps a refusal that happened while the secretary was on another item until she has seen and closed it', async () => {
    installBridge(async () => [{ name: 'Scanning.pdf', size: 1000, uploadToken: TOKEN_A }]);
    const view = render(<Screen openedId={4} />);
    fireEvent.click(screen.getByRole('button', { name: 'Vælg filer …' }));
    await waitFor(() => expect(adds).toHaveLength(1));
    view.rerender(<Screen openedId={5} />);

    const refusal = 'Bilaget "Scanning.pdf" kan ikke bruges: PDF-filen er krypteret.';
    await act(async () => adds[0]?.answer.reject(new FakeUserError(refusal, 'attachment_encrypted')));
    await waitFor(() => expect(row(4).textContent).toBe('Bilag ikke tilføjet'));
    expect(screen.queryByRole('alert')).toBeNull();

    view.rerender(<Screen openedId={4} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(refusal);
    // Reopening again does not lose it; closing it does, and clears the row's mark.
    view.rerender(<Screen openedId={5} />);
    view.rerender(<Screen openedId={4} />);
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Luk beskeden' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(row(4).textContent).toBe('');
  });
});
