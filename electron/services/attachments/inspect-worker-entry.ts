// The worker thread's entry in the esbuild bundle (out/main/inspect-worker.cjs, see inspect-in-worker.ts).
import { serveInspections } from './inspect-worker';

serveInspections();
