import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';

/** Every part of a DOCX (or any OOXML zip) as text, by its name in the package. */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) parts.set(name, await entry.async('string'));
  }
  return parts;
}

/** The text of an XML part: tags dropped, entities decoded, so "Åbent &amp; lukket" reads as written. */
export function xmlText(xml: string): string {
  return xml.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * The package's structure as Word and LibreOffice rely on it: [Content_Types].xml gives every part a
 * type (by override or by extension), and every internal relationship target exists. Returns the
 * problems found (none for a sound package).
 */
export function packageProblems(parts: Map<string, string>): string[] {
  const problems: string[] = [];
  const types = parts.get('[Content_Types].xml');
  if (!types) return ['[Content_Types].xml mangler'];
  const overrides = new Set([...types.matchAll(/<Override [^>]*PartName="\/([^"]+)"/g)].map((m) => m[1]));
  const defaults = new Set([...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((m) => (m[1] as string).toLowerCase()));
  for (const name of parts.keys()) {
    if (name === '[Content_Types].xml') continue;
    const extension = name.split('.').pop()?.toLowerCase() ?? '';
    if (!overrides.has(name) && !defaults.has(extension)) problems.push(`${name} har ingen indholdstype`);
  }
  for (const override of overrides) if (!parts.has(override as string)) problems.push(`[Content_Types].xml nævner /${override}, som mangler`);
  for (const [name, xml] of parts) {
    if (!name.endsWith('.rels')) continue;
    const folder = name.replace(/_rels\/[^/]*\.rels$/, '');
    for (const rel of xml.matchAll(/<Relationship [^>]*>/g)) {
      const tag = rel[0];
      if (/TargetMode="External"/.test(tag)) continue;
      const target = /Target="([^"]+)"/.exec(tag)?.[1] ?? '';
      const resolved = target.startsWith('/') ? target.slice(1) : normalise(`${folder}${target}`);
      if (!parts.has(resolved)) problems.push(`${name} henviser til ${target}, som mangler`);
    }
  }
  return problems;
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

/**
 * Converts a DOCX to PDF with LibreOffice (its own profile per call, so runs never block each
 * other) and returns the PDF's path and its text from pdftotext.
 */
export function convertWithLibreOffice(docxPath: string, outDir: string): { pdfPath: string; text: string; stderr: string } {
  const profile = mkdtempSync(join(tmpdir(), 'dagsorden-soffice-'));
  try {
    const result = execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    const pdfPath = join(outDir, basename(docxPath).replace(/\.docx$/i, '.pdf'));
    readFileSync(pdfPath);
    return { pdfPath, text: execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }), stderr: result };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export function sofficeAvailable(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}
