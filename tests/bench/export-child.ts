/**
 * One measured bench:export process (spawned by bench-export.ts as
 * `node --expose-gc --import tsx tests/bench/export-child.ts <args.json>`), so each figure gets a
 * process of its own and its peak memory is not mixed with the fixture's or another run's.
 *
 * mode 'cold': the signed members' agenda packet from a fresh process, Chromium launch included.
 * mode 'signed': one warm-up export, then `runs` measured signed exports, nothing else (the scanned meeting).
 * mode 'warm': one warm-up export with the same printer, then `runs` measured exports (Chromium
 *   already running); then the bilag part alone: the same compile with a printer that replays the
 *   body PDFs Chromium printed in the warm-up (merge + stamp + outline + labels + save, no print,
 *   no signing), and signing alone.
 * With args.qpdf, qpdf's merge of the same bilag runs just before each measured run of the
 * signed packet or the bilag part, so both sides of the ratio meet the same load.
 * The result is written as JSON to args.resultFile.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Db } from '../../electron/store/open-database';
import { loadDocumentModel } from '../../electron/export/packet/load-packet-source';
import { compilePacket, type PacketProgress } from '../../electron/export/packet/compile-packet';
import { savePdf } from '../../electron/export/pdf/save-pdf';
import { createChromiumPrinter } from '../../electron/export/printer/chromium-printer';
import type { PdfPrinter } from '../../electron/export/printer/pdf-printer';
import { signPdf } from '../../electron/export/sign/sign-pdf';
import { createContext } from '../../electron/services/service-context';
import { exportPacket } from '../../electron/services/export/export-packet';
import { MemorySampler, type PeakReading } from './export-memory';
import { qpdfOnce } from './qpdf-merge';

export interface ChildArgs {
  mode: 'cold' | 'warm' | 'signed';
  dbFile: string;
  meetingId: number;
  p12Path: string;
  password: string;
  outDir: string;
  runs: number;
  resultFile: string;
  /**
   * qpdf's merge of the same bilag, run once just before each measured run ('signed') or each
   * replayed bilag part ('warm'): the two sides of the ratio then meet the same load on the machine.
   */
  qpdf?: { files: string[]; out: string };
}

export interface Phases {
  /** Reading the meeting and building the packet model (start → first 'render'). */
  prepare: number;
  /** HTML, Chromium printing (all passes), loading each body PDF, planning. */
  print: number;
  prints: number;
  /** Time spent inside printer.print (Chromium itself; ~0 when replayed). */
  printer: number;
  /** Stamp fonts, body stamps, then opening, copying and stamping the bilag one at a time (first 'bilag' → 'finish'). */
  bilag: number;
  /** Links, outline, labels, metadata, then save (+ signature + write + release row via exportPacket). */
  finish: number;
  sign: number;
  write: number;
}

export interface RunResult {
  wallMs: number;
  phases: Phases;
  memory: PeakReading;
  outputBytes: number;
  pageCount: number;
  bilagCount: number;
}

