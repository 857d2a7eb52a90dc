import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeSync, ftruncateSync, mkdirSync, openSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { MAX_PICKED_FILE_BYTES, receivePickedFiles } from '../../../electron/main/receive-picked-files';
import { createUploadStore, type UploadStore } from '../../../electron/services/attachments/upload-store';
import { tempDir } from '../../helpers/temp-db';

/** A real upload store in its own folder, counting what it was asked to receive. */
function countingStore(dir: string): UploadStore & { received: string[] } {
  const store = createUploadStore({ dir });
  const received: string[] = [];
  return {
    received,
    get size() {
      return store.size;
    },
    receive(body, fileName, limit) {
      received.push(fileName);
      return store.receive(body, fileName, limit);
    },
    take: (token) => store.take(token),
    discard: (token) => store.discard(token),
    clear: () => store.clear(),
  };
}

describe('receivePickedFiles (the desktop open dialog)', () => {
  let dir: string;
  let cleanup: () => void;
  let uploads: string;
  let store: ReturnType<typeof countingStore>;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir('dagsorden-pick-'));
    writeFileSync(join(dir, 'Bilag 1 – budget.pdf'), Buffer.from('%PDF-1.7 lille'));
    writeFileSync(join(dir, 'notat.txt'), 'æøå');
    mkdirSync(join(dir, 'mappe'));
    // Sparse files: the sizes are real, the disk use is not.
    for (const [name, size] of [['stor.pdf', MAX_PICKED_FILE_BYTES + 1], ['lige-nok.pdf', MAX_PICKED_FILE_BYTES]] as const) {
      const fd = openSync(join(dir, name), 'w');
      ftruncateSync(fd, size);
      closeSync(fd);
    }
    uploads = join(dir, 'uploads');
  });
  afterEach(async () => {
    await store?.clear();
  });
  afterAll(() => cleanup());

  it('streams each file into the upload store and returns name, size and a single-use token, never the bytes', async () => {
    store = countingStore(uploads);
    const files = await receivePickedFiles([join(dir, 'Bilag 1 – budget.pdf'), join(dir, 'notat.txt')], store);
    expect(files).toEqual([
      { name: 'Bilag 1 – budget.pdf', size: 14, uploadToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) },
      { name: 'notat.txt', size: Buffer.byteLength('æøå'), uploadToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) },
    ]);
    expect(Object.keys(files[0] ?? {}).sort()).toEqual(['name', 'size', 'uploadToken']);
    expect(files[0]?.uploadToken).not.toBe(files[1]?.uploadToken);
    expect(store.size).toBe(2);

    // What 'attachments:add' takes by the token is exactly the file, under its name; then the token is spent.
    const first = await store.take(files[0]?.uploadToken ?? '');
    expect(first).toEqual({ bytes: Buffer.from('%PDF-1.7 lille'), fileName: 'Bilag 1 – budget.pdf' });
    expect((await store.take(files[1]?.uploadToken ?? '')).bytes.toString('utf8')).toBe('æøå');
    await expect(store.take(files[0]?.uploadToken ?? '')).rejects.toMatchObject({ code: 'upload_expired' });
    expect(readdirSync(uploads)).toEqual([]);
  });

  it('refuses a file over 250 MB by name, before reading anything', async () => {
    store = countingStore(uploads);
    await expect(receivePickedFiles([join(dir, 'notat.txt'), join(dir, 'stor.pdf')], store)).rejects.toMatchObject({
      name: 'UserError',
      code: 'file_too_large',
      message: 'stor.pdf fylder 250,1 MB. En fil må højst fylde 250 MB.',
    });
    expect(store.received).toEqual([]);
    expect(store.size).toBe(0);
  });

  it('accepts exactly 250 MB', async () => {
    store = countingStore(uploads);
    const [file] = await receivePickedFiles([join(dir, 'lige-nok.pdf')], store);
    expect(file).toMatchObject({ name: 'lige-nok.pdf', size: MAX_PICKED_FILE_BYTES });
    await store.discard(file?.uploadToken ?? '');
    expect(readdirSync(uploads)).toEqual([]);
  });

  it('refuses a folder or a missing file in Danish, before reading anything', async () => {
    store = countingStore(uploads);
    await expect(receivePickedFiles([join(dir, 'notat.txt'), join(dir, 'mappe')], store)).rejects.toMatchObject({
      code: 'file_unreadable',
      message: 'mappe kan ikke læses: det er ikke en fil, eller der mangler adgang.',
    });
    await expect(receivePickedFiles([join(dir, 'væk.pdf')], store)).rejects.toMatchObject({ code: 'file_unreadable', message: expect.stringContaining('væk.pdf kan ikke læses') });
    expect(store.received).toEqual([]);
  });

  it('says in Danish when a file cannot be read after the check, and discards the files of the batch already stored', async () => {
    const real = createUploadStore({ dir: uploads });
    const wrap = (onReceive: (body: Readable, fileName: string) => Readable) =>
      ({
        ...countingStore(uploads),
        get size() {
          return real.size;
        },
        receive(body: Readable, fileName: string, limit: number) {
          return real.receive(onReceive(body, fileName), fileName, limit);
        },
        discard: (token: string) => real.discard(token),
        clear: () => real.clear(),
      }) as ReturnType<typeof countingStore>;

    // A read error half-way (a network drive gone, a bad sector).
    const broken = join(dir, 'ustabil.pdf');
    writeFileSync(broken, '%PDF-1.7 ustabil');
    store = wrap((body, fileName) =>
      fileName === 'ustabil.pdf'
        ? Readable.from(
            (async function* () {
              for await (const chunk of body) {
                yield chunk;
                throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
              }
            })(),
          )
        : body,
    );
    await expect(receivePickedFiles([join(dir, 'notat.txt'), broken], store)).rejects.toMatchObject({
      name: 'UserError',
      code: 'file_unreadable',
      message: 'ustabil.pdf kan ikke læses: filen er flyttet, låst, eller der mangler adgang.',
    });
    expect(real.size).toBe(0);
    expect(readdirSync(uploads)).toEqual([]);

    // The file is moved away between the size check and the read.
    const moved = join(dir, 'flyttes.pdf');
    writeFileSync(moved, '%PDF-1.7 flyttes');
    store = wrap((body, fileName) => {
      if (fileName === 'notat.txt') unlinkSync(moved);
      return body;
    });
    await expect(receivePickedFiles([join(dir, 'notat.txt'), moved], store)).rejects.toMatchObject({
      code: 'file_unreadable',
      message: 'flyttes.pdf kan ikke læses: filen er flyttet, låst, eller der mangler adgang.',
    });
    expect(real.size).toBe(0);
    expect(readdirSync(uploads)).toEqual([]);
  });
});
