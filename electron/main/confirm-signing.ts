import type { Envelope } from '../../shared/api/envelope';
import type { CertificateInfo } from '../../shared/api/methods/certificates';
import { contract } from '../../shared/api/contract';
import type { MeetingDetail } from '../../shared/domain/entities';
import type { Api } from '../services/create-api';
import { exportFileName } from '../../shared/document';

export interface SigningQuestion {
  /** "Referat Økonomiudvalget 2026-12-02 (offentlig)": the file name the export will have. */
  document: string;
  /** The certificate's label as Indstillinger → Certifikat shows it. */
  certificate: string;
}

/** Asks the person at the screen (a native dialog); true: sign. */
export type AskToSign = (question: SigningQuestion) => Promise<boolean>;

/** The API calls that can sign with the stored password: an export, a release (both editions), the approval of the minutes or an addendum. */
export const SIGNING_METHODS = ['exports:start', 'meetings:release', 'meetings:approve', 'addenda:approve'] as const;
export type SigningMethod = (typeof SIGNING_METHODS)[number];

export const isSigningMethod = (method: string): method is SigningMethod => (SIGNING_METHODS as readonly string[]).includes(method);

/**
 * A call that may sign, as the renderer sends it, answered in the main process. A signature with the
 * password the operating system keeps needs nothing secret from the renderer, so a script in the
 * page could otherwise sign any document with the secretary's certificate without anyone seeing
 * it. Such a request (sign, no password, the certificate's password stored) is asked about first in
 * a native dialog, which the page cannot answer; "no" refuses it and nothing starts. A request with
 * the password typed, or without a signature, goes straight through, as does one the API will
 * refuse anyway (bad arguments, unknown meeting or certificate, no stored password).
 */
export async function callWithSigningConsent(api: Pick<Api, 'call'>, method: SigningMethod, args: unknown, ask: AskToSign): Promise<Envelope<unknown>> {
  const parsed = contract[method].input.safeParse(args ?? {});
  if (!parsed.success) return api.call(method, args);
  const request = parsed.data;
  if (!request.sign || request.sign.password !== undefined) return api.call(method, request);

  const meetingId = 'meetingId' in request ? request.meetingId : request.id;
  const [certificates, meeting] = await Promise.all([api.call('certificates:list', {}), api.call('meetings:get', { id: meetingId })]);
  const certificate = certificates.ok ? (certificates.value as CertificateInfo[]).find((c) => c.id === request.sign?.certificateId) : undefined;
  if (!certificate?.passwordStored || !meeting.ok) return api.call(method, request);
  const detail = meeting.value as MeetingDetail;
  const document = 'document' in request
    ? exportFileName(detail, request.document, request.edition).replace(/\.pdf$/, '')
    : method === 'meetings:release'
      ? `Dagsorden ${detail.committeeName} ${detail.date} version ${(detail.agendaVersion ?? 0) + 1} (medlemmernes og den offentlige udgave)`
      : `Godkendt referat ${detail.committeeName} ${detail.date}${method === 'addenda:approve' ? ' med tilføjelse' : ''} (medlemmernes og den offentlige udgave)`;

  if (!(await ask({ document, certificate: certificate.label }))) {
    const what = { 'exports:start': 'eksporten er ikke startet', 'meetings:release': 'dagsordenen er ikke udsendt', 'meetings:approve': 'referatet er ikke godkendt', 'addenda:approve': 'tilføjelsen er ikke godkendt' }[method];
    return {
      ok: false,
      error: { code: 'signing_not_confirmed', message: `${document} er ikke underskrevet, og ${what}: underskriften med certifikatet "${certificate.label}" blev ikke godkendt.` },
    };
  }
  return api.call(method, request);
}

/** The dialog's wording: the question names the document and the certificate; the buttons are Danish verbs. */
export function signingDialogOptions(question: SigningQuestion) {
  return {
    type: 'question' as const,
    title: 'Underskriv dokument',
    message: `Vil du underskrive ${question.document} med certifikatet "${question.certificate}"?`,
    detail: 'Underskriften laves med den adgangskode, der er gemt til certifikatet. Vælg Annuller, hvis du ikke selv har bedt om at underskrive.',
    buttons: ['Annuller', 'Underskriv'],
    // Enter cancels: a dialog nobody expected must not be confirmed by a keystroke meant for something else.
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}
