/**
 * Peak memory for bench:export, read from Linux /proc:
 * - VmHWM (the kernel's own peak RSS) of this process and of its descendants (Chromium), reset
 *   before a measured run by writing "5" to /proc/<pid>/clear_refs, so a warm run is not charged
 *   for the warm-up;
 * - a sampler process (not blocked by the compile's synchronous work) that reads VmRSS of this
 *   process and the summed VmRSS of all its other descendants every 10 ms, for the peak of
 *   Chromium's processes taken together (their VmHWMs do not peak at the same moment).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

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
  /** VmRSS of this Node process at the reset (what it held before the measured work), bytes. */
  nodeAtReset: number;
  /** Largest sampled VmRSS of this process (worker sampler), bytes. */
  nodeSampled: number;
  /** Largest sampled sum of VmRSS over all descendants (Chromium), bytes. */
  childrenSampled: number;
  /** Sum of the descendants' VmHWM since the last reset (an upper bound), bytes. */
  childrenHwmSum: number;
  /** Largest sampled VmRSS of this process + descendants together, bytes. */
  totalSampled: number;
}

/**
 * The sampler runs as a process of its own, not as a worker thread: a worker is a second V8 heap
 * inside the measured process (about 10 MB of its RSS), so it would be charged to the export.
 * It answers "reset" with "ok" and "read" with its maxima (kB) of this process, of its
 * descendants summed, and of both together. The sampler is not a descendant of itself: it skips its own pid.
 */
const SAMPLER = `
const fs = require('node:fs');
const readline = require('node:readline');
const root = Number(process.argv[1]);
const slots = [0, 0, 0];
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
  while (q.length) { const p = q.shift(); for (const [c, pp] of parent) if (pp === p && c !== process.pid) { out.push(c); q.push(c); } }
  return out;
}
let children = kids(); let tick = 0;
function sample() {
  if (++tick % 20 === 0) children = kids();
  const self = rss(root); let sum = 0; for (const c of children) sum += rss(c);
  slots[0] = Math.max(slots[0], self); slots[1] = Math.max(slots[1], sum); slots[2] = Math.max(slots[2], self + sum);
}
setInterval(sample, 10);
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'reset') { children = kids(); slots.fill(0); sample(); process.stdout.write('ok\\n'); }
  else if (line === 'read') { sample(); process.stdout.write(slots.join(' ') + '\\n'); }
});
process.stdin.on('end', () => process.exit(0));
`;

export class MemorySampler {
  private readonly process: ChildProcess;
  private readonly lines: AsyncIterator<string>;
  private atResetKb = 0;

  constructor() {
    this.process = spawn(process.execPath, ['-e', SAMPLER, String(process.pid)], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.lines = createInterface({ input: this.process.stdout! })[Symbol.asyncIterator]();
  }

  private async ask(question: 'reset' | 'read'): Promise<string> {
    this.process.stdin!.write(`${question}\n`);
    const answer = await this.lines.next();
    if (answer.done) throw new Error('the memory sampler has stopped');
    return answer.value;
  }

  /** Starts a measured interval: forgets the sampled maxima and resets the kernel's peaks. */
  async reset(): Promise<void> {
    resetPeaks();
    this.atResetKb = statusKb('self', 'VmRSS');
    await this.ask('reset');
  }

  async read(): Promise<PeakReading> {
    const nodeHwm = statusKb('self', 'VmHWM') * 1024;
    const [self, sum, total] = (await this.ask('read')).split(' ').map(Number) as [number, number, number];
    const kids = descendants(process.pid).filter((pid) => pid !== this.process.pid);
    return {
      nodeHwm,
      nodeAtReset: this.atResetKb * 1024,
      nodeSampled: self * 1024,
      childrenSampled: sum * 1024,
      childrenHwmSum: kids.reduce((s, pid) => s + statusKb(pid, 'VmHWM'), 0) * 1024,
      totalSampled: total * 1024,
    };
  }

  async stop(): Promise<void> {
    this.process.stdin!.end();
    await new Promise((resolve) => this.process.once('exit', resolve));
  }
}
