import type { PDFPage } from 'pdf-lib';

/**
 * A page as the reader sees it: the visible (crop) box, turned by /Rotate. Stamps are laid out in
 * these visual coordinates (origin at the visible lower-left corner, y up); `matrix` maps them to
 * the page's user space (the operands of a `cm`), so stamps land inside the visible area and read
 * upright whatever the box offset and rotation.
 */
export interface PageFrame {
  width: number;
  height: number;
  matrix: [number, number, number, number, number, number];
}

export function pageFrame(page: PDFPage): PageFrame {
  const { x, y, width: w, height: h } = page.getCropBox();
  const angle = ((Math.round(page.getRotation().angle / 90) * 90) % 360 + 360) % 360;
  switch (angle) {
    case 90:
      return { width: h, height: w, matrix: [0, 1, -1, 0, x + w, y] };
    case 180:
      return { width: w, height: h, matrix: [-1, 0, 0, -1, x + w, y + h] };
    case 270:
      return { width: h, height: w, matrix: [0, -1, 1, 0, x, y + h] };
    default:
      return { width: w, height: h, matrix: [1, 0, 0, 1, x, y] };
  }
}
