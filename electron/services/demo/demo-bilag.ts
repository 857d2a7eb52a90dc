import type { AttachmentInfo } from '../../../shared/domain/entities';
import type { Distribution } from '../../../shared/domain/enums';
import { generateDocumentPdf, type DocumentPdfSpec } from '../../export/pdf/generate-document-pdf';
import type { Api } from '../create-api';

/** One bilag: a real PDF made from the text below, attached the way the secretary would. */
export interface DemoBilag {
  fileName: string;
  /** The title in the bilag list; by default the file name without ".pdf". */
  title?: string;
  /** The heading printed on the document's first page; by default the title. */
  documentTitle?: string;
  subtitle?: string;
  paragraphs: string[];
  pageSize?: DocumentPdfSpec['pageSize'];
  /** Pages the document reaches at least (the text is repeated to fill them). */
  minPages: number;
  table?: { header: string[]; rows: string[][] };
  distribution?: Distribution;
  isClosed?: boolean;
}

export async function addBilag(api: Api, itemId: number, bilag: DemoBilag): Promise<AttachmentInfo> {
  const title = bilag.title ?? bilag.fileName.replace(/\.pdf$/i, '');
  const bytes = await generateDocumentPdf({
    title: bilag.documentTitle ?? title,
    subtitle: bilag.subtitle,
    paragraphs: bilag.paragraphs,
    pageSize: bilag.pageSize ?? 'A4',
    minPages: bilag.minPages,
    table: bilag.table,
  });
  return api.invoke('attachments:add', {
    itemId,
    fileName: bilag.fileName,
    dataBase64: Buffer.from(bytes).toString('base64'),
    title: bilag.title,
    distribution: bilag.distribution ?? 'distributed',
    isClosed: bilag.isClosed ?? false,
  });
}
