import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PacketDocument, type TocPages } from './PacketDocument';
import { PACKET_CSS, packetFontCss } from './packet-css';
import type { DocumentModel } from '../../../shared/document';
import type { ChangePage } from './ChangesPage';

export type { TocPages } from './PacketDocument';
export type { ChangePage } from './ChangesPage';

/** The complete, self-contained HTML of the packet's body (front page, TOC, items, signatures). */
export async function renderPacketHtml(
  model: DocumentModel, tocPages: TocPages | null, changePage?: ChangePage | null, bilagPlacement: 'end' | 'after-item' = 'end',
): Promise<string> {
  const css = `${packetFontCss()}\n${PACKET_CSS}`;
  return `<!DOCTYPE html>${renderToStaticMarkup(createElement(PacketDocument, { model, css, tocPages, changePage, bilagPlacement }))}`;
}
