import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PacketDocument, type TocPages } from './PacketDocument';
import { PACKET_CSS, packetFontCss } from './packet-css';
import type { PacketModel } from './packet-model';
import type { ChangePage } from './ChangesPage';

export type { TocPages } from './PacketDocument';
export type { ChangePage } from './ChangesPage';

/** The complete, self-contained HTML of the packet's body (front page, TOC, items, signatures). */
export async function renderPacketHtml(model: PacketModel, tocPages: TocPages | null, changePage?: ChangePage | null): Promise<string> {
  const css = `${packetFontCss()}\n${PACKET_CSS}`;
  return `<!DOCTYPE html>${renderToStaticMarkup(createElement(PacketDocument, { model, css, tocPages, changePage }))}`;
}
