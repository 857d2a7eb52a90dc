import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isInside, resolveRendererPath } from '../../../electron/main/renderer-path';
import { serveRendererFile } from '../../../electron/main/renderer-files';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/content-security-policy';
import { mimeTypeFor } from '../../../shared/web/mime-types';
import { tempDir } from '../../helpers/temp-db';

const root = '/app/out/renderer';

describe('resolveRendererPath', () => {
  it('maps app://dagsorden paths to files inside the renderer folder', () => {
    expect(resolveRendererPath('app://dagsorden/index.html', root)).toEqual({ ok: true, file: '/app/out/renderer/index.html' });
    expect(resolveRendererPath('app://dagsorden/', root)).toEqual({ ok: true, file: '/app/out/renderer/index.html' });
    expect(resolveRendererPath('app://dagsorden', root)).toEqual({ ok: true, file: '/app/out/renderer/index.html' });
    expect(resolveRendererPath('app://dagsorden/assets/index-AbC1.js?v=2#x', root)).toEqual({ ok: true, file: '/app/out/renderer/assets/index-AbC1.js' });
    expect(resolveRendererPath('app://dagsorden/fonts/DejaVu%20Sans.ttf', root)).toEqual({ ok: true, file: '/app/out/renderer/fonts/DejaVu Sans.ttf' });
    expect(resolveRendererPath('app://dagsorden/%C3%A6%C3%B8%C3%A5.svg', root)).toEqual({ ok: true, file: '/app/out/renderer/æøå.svg' });
  });

  it.each([
    'app://dagsorden/..%2f..%2fpackage.json',
    'app://dagsorden/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://dagsorden/assets/..%2f..%2f..%2fpackage.json',
    'app://dagsorden/..%5c..%5cpackage.json',
    'app://dagsorden/%2e%2e%2f%2e%2e%2fpackage.json',
    'app://dagsorden/C:%5cWindows%5cwin.ini',
    'app://dagsorden/index.html:stream',
  ])('refuses %s with 403', (url) => {
    expect(resolveRendererPath(url, root)).toEqual({ ok: false, status: 403 });
  });

  it('keeps dot segments the URL parser folds inside the folder', () => {
    // WHATWG URL parsing turns these into /package.json before we see them: still inside out/renderer.
    for (const url of ['app://dagsorden/../../package.json', 'app://dagsorden/%2e%2e/%2e%2e/package.json', 'app://dagsorden/a/./../../b.js']) {
      const resolved = resolveRendererPath(url, root);
      expect(resolved.ok && isInside(root, resolved.file)).toBe(true);
    }
  });

  it('refuses other hosts and schemes, NUL bytes and broken escapes', () => {
    expect(resolveRendererPath('app://evil/index.html', root)).toEqual({ ok: false, status: 404 });
    expect(resolveRendererPath('file:///etc/passwd', root)).toEqual({ ok: false, status: 404 });
    expect(resolveRendererPath('https://dagsorden/index.html', root)).toEqual({ ok: false, status: 404 });
    expect(resolveRendererPath('app://dagsorden/index.html%00.png', root)).toEqual({ ok: false, status: 400 });
    expect(resolveRendererPath('app://dagsorden/%E0%A4%A', root)).toEqual({ ok: false, status: 400 });
    expect(resolveRendererPath('not a url', root)).toEqual({ ok: false, status: 400 });
  });

  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Dagsorden\\resources\\app\\out\\renderer';
    expect(resolveRendererPath('app://dagsorden/assets/a.js', winRoot, path.win32)).toEqual({ ok: true, file: `${winRoot}\\assets\\a.js` });
    expect(resolveRendererPath('app://dagsorden/..%5c..%5cpackage.json', winRoot, path.win32)).toEqual({ ok: false, status: 403 });
    expect(resolveRendererPath('app://dagsorden/D:%5csecret.txt', winRoot, path.win32)).toEqual({ ok: false, status: 403 });
    expect(resolveRendererPath('app://dagsorden/%5c%5cserver%5cshare%5cx', winRoot, path.win32)).toEqual({ ok: true, file: `${winRoot}\\server\\share\\x` });
  });
});

describe('isInside', () => {
  it('tells inside from outside, including look-alike sibling folders', () => {
    expect(isInside('/a/out/renderer', '/a/out/renderer')).toBe(true);
    expect(isInside('/a/out/renderer', '/a/out/renderer/x/y.js')).toBe(true);
    expect(isInside('/a/out/renderer', '/a/out/renderer/..foo')).toBe(true);
    expect(isInside('/a/out/renderer', '/a/out/renderer-evil/x.js')).toBe(false);
    expect(isInside('/a/out/renderer', '/a/out')).toBe(false);
    expect(isInside('C:\\app\\renderer', 'D:\\app\\renderer\\x', path.win32)).toBe(false);
  });
});

describe('serveRendererFile', () => {
  let dir: string;
  let rendererDir: string;
  let cleanup: () => void;

  beforeAll(() => {
    ({ dir, cleanup } = tempDir('dagsorden-renderer-'));
    rendererDir = path.join(dir, 'out', 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Dagsorden</title>');
    writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'hemmelig');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
  });
  afterAll(() => cleanup());

  const get = (url: string, method = 'GET') => serveRendererFile(new Request(url, { method }), rendererDir);

  it('serves files with their type and the CSP header', async () => {
    const index = await get('app://dagsorden/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('<title>Dagsorden</title>');
    const script = await get('app://dagsorden/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers a client-side route with index.html and a missing asset with 404', async () => {
    expect(await (await get('app://dagsorden/moeder/3')).text()).toContain('Dagsorden');
    const missing = await get('app://dagsorden/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses traversal, a symbolic link out of the folder and methods other than GET/HEAD', async () => {
    expect((await get('app://dagsorden/..%2fsecret.txt')).status).toBe(403);
    expect((await get('app://dagsorden/assets/link.txt')).status).toBe(403);
    expect((await get('app://dagsorden/index.html', 'POST')).status).toBe(405);
    const head = await get('app://dagsorden/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('mimeTypeFor', () => {
  it('knows the types vite emits and falls back to bytes', () => {
    expect(mimeTypeFor('/x/index-abc.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/LICENSE')).toBe('application/octet-stream');
  });
});
