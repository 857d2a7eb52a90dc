import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/api/envelope';
import { callWithSigningConsent, signingDialogOptions, type SigningQuestion } from '../../../electron/main/confirm-signing';

const startExportWithConsent = (api: Parameters<typeof callWithSigningConsent>[0], args: unknown, ask: Parameters<typeof callWithSigningConsent>[3]) =>
  callWithSigningConsent(api, 'exports:start', args, ask);

const certificates = [
  { id: 3, label: 'Sekretær Åse Ærø (Fjordby Kommune)', subject: '', issuer: '', notBefore: '', notAfter: '', passwordStored: true },
  { id: 4, label: 'Uden gemt adgangskode', subject: '', issuer: '', notBefore: '', notAfter: '', passwordStored: false },
];
const meeting = { id: 7, committeeName: 'Økonomiudvalget', date: '2026-12-02', status: 'minutes_approved', items: [], agendaSnapshot: null, agendaVersion: 1 };

/** An API stand-in that answers the two look-ups and records what reaches 'exports:start'. */
function fakeApi() {
  const started: unknown[] = [];
  return {
    started,
    call: async (method: string, args: unknown): Promise<Envelope<unknown>> => {
      if (method === 'certificates:list') return { ok: true, value: certificates };
      if (method === 'meetings:get') return (args as { id: number }).id === meeting.id ? { ok: true, value: meeting } : { ok: false, error: { code: 'not_found', message: 'Mødet findes ikke.' } };
      if (method === 'exports:start' || method === 'meetings:release') {
        started.push(args);
        return { ok: true, value: { jobId: 'job-1' } };
      }
      throw new Error(`unexpected ${method}`);
    },
  };
}

const request = (sign: unknown) => ({ meetingId: 7, document: 'minutes', edition: 'public', sign });

describe('signing with a remembered password needs the user to say yes in the main process', () => {
  it('asks, naming the document and the certificate, and refuses in Danish on no', async () => {
    const api = fakeApi();
    const asked: SigningQuestion[] = [];
    const result = await startExportWithConsent(api, request({ certificateId: 3 }), async (q) => (asked.push(q), false));
    expect(asked).toEqual([{ document: 'Referat Økonomiudvalget 2026-12-02 (offentlig)', certificate: 'Sekretær Åse Ærø (Fjordby Kommune)' }]);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'signing_not_confirmed',
        message: 'Referat Økonomiudvalget 2026-12-02 (offentlig) er ikke underskrevet, og eksporten er ikke startet: underskriften med certifikatet "Sekretær Åse Ærø (Fjordby Kommune)" blev ikke godkendt.',
      },
    });
    expect(api.started).toEqual([]);
  });

  it('starts the export on yes', async () => {
    const api = fakeApi();
    const result = await startExportWithConsent(api, request({ certificateId: 3 }), async () => true);
    expect(result).toEqual({ ok: true, value: { jobId: 'job-1' } });
    expect(api.started).toEqual([{ ...request({ certificateId: 3 }), format: 'pdf', pdfa: false, bilagAfterItem: false }]);
  });

  it('does not ask when the password is typed, nothing is signed, or the API refuses the request anyway', async () => {
    const api = fakeApi();
    const never = async () => {
      throw new Error('asked');
    };
    await startExportWithConsent(api, request({ certificateId: 3, password: 'hemmelig' }), never);
    await startExportWithConsent(api, request(null), never);
    await startExportWithConsent(api, request({ certificateId: 4 }), never); // no stored password: the service asks for one
    await startExportWithConsent(api, { ...request({ certificateId: 3 }), meetingId: 99 }, never); // unknown meeting: refused by the service
    await startExportWithConsent(api, request({ certificateId: 99 }), never); // unknown certificate
    expect(api.started).toHaveLength(5);
  });

  it('cannot be slipped past with arguments the API would coerce or ignore', async () => {
    const api = fakeApi();
    const asked: unknown[] = [];
    const ask = async (q: SigningQuestion) => (asked.push(q), false);
    // Not valid for the API's schema: passed on untouched, and the API refuses them itself.
    await startExportWithConsent(api, request({ certificateId: '3' }), ask);
    // Unknown keys are stripped by the schema; what is asked about is what the API will do.
    const result = await startExportWithConsent(api, { ...request({ certificateId: 3, extra: 1 }), other: true }, ask);
    expect(result.ok).toBe(false);
    expect(asked).toHaveLength(1);
  });

  it('words the native dialog in Danish, with Annuller as the default and cancel button', () => {
    expect(signingDialogOptions({ document: 'Referat Økonomiudvalget 2026-12-02 (offentlig)', certificate: 'Sekretær Åse Ærø' })).toMatchObject({
      type: 'question',
      message: 'Vil du underskrive Referat Økonomiudvalget 2026-12-02 (offentlig) med certifikatet "Sekretær Åse Ærø"?',
      buttons: ['Annuller', 'Underskriv'],
      defaultId: 0,
      cancelId: 0,
    });
  });

  it('asks before a release signs both editions, and releases nothing on no', async () => {
    const api = fakeApi();
    const asked: SigningQuestion[] = [];
    const result = await callWithSigningConsent(api, 'meetings:release', { id: 7, sign: { certificateId: 3 } }, async (q) => (asked.push(q), false));
    expect(asked).toEqual([{ document: 'Dagsorden Økonomiudvalget 2026-12-02 version 2 (medlemmernes og den offentlige udgave)', certificate: 'Sekretær Åse Ærø (Fjordby Kommune)' }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'signing_not_confirmed' } });
    expect(api.started).toEqual([]);
    await callWithSigningConsent(api, 'meetings:release', { id: 7, sign: { certificateId: 3 } }, async () => true);
    expect(api.started).toHaveLength(1);
  });
});
