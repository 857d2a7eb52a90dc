import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { DocumentModel } from '../../../shared/document';
import { MARK_COLOR, TEXT_WIDTH } from './word-styles';

/**
 * The running header: the item's "Åbent punkt"/"Lukket punkt" at the left and "<Udvalg> den
 * DD-MM-ÅÅÅÅ" at the right, as on the PDF's pages; "Udkast" or "Mødet er aflyst" under it. Front
 * matter has no furniture, only the mark.
 */
export function pageHeader(model: DocumentModel, furniture: string | null): Header {
  const children: Paragraph[] = [];
  if (furniture) {
    children.push(new Paragraph({
      style: 'Small',
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      children: [new TextRun({ text: furniture, bold: true }), new TextRun({ text: `\t${model.committeeName} den ${model.shortDate}` })],
    }));
  }
  if (model.pageMark) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: model.pageMark, bold: true, color: MARK_COLOR })] }));
  }
  return new Header({ children: children.length > 0 ? children : [new Paragraph('')] });
}

/** "Side N af M" at the right, from Word's own PAGE and NUMPAGES fields. */
export function pageFooter(): Footer {
  return new Footer({
    children: [new Paragraph({
      style: 'Small',
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES] })],
    })],
  });
}
