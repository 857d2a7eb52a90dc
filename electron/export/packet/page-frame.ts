import { degrees, type PDFPage, type Rotation } from 'pdf-lib';

/**
 * A page as the reader sees it: the visible (crop) box, turned by /Rotate. Stamps are laid out in
 * these visual coordinates (origin at the visible lower-left corner, y up) and mapped back to the
 * page's user space, so they land inside the visible area and read upright whatever the box
 * offset and rotation.
 */
export interface PageFrame {
  width: number;
  height: number;
  /** Rotation to give drawn text and boxes so they read upright. */
  rotate: Rotation;
  toUser(vx: number, vy: number): { x: number; y: number };
}

export function pageFrame(page: PDFPage): PageFrame {
  const box = page.getCropBox();
  const angle = ((Math.round(page.getRotation().angle / 90) * 90) % 360 + 360) % 360;
  const { x, y, width: w, height: h } = box;
  switch (angle) {
    case 90:
      return { width: h, height: w, rotate: degrees(90), toUser: (vx, vy) => ({ x: x + w - vy, y: y + vx }) };
    case 180:
      return { width: w, height: h, rotate: degrees(180), toUser: (vx, vy) => ({ x: x + w - vx, y: y + h - vy }) };
    case 270:
      return { width: h, height: w, rotate: degrees(270), toUser: (vx, vy) => ({ x: x + vy, y: y + h - vx }) };
    default:
      return { width: w, height: h, rotate: degrees(0), toUser: (vx, vy) => ({ x: x + vx, y: y + vy }) };
  }
}
