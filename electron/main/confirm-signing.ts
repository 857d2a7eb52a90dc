import type { Envelope } from '../../shared/api/envelope';
import type { CertificateInfo } from '../../shared/api/methods/certificates';
import { contract } from '../../shared/api/contract';
import type { MeetingDetail } from '../../shared/domain/entities';
import type { Api } from '../services/create-api';
import { exportFileName } from '../services/export/export-jobs';

export interface SigningQuestion {
  /** "Referat Økonomiudvalget 2026-12-02 (offentlig)": the file name the export will have. */
  document: string;
  /** The certificate's label as Indstillinger → Certifikat shows it. */
  certificate: string;
}

/** Asks the person at the screen (a native dialog); true: sign. */
export type AskToSign = (question: SigningQuestion) => Promise<boolean>;

/**
 * 'exports:start' as the renderer sends it, answered in the main process. A signature with the
 * password the operating system keeps needs nothing secret from the renderer, so a script in the
 * page could otherwise sign any document with the secretary's certificate without anyone seeing
 * it. Such a request (sign, no password, the certificate's password stored) is asked about first in
 * a native dialog, which the page cannot answer; "no" refuses it and nothing starts. A request with
 * the password typed, or without a signature, goes straight through, as does one the API will
 * refuse anyway (bad arguments, unknown meeting or certificate, no stored password).
 */
export async function startExportWithConsent(api: Pick<Api, 'call'>, args: unknown, ask: AskToSign): Promise<Envelope<unknown>> {
  const parsed = contract['exports:start'].input.safeParse(args ?? {});
  if (!parsed.success) return api.call('exports:start', args);
  const request = parsed.data;
  if (!request.sign || request.sign.password !== undefined) return api.call('exports:start', request);

  const [certificates, meeting] = await Promise.all([api.call('certificates:list', {}), api.call('meetings:get', { id: request.meetingId })]);
  const certificate = certificates.ok ? (certificates.value as CertificateInfo[]).find((c) => c.id === request.sign?.certificateId) : undefined;
  if (!certificate?.passwordStored || !meeting.ok) return api.call('exports:start', request);
  const { committeeName, date } = meeting.value as MeetingDetail;
  const document = exportFileName(request.document, request.edition, committeeName, date).replace(/\.pdf$/, '');

  if (!(await ask({ document, certificate: certificate.label }))) {
    return {
      ok: false,
      error: { code: 'signing_not_confirmed', message: `${document} er ikke underskrevet, og eksporten er ikke startet: underskriften med certifikatet "${certificate.label}" blev ikke godkendt.` },
    };
  }
  return api.call('exports:start', request);
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