export interface ChildResult {
  mode: ChildArgs['mode'];
  /** Process start (module loading included) → ready to export, ms. */
  startupMs: number;
  runs: RunResult[];
  merge: RunResult[];
  signOnly: { wallMs: number; memory: PeakReading }[];
  replayMisses: number;
  qpdf: { wallMs: number; peak: number }[];
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * Wraps a printer: remembers each HTML's PDF, and in replay mode answers from memory. Keyed by the
 * HTML's digest, not the HTML: the packet's HTML strings are megabytes the app does not keep, and
 * holding them would be charged to every measured export's peak.
 */
function recordingPrinter(inner: PdfPrinter): PdfPrinter & { replay: boolean; misses: number; spentMs: number } {
  const memo = new Map<string, Uint8Array>();
  const key = (html: string) => createHash('sha256').update(html).digest('hex');
  const self = {
    replay: false,
    misses: 0,
    /** Time inside print() since the last reset. */
    spentMs: 0,
    async print(html: string, options: { title: string }): Promise<Uint8Array> {
      const t0 = performance.now();
      try {
        const hit = memo.get(key(html));
        if (self.replay && hit) return hit;
        if (self.replay) self.misses++;
        const bytes = await inner.print(html, options);
        memo.set(key(html), bytes);
        return bytes;
      } finally {
        self.spentMs += performance.now() - t0;
      }
    },
    close: () => inner.close(),
  };
  return self;
}

async function exportOnce(
  db: Db, args: ChildArgs, printer: ReturnType<typeof recordingPrinter>, p12: Uint8Array, sampler: MemorySampler, outPath: string, sign: boolean,
): Promise<RunResult> {
  // Every measured export is a first release (no "changes since version N" page).
  db.prepare('DELETE FROM releases WHERE meeting_id = ?').run(args.meetingId);
  gc();
  gc();
  await sampler.reset();
  printer.spentMs = 0;
  const marks: { phase: PacketProgress['phase']; index?: number; at: number }[] = [];
  const onProgress = (step: PacketProgress) => marks.push({ phase: step.phase, index: step.index, at: performance.now() });
  const t0 = performance.now();
  let outputBytes: number;
  let pageCount: number;
  let tCompiled: number;
  let tSigned: number;
  if (sign) {
    const result = await exportPacket(createContext(db, 'bench'), {
      meetingId: args.meetingId, document: 'agenda', edition: 'members', sign: { p12, password: args.password }, outPath, printer, onProgress,
    });
    tCompiled = tSigned = performance.now();
    outputBytes = result.bytes;
    pageCount = result.pageCount;
  } else {
    const packet = await compilePacket(db, loadDocumentModel(db, args.meetingId, { document: 'agenda', edition: 'members' }), { printer, onProgress });
    const saved = await savePdf(packet.doc);
    tCompiled = performance.now();
    const bytes = sign ? await signPdf(saved, { p12, password: args.password }) : saved;
    tSigned = performance.now();
    writeFileSync(outPath, bytes);
    outputBytes = bytes.length;
    pageCount = packet.pageCount;
  }
  const t1 = performance.now();
  const memory = await sampler.read();
  const at = (phase: PacketProgress['phase'], fallback: number) => marks.find((m) => m.phase === phase)?.at ?? fallback;
  const firstRender = at('render', t0);
  const firstBilag = at('bilag', tCompiled);
  const finish = at('finish', tCompiled);
  return {
    wallMs: t1 - t0,
    phases: {
      prepare: firstRender - t0,
      print: firstBilag - firstRender,
      prints: marks.filter((m) => m.phase === 'render').length,
      printer: printer.spentMs,
      bilag: finish - firstBilag,
      finish: tCompiled - finish,
      sign: sign ? NaN : tSigned - tCompiled,
      write: sign ? NaN : t1 - tSigned,
    },
    memory,
    outputBytes,
    pageCount,
    bilagCount: marks.filter((m) => m.phase === 'bilag' && (m.index ?? 0) > 0).length,
  };
}

/** With BENCH_MERGE_PROFILE=<file> (export-profile.ts), a CPU profile of the replayed bilag part alone. */
async function startProfiler(file: string | undefined): Promise<{ stop: () => Promise<void> }> {
  if (!file) return { stop: async () => {} };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

async function main(): Promise<void> {
  const args = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ChildArgs;
  const startupMs = performance.now();
  const sampler = new MemorySampler();
  const p12 = new Uint8Array(readFileSync(args.p12Path));
  const db = openDatabase(args.dbFile);
  const result: ChildResult = { mode: args.mode, startupMs, runs: [], merge: [], signOnly: [], replayMisses: 0, qpdf: [] };
  const qpdfBeside = (): void => {
    if (args.qpdf) result.qpdf.push(qpdfOnce(args.qpdf.files, args.qpdf.out));
  };
  const chromium = createChromiumPrinter();
  const printer = recordingPrinter(chromium);
  try {
    if (args.mode === 'cold') {
      result.runs.push(await exportOnce(db, args, printer, p12, sampler, join(args.outDir, 'cold.pdf'), true));
    } else if (args.mode === 'signed') {
      await exportOnce(db, args, printer, p12, sampler, join(args.outDir, 'signed-warmup.pdf'), true);
      for (let r = 0; r < args.runs; r++) {
        qpdfBeside();
        result.runs.push(await exportOnce(db, args, printer, p12, sampler, join(args.outDir, `signed-${r}.pdf`), true));
      }
    } else {
      await exportOnce(db, args, printer, p12, sampler, join(args.outDir, 'warmup.pdf'), true);
      for (let r = 0; r < args.runs; r++) {
        result.runs.push(await exportOnce(db, args, printer, p12, sampler, join(args.outDir, `warm-${r}.pdf`), true));
      }
      // The bilag part alone: Chromium is stopped, the body PDFs come from memory.
      await chromium.close();
      printer.replay = true;
      const profiler = await startProfiler(process.env.BENCH_MERGE_PROFILE);
      for (let r = 0; r < args.runs; r++) {
        qpdfBeside();
        result.merge.push(await exportOnce(db, args, printer, p12, sampler, join(args.outDir, `merge-${r}.pdf`), false));
      }
      await profiler.stop();
      result.replayMisses = printer.misses;
      const unsigned = readFileSync(join(args.outDir, 'merge-0.pdf'));
      for (let r = 0; r < args.runs; r++) {
        gc();
        await sampler.reset();
        const t0 = performance.now();
        await signPdf(unsigned, { p12, password: args.password });
        result.signOnly.push({ wallMs: performance.now() - t0, memory: await sampler.read() });
      }
    }
  } finally {
    await printer.close();
    db.close();
    await sampler.stop();
  }
  writeFileSync(args.resultFile, JSON.stringify(result));
  if (!existsSync(args.resultFile)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
