import { ImageRun, Paragraph } from 'docx';
import { readJpegHeader, readPngHeader } from '../image-header';

/** The PDF's front page draws the logo at most 50 × 22 mm (packet-css.ts); Word gets the same box, in pixels at 96 dpi. */
const MAX_WIDTH_PX = Math.round((50 / 25.4) * 96);
const MAX_HEIGHT_PX = Math.round((22 / 25.4) * 96);

/**
 * The municipality's logo as the front page's first paragraph, scaled into the PDF's box with its
 * proportions kept; none when there is no logo or its header cannot be read (the settings screen
 * accepts PNG and JPEG only).
 */
export function logoParagraph(dataUrl: string | null, municipality: string): Paragraph | null {
  const match = dataUrl ? /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl) : null;
  if (!match) return null;
  const data = Buffer.from(match[2] as string, 'base64');
  const header = match[1] === 'png' ? readPngHeader(data) : readJpegHeader(data);
  if (!header || header.width === 0 || header.height === 0) return null;
  const scale = Math.min(1, MAX_WIDTH_PX / header.width, MAX_HEIGHT_PX / header.height);
  return new Paragraph({
    spacing: { after: 240 },
    children: [new ImageRun({
      type: match[1] === 'png' ? 'png' : 'jpg',
      data,
      transformation: { width: Math.max(1, Math.round(header.width * scale)), height: Math.max(1, Math.round(header.height * scale)) },
      altText: { name: 'Logo', title: `${municipality} logo`, description: `${municipality} logo` },
    })],
  });
}
