import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Test-side readers for a compiled packet: pdfjs for structure, poppler and qpdf for the raw file. */
export interface OutlineEntry { title: string; page: number; children: OutlineEntry[] }
export interface LinkInfo { page: number; target: number | null; url: string | null }

export interface InspectedPdf {
  numPages: number;
  outline: OutlineEntry[];
  labels: string[] | null;
  links: LinkInfo[];
  annotationsJson: string;
  pageText(page: number): string;
  allText: string;
  info: string;
  meta: string;
  fonts: string;
  qdf: string;
}

export async function inspectPdf(bytes: Uint8Array): Promise<InspectedPdf> {
  const dir = mkdtempSync(join(tmpdir(), 'packet-inspect-'));
  try {
    const file = join(dir, 'p.pdf');
    writeFileSync(file, bytes);
    const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
    const pageOf = async (dest: unknown): Promise<number> => {
      const resolved = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
      const ref = (resolved as unknown[] | null)?.[0];
      return ref && typeof ref === 'object' ? (await doc.getPageIndex(ref as { num: number; gen: number })) + 1 : -1;
    };
    type RawOutline = { title: string; dest: unknown; items: RawOutline[] };
    const walk = async (items: RawOutline[]): Promise<OutlineEntry[]> =>
      Promise.all(items.map(async (o) => ({ title: o.title, page: await pageOf(o.dest), children: await walk(o.items) })));
    const outline = await walk(((await doc.getOutline()) ?? []) as RawOutline[]);
    const links: LinkInfo[] = [];
    const annotations: unknown[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      for (const a of (await page.getAnnotations()) as { subtype: string; dest?: unknown; url?: string }[]) {
        annotations.push(a);
        if (a.subtype === 'Link') links.push({ page: p, target: a.dest ? await pageOf(a.dest) : null, url: a.url ?? null });
      }
    }
    const labels = (await doc.getPageLabels()) as string[] | null;
    const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    // pdftotext separates pages with a form feed.
    const pages = run('pdftotext', ['-layout', file, '-']).split('\f');
    const pageText = (page: number) => pages[page - 1] ?? '';
    const qdfFile = join(dir, 'q.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, qdfFile]);
    const result: InspectedPdf = {
      numPages: doc.numPages,
      outline,
      labels,
      links,
      annotationsJson: JSON.stringify(annotations),
      pageText,
      allText: run('pdftotext', [file, '-']),
      info: run('pdfinfo', [file]),
      meta: run('pdfinfo', ['-meta', file]),
      fonts: run('pdffonts', [file]),
      qdf: readFileSync(qdfFile).toString('latin1'),
    };
    await doc.destroy();
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every font row of `pdffonts` says "yes" in the emb column. */
export function allFontsEmbedded(pdffonts: string): boolean {
  const rows = pdffonts.split('\n').slice(2).filter((l) => l.trim().length > 0);
  return rows.length > 0 && rows.every((row) => / (yes|no) +(yes|no) +(yes|no) +\d+ +\d+$/.test(row) && /(\S+) +(yes) +(yes|no) +(yes|no) +\d+ +\d+$/.test(row));
}

export const flattenOutline = (entries: OutlineEntry[]): OutlineEntry[] => entries.flatMap((e) => [e, ...flattenOutline(e.children)]);
