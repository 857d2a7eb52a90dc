import type { Session } from 'electron';
import { withContentSecurityPolicy } from './content-security-policy';
import { isBlockedRequestUrl } from './request-filter';

/**
 * The session the window uses: every permission (camera, notifications, clipboard read, HID, …)
 * is refused, no request leaves for the network or the file system, and every response that
 * reaches a page carries our CSP.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: isBlockedRequestUrl(details.url) }));
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }),
  );
}
