import { userInfo } from 'node:os';

/**
 * Who is acting, for the audit log: the operating-system user name. userInfo() throws where the
 * user has no passwd entry (some containers, odd domain setups), so fall back to the environment.
 */
export function currentActor(
  readUserName: () => string = () => userInfo().username,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  try {
    const name = readUserName().trim();
    if (name) return name;
  } catch {
    // fall through to the environment
  }
  return env.USERNAME?.trim() || env.USER?.trim() || 'ukendt bruger';
}
