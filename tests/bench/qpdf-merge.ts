import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** `qpdf --empty --pages <files> -- out`: wall time and peak RSS (GNU time %M) of one run. */
export function qpdfOnce(files: string[], out: string): { wallMs: number; peak: number } {
  const t0 = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'MAXRSS %M', 'qpdf', '--empty', '--pages', ...files, '--', out], { encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  if (run.status !== 0) throw new Error(`bench: qpdf failed: ${run.stderr}`);
  const m = run.stderr.match(/MAXRSS (\d+)/);
  return { wallMs, peak: m ? Number(m[1]) * 1024 : NaN };
}
