import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseWindowState, type WindowState } from './window-state';

/** The saved window state, or null when the file is missing, unreadable or not valid. */
export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Writes via a temporary file and a rename, so a crash mid-write never leaves half a file.
 * Failing to save the window size is not worth bothering the user with.
 */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
    renameSync(temporary, file);
  } catch (error) {
    console.warn('Vinduets størrelse kunne ikke gemmes:', error);
  }
}
