#!/usr/bin/env node
// The `dagsorden` command: runs the TypeScript CLI through tsx, so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

// React's production build renders documents several times faster than its development build.
process.env.NODE_ENV ??= 'production';
register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
