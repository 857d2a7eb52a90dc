import { pathToFileURL } from 'node:url';
import { fontPath, type FontName } from '../pdf/font-files';

/**
 * The bundled DejaVu faces as file:// URLs: Chromium embeds exactly these (subset) in the PDF, and
 * the page needs no network or installed fonts. Serif for reading, Sans for headings and furniture.
 * File URLs rather than data URLs: a 3.8 MB page of base64 cost Chromium 0.6 s to parse per print;
 * the printers therefore load the HTML from a file (a file:// page may load file:// fonts).
 */
const FACES: { family: string; file: FontName; weight: number; style: 'normal' | 'italic' }[] = [
  { family: 'Packet Serif', file: 'DejaVuSerif', weight: 400, style: 'normal' },
  { family: 'Packet Serif', file: 'DejaVuSerif-Bold', weight: 700, style: 'normal' },
  { family: 'Packet Sans', file: 'DejaVuSans', weight: 400, style: 'normal' },
  { family: 'Packet Sans', file: 'DejaVuSans-Bold', weight: 700, style: 'normal' },
  { family: 'Packet Sans', file: 'DejaVuSans-Oblique', weight: 400, style: 'italic' },
];

export function packetFontCss(): string {
  return FACES.map((face) => {
    const url = pathToFileURL(fontPath(face.file)).href;
    return `@font-face{font-family:'${face.family}';src:url('${url}') format('truetype');font-weight:${face.weight};font-style:${face.style};}`;
  }).join('\n');
}

/**
 * A4 with room in the margins for what the compiler stamps afterwards: the running header
 * ("Åbent punkt  <Udvalg> den DD-MM-YYYY") in the top margin and "Side N af M" in the bottom one.
 * A word too long for its line is broken rather than run off the page, where Chromium drops it.
 */
