import { electronBinary, hasDisplay, NO_DISPLAY_REASON, SKIP_REASON } from './electron-binary';

/** Runs once per run: says why every test is about to be skipped, so a green run is not misread. */
export default function globalSetup(): void {
  if (!electronBinary()) console.log(SKIP_REASON);
  else if (!hasDisplay()) console.log(NO_DISPLAY_REASON);
}
