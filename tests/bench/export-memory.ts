/**
 * Peak memory for bench:export, read from Linux /proc:
 * - VmHWM (the kernel's own peak RSS) of this process and of its descendants (Chromium), reset
 *   before a measured run by writing "5" to /proc/<pid>/clear_refs, so a warm run is not charged
 *   for the warm-up;
 * - a sampler in a worker thread (not blocked by the compile's synchronous work) that reads VmRSS
 *   of this process and the summed VmRSS of all its descendants every 10 ms, for the peak of
 *   Chromium's processes taken together (their VmHWMs do not peak at the same moment).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export const MB = 1024 * 1024;

function statusKb(pid: number | 'self', field: 'VmHWM' | 'VmRSS'): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+)`));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** All live descendants of a process (by walking /proc/<pid>/stat parent ids). */
export function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
    } catch { /* gone */ }
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const p = queue.shift()!;
    for (const [child, pp] of parent) if (pp === p) { out.push(child); queue.push(child); }
  }
  return out;
}

export function resetPeaks(): void {
  for (const pid of [process.pid, ...descendants(process.pid)]) {
    try { writeFileSync(`/proc/${pid}/clear_refs`, '5'); } catch { /* not ours or gone */ }
  }
}

export interface PeakReading {
  /** VmHWM of this Node process since the last reset, bytes. */
  nodeHwm: number;
  /** Largest sampled VmRSS of this process (worker sampler), bytes. */
  nodeSampled: number;
  /** Largest sampled sum of VmRSS over all descendants (Chromium), bytes. */
  childrenSampled: number;
  /** Sum of the descendants' VmHWM since the last reset (an upper bound), bytes. */
  childrenHwmSum: number;
  /** Largest sampled VmRSS of this process + descendants together, bytes. */
  totalSampled: number;
}

const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const slots = new Float64Array(workerData.buffer);
const root = workerData.pid;
function rss(pid) {
  try { const m = fs.readFileSync('/proc/' + pid + '/status', 'utf8').match(/VmRSS:\\s+(\\d+)/); return m ? Number(m[1]) : 0; } catch { return 0; }
}
function kids() {
  const parent = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\\d+$/.test(name)) continue;
    try { const s = fs.readFileSync('/proc/' + name + '/stat', 'utf8'); parent.set(Number(name), Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[1])); } catch {}
  }
  const out = []; const q = [root];
  while (q.length) { const p = q.shift(); for (const [c, pp] of parent) if (pp === p) { out.push(c); q.push(c); } }
  return out;
}
let children = kids(); let tick = 0;
setInterval(() => {
  if (++tick % 20 === 0) children = kids();
  const self = rss(root); let sum = 0; for (const c of children) sum += rss(c);
  slots[0] = Math.max(slots[0], self); slots[1] = Math.max(slots[1], sum); slots[2] = Math.max(slots[2], self + sum);
}, 10);
parentPort.on('message', (m) => { if (m === 'rescan') children = kids(); });
`;

export class MemorySampler {
  private readonly buffer = new SharedArrayBuffer(3 * 8);
  private readonly slots = new Float64Array(this.buffer);
  private readonly worker: Worker;

  constructor() {
    this.worker = new Worker(SAMPLER, { eval: true, workerData: { buffer: this.buffer, pid: process.pid } });
    this.worker.unref();
  }

  /** Starts a measured interval: forgets the sampled maxima and resets the kernel's peaks. */
  reset(): void {
    this.worker.postMessage('rescan');
    this.slots.fill(0);
    resetPeaks();
  }

  read(): PeakReading {
    const kids = descendants(process.pid);
    return {
      nodeHwm: statusKb('self', 'VmHWM') * 1024,
      nodeSampled: this.slots[0]! * 1024,
      childrenSampled: this.slots[1]! * 1024,
      childrenHwmSum: kids.reduce((s, pid) => s + statusKb(pid, 'VmHWM'), 0) * 1024,
      totalSampled: this.slots[2]! * 1024,
    };
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
