import { describe, expect, it } from 'vitest';
import { externalUrl } from '../../../electron/main/external-url';
import { isBlockedRequestUrl } from '../../../electron/main/request-filter';
import { isAppUrl, RENDERER_ENTRY_URL } from '../../../electron/main/app-scheme';

describe('externalUrl', () => {
  it('passes http(s) links on, normalised', () => {
    expect(externalUrl('https://www.retsinformation.dk/eli/lta/2024/69')).toBe('https://www.retsinformation.dk/eli/lta/2024/69');
    expect(externalUrl('HTTP://Example.org')).toBe('http://example.org/');
    expect(externalUrl('https://kommune.dk/søg?q=æøå')).toBe('https://kommune.dk/s%C3%B8g?q=%C3%A6%C3%B8%C3%A5');
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'mailto:x@example.org',
    'app://dagsorden/index.html',
    'https://user:pass@example.org/',
    'https://',
    'not a url',
  ])('refuses %s', (url) => {
    expect(externalUrl(url)).toBeNull();
  });

  it('refuses an overlong link instead of cutting it', () => {
    expect(externalUrl(`https://example.org/${'a'.repeat(3000)}`)).toBeNull();
  });

  it('refuses a value that is not a string', () => {
    expect(externalUrl(undefined)).toBeNull();
    expect(externalUrl({ href: 'https://example.org' })).toBeNull();
  });
});

describe('isBlockedRequestUrl', () => {
  it('blocks network and file requests and lets the app, data: and blob: through', () => {
    for (const url of ['https://example.org/x.js', 'http://127.0.0.1:5173/', 'wss://example.org', 'ftp://x', 'file:///etc/passwd', 'garbage']) {
      expect(isBlockedRequestUrl(url)).toBe(true);
    }
    for (const url of [RENDERER_ENTRY_URL, 'app://dagsorden/assets/a.js', 'data:image/png;base64,AAAA', 'blob:app://dagsorden/0b6c', 'devtools://devtools/bundled/x.html']) {
      expect(isBlockedRequestUrl(url)).toBe(false);
    }
  });
});

describe('isAppUrl', () => {
  it('recognises only app://dagsorden', () => {
    expect(isAppUrl(RENDERER_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://dagsorden')).toBe(true);
    expect(isAppUrl('app://dagsorden:8080/index.html')).toBe(false);
    expect(isAppUrl('app://other/')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});
