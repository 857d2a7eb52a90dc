#!/usr/bin/env node
// The `dagsorden` command: runs the esbuild bundle in out/cli (npm ci builds it; in a checkout it is
// rebuilt here when a source is newer), so it works from any folder and starts without a compiler.
import { createRequire } from 'node:module';
import { readyCliBundle } from './cli-bundle.mjs';

const bundle = readyCliBundle({ command: process.argv[2] });
if (bundle === undefined) {
  process.exitCode = 1;
} else {
  const { main } = createRequire(import.meta.url)(bundle);
  process.exitCode = await main(process.argv.slice(2));
}
