import { describe, expect, it } from 'vitest';
import type { BrowserWindow } from 'electron';
import { isTrustedSender, senderFacts, type IpcSender } from '../../../electron/main/sender-check';

const trusted = { frameUrl: 'app://dagsorden/index.html', isMainFrame: true, fromMainWindow: true };

describe('isTrustedSender', () => {
  it('trusts the main frame of the main window on app://dagsorden', () => {
    expect(isTrustedSender(trusted)).toBe(true);
    expect(isTrustedSender({ ...trusted, frameUrl: 'app://dagsorden/some/route?x=1#y' })).toBe(true);
  });

  it.each([
    ['another window', { ...trusted, fromMainWindow: false }],
    ['an iframe', { ...trusted, isMainFrame: false }],
    ['a frame that is gone', { ...trusted, frameUrl: null }],
    ['a web page', { ...trusted, frameUrl: 'https://example.org/' }],
    ['a local file', { ...trusted, frameUrl: 'file:///C:/Users/x/evil.html' }],
    ['another app:// host', { ...trusted, frameUrl: 'app://evil/index.html' }],
    ['a look-alike host', { ...trusted, frameUrl: 'app://dagsorden.evil.example/index.html' }],
    ['a data: URL', { ...trusted, frameUrl: 'data:text/html,<script>1</script>' }],
    ['about:blank', { ...trusted, frameUrl: 'about:blank' }],
    ['garbage', { ...trusted, frameUrl: 'not a url' }],
  ])('refuses %s', (_name, facts) => {
    expect(isTrustedSender(facts)).toBe(false);
  });
});

describe('senderFacts', () => {
  const mainFrame = { processId: 4, routingId: 1, url: 'app://dagsorden/index.html', parent: null };
  const contents = { id: 1, mainFrame };
  const window = { isDestroyed: () => false, webContents: contents } as unknown as BrowserWindow;
  const event = (overrides: Partial<{ sender: unknown; senderFrame: unknown }>) =>
    ({ sender: contents, senderFrame: { ...mainFrame }, ...overrides }) as unknown as IpcSender;

  it('reads the facts of the main frame (a different wrapper object, same ids)', () => {
    expect(senderFacts(event({}), window)).toEqual(trusted);
  });

  it('sees an iframe, another webContents, a missing frame and a closed window', () => {
    expect(senderFacts(event({ senderFrame: { ...mainFrame, routingId: 9, parent: mainFrame } }), window).isMainFrame).toBe(false);
    expect(senderFacts(event({ sender: { id: 2 } }), window).fromMainWindow).toBe(false);
    expect(senderFacts(event({ senderFrame: null }), window)).toEqual({ frameUrl: null, isMainFrame: false, fromMainWindow: false });
    expect(senderFacts(event({}), null).fromMainWindow).toBe(false);
    const closed = { isDestroyed: () => true, webContents: contents } as unknown as BrowserWindow;
    expect(senderFacts(event({}), closed).fromMainWindow).toBe(false);
  });

  it('treats a disposed frame (which throws on access) as unknown', () => {
    const disposed = Object.defineProperty({}, 'url', { get: () => { throw new Error('Render frame was disposed'); } });
    expect(isTrustedSender(senderFacts(event({ senderFrame: disposed }), window))).toBe(false);
  });
});
