import { describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/api/envelope';
import { inspectAttachmentFile } from '../../../electron/services/attachments/inspect-attachment-file';
import {
  makeEmptyFile,
  makeEncryptedPdf,
  makeNoPagesPdf,
  makeNotAPdf,
  makeTruncatedPdf,
  qpdfAvailable,
} from '../../fixtures/pdf/make-bad-pdfs';
import { makeDamagedJpeg, makeDamagedPng } from '../../fixtures/pdf/tiny-images';

async function refusal(bytes: Uint8Array, fileName: string): Promise<UserError> {
  try {
    await inspectAttachmentFile(bytes, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error(`${fileName} was accepted`);
}

describe('inspectAttachmentFile refuses, naming the file and the reason in Danish', () => {
  it('an empty file', async () => {
    const error = await refusal(makeEmptyFile(), 'tom.pdf');
    expect(error.message).toBe('Bilaget "tom.pdf" kan ikke bruges: filen er tom (0 byte).');
    expect(error.code).toBe('attachment_empty');
  });

  it('a Word document', async () => {
    const error = await refusal(makeNotAPdf(), 'budget.docx');
    expect(error.message).toBe('Bilaget "budget.docx" kan ikke bruges: filen er ikke en PDF, PNG eller JPEG.');
    expect(error.code).toBe('attachment_unsupported');
  });

  it('a text file named .pdf', async () => {
    const error = await refusal(new TextEncoder().encode('Referat fra mødet'), 'referat.pdf');
    expect(error.code).toBe('attachment_unsupported');
  });

  it('a PDF header more than 1024 bytes into the file', async () => {
    const bytes = new Uint8Array([...new Uint8Array(1100).fill(0x20), ...new TextEncoder().encode('%PDF-1.7\n')]);
    expect((await refusal(bytes, 'sen.pdf')).code).toBe('attachment_unsupported');
  });

  it('a truncated PDF', async () => {
    const error = await refusal(await makeTruncatedPdf(), 'afbrudt download.pdf');
    expect(error.message).toBe('Bilaget "afbrudt download.pdf" kan ikke bruges: PDF-filen er beskadiget og kan ikke læses.');
    expect(error.code).toBe('attachment_damaged');
  });

  it('a PDF with no pages', async () => {
    const error = await refusal(await makeNoPagesPdf(), 'tom-pdf.pdf');
    expect(error.message).toBe('Bilaget "tom-pdf.pdf" kan ikke bruges: PDF-filen har ingen sider.');
    expect(error.code).toBe('attachment_no_pages');
  });

  it('a damaged PNG', async () => {
    const error = await refusal(makeDamagedPng(), 'kort.png');
    expect(error.message).toBe('Bilaget "kort.png" kan ikke bruges: billedet er beskadiget og kan ikke læses.');
    expect(error.code).toBe('attachment_damaged');
  });

  it('a damaged JPEG', async () => {
    const error = await refusal(makeDamagedJpeg(), 'foto.jpg');
    expect(error.message).toBe('Bilaget "foto.jpg" kan ikke bruges: billedet er beskadiget og kan ikke læses.');
    expect(error.code).toBe('attachment_damaged');
  });
});

const hasQpdf = qpdfAvailable();
if (!hasQpdf) console.warn('Skipping the encrypted-PDF tests: qpdf was not found on PATH (apt-get install qpdf).');

describe.skipIf(!hasQpdf)('inspectAttachmentFile refuses encrypted PDFs (needs qpdf)', () => {
  const encryptedMessage =
    'Bilaget "fortroligt.pdf" kan ikke bruges: PDF-filen er krypteret eller beskyttet med adgangskode. Gem en udgave uden beskyttelse og prøv igen.';

  it('one that needs a password to open (AES-128)', async () => {
    const error = await refusal(await makeEncryptedPdf(), 'fortroligt.pdf');
    expect(error.message).toBe(encryptedMessage);
    expect(error.code).toBe('attachment_encrypted');
  });

  it('one that opens without a password but is still encrypted (AES-256, owner password only)', async () => {
    const error = await refusal(await makeEncryptedPdf({ userPassword: '', bits: 256 }), 'fortroligt.pdf');
    expect(error.message).toBe(encryptedMessage);
    expect(error.code).toBe('attachment_encrypted');
  });
});
