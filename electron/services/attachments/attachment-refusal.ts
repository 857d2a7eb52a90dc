import { UserError } from '../../../shared/api/envelope';

export type AttachmentRefusalReason = 'empty' | 'unsupported' | 'encrypted' | 'damaged_pdf' | 'damaged_image' | 'no_pages';

const reasons: Record<AttachmentRefusalReason, { code: string; text: string }> = {
  empty: { code: 'attachment_empty', text: 'filen er tom (0 byte).' },
  unsupported: { code: 'attachment_unsupported', text: 'filen er ikke en PDF, PNG eller JPEG.' },
  encrypted: {
    code: 'attachment_encrypted',
    text: 'PDF-filen er krypteret eller beskyttet med adgangskode. Gem en udgave uden beskyttelse og prøv igen.',
  },
  damaged_pdf: { code: 'attachment_damaged', text: 'PDF-filen er beskadiget og kan ikke læses.' },
  damaged_image: { code: 'attachment_damaged', text: 'billedet er beskadiget og kan ikke læses.' },
  no_pages: { code: 'attachment_no_pages', text: 'PDF-filen har ingen sider.' },
};

/** The Danish message the secretary sees, naming the file and why it cannot be used. */
export function attachmentRefusal(fileName: string, reason: AttachmentRefusalReason): UserError {
  const { code, text } = reasons[reason];
  return new UserError(`Bilaget "${fileName}" kan ikke bruges: ${text}`, code);
}
