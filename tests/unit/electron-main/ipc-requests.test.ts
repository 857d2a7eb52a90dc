import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerGuarded, FORBIDDEN, INVALID_REQUEST } from '../../../electron/main/guarded-request';
import { apiRequestSchema, confirmRequestSchema, openFilesRequestSchema } from '../../../electron/main/ipc-schemas';
import { UNEXPECTED_ERROR_MESSAGE, UserError, type Envelope } from '../../../shared/api/envelope';
import { tempApi } from '../../helpers/temp-db';

describe('answerGuarded', () => {
  const schema = z.strictObject({ n: z.number() });
  const double = ({ n }: { n: number }): Envelope<number> => ({ ok: true, value: n * 2 });

  it('refuses an unknown sender before looking at the payload', async () => {
    let ran = false;
    const answer = await answerGuarded(false, { n: 1 }, schema, () => {
      ran = true;
      return { ok: true, value: 0 };
    });
    expect(answer).toEqual({ ok: false, error: { code: 'forbidden', message: 'Afvist: ukendt afsender.' } });
    expect(answer).toBe(FORBIDDEN);
    expect(ran).toBe(false);
  });

  it('refuses a payload of the wrong shape and runs the work otherwise', async () => {
    expect(await answerGuarded(true, { n: '1' }, schema, double)).toBe(INVALID_REQUEST);
    expect(await answerGuarded(true, { n: 1, extra: true }, schema, double)).toBe(INVALID_REQUEST);
    expect(await answerGuarded(true, { n: 21 }, schema, double)).toEqual({ ok: true, value: 42 });
  });

  it('wraps a UserError and hides any other error behind the generic Danish message', async () => {
    const logged: unknown[] = [];
    const refused = await answerGuarded(true, { n: 1 }, schema, () => {
      throw new UserError('Filen er for stor.', 'file_too_large');
    });
    expect(refused).toEqual({ ok: false, error: { code: 'file_too_large', message: 'Filen er for stor.' } });
    const crashed = await answerGuarded(true, { n: 1 }, schema, () => Promise.reject(new TypeError('x is undefined')), (e) => logged.push(e));
    expect(crashed).toEqual({ ok: false, error: { code: 'unexpected', message: UNEXPECTED_ERROR_MESSAGE } });
    expect(logged).toHaveLength(1);
  });
});

describe('the API request over IPC', () => {
  let api: ReturnType<typeof tempApi>;
  beforeAll(() => {
    api = tempApi();
  });
  afterAll(() => api.close());

  it('accepts { method, args } and dispatches to api.call', async () => {
    const answer = await answerGuarded(true, { method: 'meetings:list', args: {} }, apiRequestSchema, ({ method, args }) => api.api.call(method, args));
    expect(answer).toEqual({ ok: true, value: [] });
  });

  it('refuses other shapes', () => {
    for (const payload of [null, 'meetings:list', { method: 1, args: {} }, { method: '', args: {} }, { method: 'x', args: {}, extra: 1 }, ['meetings:list', {}]]) {
      expect(apiRequestSchema.safeParse(payload).success).toBe(false);
    }
    expect(apiRequestSchema.safeParse({ method: 'meetings:list' }).success).toBe(true);
  });
});

describe('dialog options', () => {
  it('accepts what the bridge promises and refuses the rest', () => {
    expect(openFilesRequestSchema.safeParse({ title: 'Vælg bilag', filters: [{ name: 'PDF', extensions: ['pdf', 'PDF'] }], multiple: true }).success).toBe(true);
    expect(openFilesRequestSchema.safeParse({ title: 'Vælg', filters: [{ name: 'Alle', extensions: ['*'] }], multiple: false }).success).toBe(true);
    expect(openFilesRequestSchema.safeParse({ title: 'Vælg', filters: [{ name: 'PDF', extensions: ['.pdf'] }], multiple: true }).success).toBe(false);
    expect(openFilesRequestSchema.safeParse({ title: 'Vælg', filters: [], multiple: 'yes' }).success).toBe(false);
    expect(openFilesRequestSchema.safeParse({ title: 'Vælg', filters: [], multiple: true, defaultPath: '/etc' }).success).toBe(false);
    expect(confirmRequestSchema.safeParse({ message: 'Slet punktet?', detail: 'Kan ikke fortrydes.', confirmLabel: 'Slet' }).success).toBe(true);
    expect(confirmRequestSchema.safeParse({ message: 'Slet punktet?', confirmLabel: '' }).success).toBe(false);
  });
});
