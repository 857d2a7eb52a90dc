import { UserError } from '../../../shared/api/envelope';
import { MAX_ATTACHMENT_BYTES } from './attachment-limits';

export type AttachmentRefusalReason =
  | 'empty' | 'too_large' | 'unsupported' | 'encrypted' | 'damaged_pdf' | 'damaged_image' | 'no_pages' | 'timeout' | 'crashed';

const reasons: Record<AttachmentRefusalReason, { code: string; text: string }> = {
  empty: { code: 'attachment_empty', text: 'filen er tom (0 byte).' },
  too_large: { code: 'attachment_too_large', text: `filen er for stor: et bilag må højst fylde ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB. Del det op i mindre filer.` },
  unsupported: { code: 'attachment_unsupported', text: 'filen er ikke en PDF, PNG eller JPEG.' },
  encrypted: {
    code: 'attachment_encrypted',
    text: 'PDF-filen er krypteret eller beskyttet med adgangskode. Gem en udgave uden beskyttelse og prøv igen.',
  },
  damaged_pdf: { code: 'attachment_damaged', text: 'PDF-filen er beskadiget og kan ikke læses.' },
  damaged_image: { code: 'attachment_damaged', text: 'billedet er beskadiget og kan ikke læses.' },
  no_pages: { code: 'attachment_no_pages', text: 'PDF-filen har ingen sider.' },
  timeout: {
    code: 'attachment_timeout',
    text: 'kontrollen af filen tog for lang tid og blev stoppet. Filen er sandsynligvis beskadiget; gem den igen, eller som PDF, og prøv igen.',
  },
  crashed: {
    code: 'attachment_damaged',
    text: 'kontrollen af filen brugte for mange ressourcer og blev stoppet. Gem filen igen, eller som PDF, og prøv igen.',
  },
};

/** The Danish message the secretary sees, naming the file and why it cannot be used. */
export function attachmentRefusal(fileName: string, reason: AttachmentRefusalReason): UserError {
  const { code, text } = reasons[reason];
  return refuseAttachment(fileName, code, text);
}

/** A refusal whose reason carries figures (image size, inflated size). */
export function refuseAttachment(fileName: string, code: string, text: string): UserError {
  return new UserError(`Bilaget "${fileName}" kan ikke bruges: ${text}`, code);
}

/** 100000 → "100.000", as Danish writes numbers. */
export function danishInteger(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
