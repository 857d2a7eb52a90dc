import { describe, expect, it } from 'vitest';
import { detectAttachmentType, findPdfHeader } from '../../../electron/services/attachments/detect-attachment-type';
import { classifyPdfLoadError } from '../../../electron/export/pdf/pdf-errors';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('detectAttachmentType', () => {
  it('knows PDF, PNG and JPEG by their first bytes', () => {
    expect(detectAttachmentType(ascii('%PDF-1.7\n'))).toBe('application/pdf');
    expect(detectAttachmentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(detectAttachmentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, 0]))).toBe('image/jpeg');
  });

  it('accepts a PDF header up to 1024 bytes into the file, as readers do', () => {
    const atLimit = new Uint8Array([...new Uint8Array(1019).fill(0x0a), ...ascii('%PDF-')]);
    expect(findPdfHeader(atLimit)).toBe(1019);
    expect(detectAttachmentType(new Uint8Array([...new Uint8Array(1020).fill(0x0a), ...ascii('%PDF-')]))).toBeUndefined();
  });

  it('knows nothing else', () => {
    expect(detectAttachmentType(ascii('PK\u0003\u0004'))).toBeUndefined();
    expect(detectAttachmentType(ascii('%PD'))).toBeUndefined();
    expect(detectAttachmentType(new Uint8Array([0xff, 0xd8]))).toBeUndefined();
    expect(detectAttachmentType(new Uint8Array())).toBeUndefined();
  });
});

describe('classifyPdfLoadError', () => {
  it('reads pdf-lib’s messages, since its error classes fail instanceof', () => {
    expect(classifyPdfLoadError(new Error('Input document to `PDFDocument.load` is encrypted. You can use …'))).toBe('encrypted');
    expect(classifyPdfLoadError(new Error('No PDF header found'))).toBe('not_pdf');
    expect(classifyPdfLoadError(new Error('Failed to parse PDF document (line:64 col:836 offset=13366)'))).toBe('damaged');
    expect(classifyPdfLoadError('something else')).toBe('damaged');
  });
});
