#!/usr/bin/env node
// Starts the built app in Electron (npm start), passing our arguments through, e.g.
// `npm start -- --db=/tmp/demo.sqlite`. Where the Electron binary was never downloaded
// (ELECTRON_SKIP_BINARY_DOWNLOAD) it says so in one line and exits 1.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MISSING =
  "Electron-programmet er ikke installeret her (ELECTRON_SKIP_BINARY_DOWNLOAD). Kør 'node node_modules/electron/install.js' med netadgang, eller brug browsertilstand: npm run start:web";

/** The electron package exports the binary's path; it throws when the download never happened. */
function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error(MISSING);
  process.exit(1);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = { ...process.env };
// Set by some tools; it would make Electron run as plain Node and ignore our app.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Electron kunne ikke startes: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