export const PACKET_CSS = `
@page { size: A4; margin: 25mm 22mm 22mm 24mm; }
html { font-family: 'Packet Serif', serif; font-size: 11pt; line-height: 1.42; color: #1a1a1a; overflow-wrap: break-word; }
body { margin: 0; }
h1, h2, h3, h4, th, .item-kicker, .case-number, .municipality, .edition, .toc, .signer { font-family: 'Packet Sans', sans-serif; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 0.55em; orphans: 3; widows: 3; }
a { color: inherit; text-decoration: none; }
ul, ol { margin: 0 0 0.6em; padding-left: 1.6em; }
li { margin-bottom: 0.25em; }
li > p { margin-bottom: 0.25em; }
blockquote { margin: 0.3em 0 0.7em 1.2em; padding-left: 0.8em; border-left: 2px solid #9aa5b1; font-style: italic; }

.front { min-height: 230mm; }
.front-brand { display: flex; align-items: center; gap: 10mm; border-bottom: 1.5pt solid #1f3a5f; padding-bottom: 6mm; margin-bottom: 22mm; }
.logo { max-height: 22mm; max-width: 50mm; }
.municipality { font-size: 15pt; font-weight: 700; color: #1f3a5f; margin: 0; letter-spacing: 0.02em; }
h1 { margin: 0 0 6mm; font-weight: 700; color: #1f3a5f; }
h1 .doc-kind { display: block; font-size: 30pt; line-height: 1.15; }
h1 .committee { display: block; font-size: 17pt; font-weight: 400; color: #333; margin-top: 3mm; }
.edition { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.08em; color: #8a1c1c; margin-bottom: 6mm; }
.meeting-facts { border-collapse: collapse; margin: 8mm 0 12mm; font-size: 11.5pt; }
.meeting-facts th { text-align: left; font-weight: 700; padding: 1.2mm 8mm 1.2mm 0; color: #1f3a5f; vertical-align: top; }
.meeting-facts td { padding: 1.2mm 0; }
.members-heading { font-size: 12pt; color: #1f3a5f; margin: 0 0 2mm; }
table.members { border-collapse: collapse; width: 100%; font-size: 10pt; }
table.members th { text-align: left; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.05em; color: #555; border-bottom: 0.75pt solid #777; padding: 1.5mm 2mm 1.5mm 0; }
table.members td { border-bottom: 0.5pt solid #d5d9de; padding: 1.4mm 2mm 1.4mm 0; }

.toc { break-before: page; }
.changes { break-before: page; }
.changes h2 { font-size: 17pt; color: #1f3a5f; margin: 0 0 6mm; }
.changes ul { padding-left: 6mm; }
.changes li { margin: 0 0 2mm; }
.toc h2 { font-size: 17pt; color: #1f3a5f; margin: 0 0 6mm; }
.toc table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 10.5pt; }
.toc th { text-align: left; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.05em; color: #555; border-bottom: 0.75pt solid #777; padding: 1.5mm 0; }
.toc td { padding: 1.6mm 0; vertical-align: top; }
.toc .toc-num { width: 11mm; }
.toc .toc-page { width: 14mm; text-align: right; }
.toc tr.toc-item td { border-top: 0.5pt solid #d5d9de; font-weight: 700; }
.toc tr.toc-bilag td { padding: 0.4mm 0 1mm; font-size: 9.5pt; color: #444; }
.toc tr.toc-bilag td:nth-child(2) { padding-left: 5mm; }
.closed-mark { font-weight: 400; color: #8a1c1c; }

.item { break-before: page; }
.item.item-short { break-before: auto; margin-top: 12mm; }
.keep-with-next { break-inside: avoid; page-break-inside: avoid; }
.changed-mark { color: #8a4b00; font-weight: 700; }
.front-notice { font-family: 'Packet Sans', sans-serif; font-weight: 700; font-size: 13pt; color: #8a1c1c; border: 1pt solid #8a1c1c; padding: 2mm 4mm; display: inline-block; }
.item-kicker { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.08em; color: #6b7785; margin: 0 0 1mm; }
.item h2 { font-size: 15pt; line-height: 1.25; color: #1f3a5f; margin: 0 0 2mm; }
.case-number { font-size: 9pt; color: #555; margin-bottom: 6mm; }
.closed-note { font-family: 'Packet Sans', sans-serif; margin-top: 8mm; color: #8a1c1c; }
.section, .notices, .request, .decision, .bilag-list { margin-top: 5mm; }
h3 { font-size: 11.5pt; color: #1f3a5f; margin: 0 0 1.5mm; }
h4 { font-size: 11pt; margin: 3mm 0 1mm; }
ol.points li { margin-bottom: 1mm; }
.authority { font-size: 9.5pt; color: #555; }
.notice-title { font-weight: 700; font-family: 'Packet Sans', sans-serif; font-size: 10.5pt; }
.decision { border-left: 2.5pt solid #1f3a5f; padding: 1mm 0 1mm 4mm; background: #f3f5f8; }
.decision.prior { background: #f7f7f7; border-left-color: #8d99a6; }
.decision h3 { margin-bottom: 1.5mm; }
.decision-text + .decision-text { margin-top: 1.5mm; }
.decision .note { margin: 1mm 0 2mm; }
.decision .note blockquote { margin: 0 0 0 4mm; }
.decision .presence { margin-top: 2.5mm; }
.note-label { font-weight: 700; margin-bottom: 0.5mm; }
.absence { font-style: italic; }
.bilag-list ul { list-style: none; padding-left: 0; }
.on-file { color: #666; font-style: italic; }
table.content-table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9.5pt; }
table.content-table th, table.content-table td { border: 0.5pt solid #b8c0c8; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
table.content-table th { background: #e8ecf1; }
table.content-table p { margin: 0; }

.signatures { break-before: page; }
.signatures h2 { font-size: 17pt; color: #1f3a5f; margin: 0 0 5mm; }
.signature-lines { list-style: none; padding: 0; margin-top: 10mm; display: grid; grid-template-columns: 1fr 1fr; column-gap: 14mm; row-gap: 15mm; }
.signature-lines li { break-inside: avoid; }
.signature-lines .line { display: block; border-bottom: 0.75pt solid #333; height: 12mm; }
.signature-lines .signer, .signature-lines .approval { display: block; }
.signature-lines .approval { font-size: 9pt; color: #333; }
.signatures .chain { margin-top: 14mm; font-size: 9pt; break-inside: avoid; }
.signatures .chain h3 { font-size: 11pt; margin: 0 0 2mm; }
.signatures .chain strong { white-space: nowrap; }
.signatures .chain .hash { font-family: 'Packet Sans'; font-size: 7.5pt; word-break: break-all; }
.addendum { margin-top: 4mm; border-left: 2pt solid #1f3a5f; padding-left: 3mm; }
.addendum p { margin: 0 0 1mm; }
.addendum-basis { font-size: 9pt; color: #333; }
.signer { display: block; font-size: 9.5pt; margin-top: 1.5mm; }
`;
