// The worker thread's entry from the source tree (tsx, vitest, an unbundled main process): plain
// JavaScript, so Node can start it without a TypeScript loader, which then loads the TypeScript
// through tsx's scoped loader.
import { tsImport } from 'tsx/esm/api';

const { serveInspections } = await tsImport('./inspect-worker.ts', import.meta.url);
serveInspections();
