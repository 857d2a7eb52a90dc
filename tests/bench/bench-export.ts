/**
 * bench:export — a planned meeting with 20 items and 60 distinct bilag totalling 1,000 pages in a
 * real SQLite file (built first, not timed). Measures, each in a child process of its own
 * (export-child.ts, bundled as the app's main process is: bundle-export-child.ts) so its peak
 * memory is its own:
 *  (a) the full signed members' agenda packet (compile with system Chromium + PAdES signature +
 *      write): cold (fresh process, Chromium launch included) and warm (printer already running,
 *      after one warm-up export). The 1.5 s budget applies to the WARM median.
 *  (b) the bilag part: the same compile with Chromium's body PDFs replayed from memory, timed from
 *      the body printed, loaded and planned to the written file (stamp fonts, body stamps, the 60
 *      bilag opened, copied and stamped one at a time, page order, links, outline, labels, save,
 *      write); the whole compile without Chromium (with the HTML and body loads) is printed too;
 *  (c) `qpdf --empty --pages <the same 60 files> -- out.pdf`, wall time and peak RSS (GNU time %M),
 *      each run started by the child just before one of (b)'s, so the ratio compares like with like;
 *  (d) the Word edition of a held 60-item meeting's minutes (< 1 s) beside its PDF (bench-word.ts);
 *  (e) the scanned meeting (scan-fixture.ts: 12 bilag of 75 pages, every page its own 200 dpi
 *      JPEG, 900 pages, ~385 MB): the whole signed members' packet (warm, median of 3) beside
 *      `qpdf --empty --pages` of the same 12 files (alternating with the packet's runs), wall time and peak memory of both;
 *  (f) the same scanned bilag uploaded one by one in browser mode, and the meeting imported from its
 *      meeting.json, each in a process bundled like the app: wall time and peak memory (< 400 MB).
 * Budgets (issue 14): text fixture: warm signed packet < 1.5 s, (b) ≤ 1.5 × (c), peak RSS of the
 * exporting Node process < 3 × output size + 200 MB (Chromium's own memory is printed separately);
 * scanned fixture: the signed packet ≤ 3 × qpdf, peak RSS of the exporting process < 400 MB.
 * `npm run bench:export -- --text` runs the text fixture's (a)–(c) only, `-- --scan` the scanned (e) and (f) only;
 * BENCH_KEEP=<folder> keeps the signed text and scanned packets there.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeTestCerts } from '../fixtures/certs/make-test-certs';
import { tempDir } from '../helpers/temp-db';
import type { ChildArgs, ChildResult, RunResult } from './export-child';
import { bundleExportChild } from './bundle-export-child';
import { MB } from './export-memory';
import { qpdfOnce } from './qpdf-merge';
import { EXPORT_BILAG, EXPORT_ITEMS, buildExportFixture } from './export-fixture';
import { benchWord } from './bench-word';
import { buildScanFixture } from './scan-fixture';
import { bundleIntakeChild } from '../fixtures/hostile/intake-memory-bundle';
import type { IntakeOutcome } from '../fixtures/hostile/intake-memory-case';
import { openDatabase } from '../../electron/store/open-database';
import { exportMeetingDirectory } from '../../electron/services/transfer/export-meeting-directory';

// Five runs, medians compared: on these shared machines one run of either side can be 15 % off.
// qpdf runs once before each measured run of ours, in the same child, so both meet the same load.
const WARM_RUNS = 5;
const SCAN_RUNS = 3;
const PACKET_BUDGET_MS = 1_500;
const MERGE_RATIO_BUDGET = 1.5;
const SCAN_RATIO_BUDGET = 3;
const SCAN_MEMORY_BUDGET = 400 * MB;
const INTAKE_MEMORY_BUDGET = 400 * MB;
const MEMORY_FACTOR = 3;
const MEMORY_EXTRA = 200 * MB;

/** `npm run bench:export -- --text` runs (a)–(c) only, `-- --scan` (e) and (f) only: the quick loops while working on one fixture. */
const textOnly = process.argv.includes('--text');
const scanOnly = process.argv.includes('--scan');

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number): string => `${x.toFixed(0).padStart(6)} ms`;
const mb = (x: number): string => `${(x / MB).toFixed(1).padStart(7)} MB`;
const verdict = (ok: boolean): string => (ok ? 'OK' : 'OVER BUDGET');

function runChild(bundle: string, args: Omit<ChildArgs, 'resultFile'>, dir: string): ChildResult {
  const argsFile = join(dir, `child-${args.mode}.json`);
  const resultFile = join(dir, `result-${args.mode}.json`);
  writeFileSync(argsFile, JSON.stringify({ ...args, resultFile }));
  const child = spawnSync(process.execPath, ['--expose-gc', bundle, argsFile], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (child.status !== 0) throw new Error(`bench: export-child (${args.mode}) ended with ${child.status ?? child.signal}`);
  return JSON.parse(readFileSync(resultFile, 'utf8')) as ChildResult;
}

function phaseLine(label: string, r: RunResult): string {
  const p = r.phases;
  const head = `    ${label.padEnd(10)} prepare ${ms(p.prepare)} | HTML+print ×${p.prints}+load body+plan ${ms(p.print)} (in Chromium ${ms(p.printer)}) | fonts+body stamps+bilag one by one ${ms(p.bilag)}`;
  if (p.sign === null || Number.isNaN(p.sign)) return `${head} | links+outline+save+sign+write+release ${ms(p.finish)}`;
  return `${head} | links+outline+save ${ms(p.finish)} | sign ${ms(p.sign)} | write ${ms(p.write)}`;
}

async function main(): Promise<void> {
  const { dir, cleanup } = tempDir('bench-export-');
  const certs = await makeTestCerts();
  try {
    if (scanOnly) {
      const scan = await benchScanned(await bundleExportChild(join('out', 'bench')), { p12Path: certs.p12Path, password: certs.password }, dir);
      console.log(`summary (scanned fixture only): scanned packet vs qpdf ${verdict(scan.ratioOk)}, scanned peak memory ${verdict(scan.memoryOk)}, scanned upload and import memory ${verdict(scan.intakeOk)}`);
      if (!(scan.ratioOk && scan.memoryOk && scan.intakeOk)) process.exitCode = 1;
      return;
    }
    const bilagDir = join(dir, 'bilag');
    const outDir = join(dir, 'out');
    mkdirSync(bilagDir);
    mkdirSync(outDir);
    const dbFile = join(dir, 'export.sqlite');
    const t0 = performance.now();
    const fixture = await buildExportFixture(dbFile, bilagDir);
    console.log(
      `meeting: ${fixture.itemCount} items, ${fixture.bilagFiles.length} bilag, ${fixture.bilagPages} bilag pages, ` +
      `${(fixture.bilagBytes / MB).toFixed(1)} MB of bilag; built in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    if (fixture.itemCount !== EXPORT_ITEMS || fixture.bilagFiles.length !== EXPORT_BILAG) throw new Error('bench: fixture has the wrong shape');
    const qpdfVersion = execFileSync('qpdf', ['--version'], { encoding: 'utf8' }).split('\n')[0];
    console.log(`node ${process.version}, ${qpdfVersion}, Chromium /usr/bin/chromium, ${(await import('node:os')).cpus().length} CPUs`);

    const base = { dbFile, meetingId: fixture.meetingId, p12Path: certs.p12Path, password: certs.password, outDir };

    // (c) qpdf: one warm-up here (page cache); the measured runs alternate with (b)'s in the child.
    const qpdfOut = join(outDir, 'qpdf.pdf');
    qpdfOnce(fixture.bilagFiles, qpdfOut);

    const bundle = await bundleExportChild(join('out', 'bench'));
    const cold = runChild(bundle, { ...base, mode: 'cold', runs: 1 }, dir);
    const warm = runChild(bundle, { ...base, mode: 'warm', runs: WARM_RUNS, qpdf: { files: fixture.bilagFiles, out: qpdfOut } }, dir);
    const qpdf = warm.qpdf;
    keep(join(outDir, 'warm-0.pdf'), 'text-packet.pdf');

    const coldRun = cold.runs[0]!;
    const warmWall = median(warm.runs.map((r) => r.wallMs));
    const outputBytes = warm.runs[0]!.outputBytes;
    const warmNodePeak = Math.max(...warm.runs.map((r) => Math.max(r.memory.nodeHwm, r.memory.nodeSampled)));
    const warmChromium = Math.max(...warm.runs.map((r) => r.memory.childrenSampled));
    const warmChromiumHwm = Math.max(...warm.runs.map((r) => r.memory.childrenHwmSum));
    const memoryBudget = MEMORY_FACTOR * outputBytes + MEMORY_EXTRA;
    // The bilag part: from the body printed, loaded and planned to the written file — stamp fonts,
    // body stamps, 60 bilag opened, copied and stamped, page order, links, outline, labels,
    // metadata, save, write. (The whole replayed compile, with HTML and the body loads, is printed too.)
    const bilagPart = (r: RunResult): number => r.phases.bilag + r.phases.finish + r.phases.write;
    const withoutChromium = (r: RunResult): number => r.wallMs - r.phases.printer;
    const mergeWall = median(warm.merge.map(bilagPart));
    const mergeCompile = median(warm.merge.map(withoutChromium));

    const mergePeak = Math.max(...warm.merge.map((r) => Math.max(r.memory.nodeHwm, r.memory.nodeSampled)));
    const qpdfWall = median(qpdf.map((q) => q.wallMs));
    const qpdfPeak = Math.max(...qpdf.map((q) => q.peak));
    const ratio = mergeWall / qpdfWall;
    const qpdfSize = statSync(qpdfOut).size;

    console.log('');
    console.log(`output: ${warm.runs[0]!.pageCount} pages, ${warm.runs[0]!.bilagCount} bilag, ${(outputBytes / MB).toFixed(1)} MB signed packet (qpdf's plain merge: ${(qpdfSize / MB).toFixed(1)} MB)`);
    console.log(`memory budget: 3 × ${(outputBytes / MB).toFixed(1)} MB + 200 MB = ${(memoryBudget / MB).toFixed(1)} MB`);
    console.log('');
    console.log(`(a) signed members' packet through exportPacket (compile + sign + write + release row), in a process bundled like the app`);
    console.log(`    cold (fresh process, Chromium launch incl.)  wall ${ms(coldRun.wallMs)}   Node peak RSS ${mb(coldRun.memory.nodeHwm)}   Chromium peak RSS (sum, sampled) ${mb(coldRun.memory.childrenSampled)}   (information; module loading before it ${ms(cold.startupMs)})`);
    const warmOk = warmWall < PACKET_BUDGET_MS;
    const memOk = warmNodePeak < memoryBudget;
    console.log(`    warm (Chromium running) median of ${WARM_RUNS}         wall ${ms(warmWall)}   [${warm.runs.map((r) => r.wallMs.toFixed(0)).join(', ')}]   budget < ${PACKET_BUDGET_MS} ms  ${verdict(warmOk)}`);
    const heldBefore = Math.max(...warm.runs.map((r) => r.memory.nodeAtReset));
    console.log(`    warm peak RSS, exporting Node process      ${mb(warmNodePeak)}   budget < ${(memoryBudget / MB).toFixed(1)} MB  ${verdict(memOk)}   (held before the export began: ${mb(heldBefore)})`);
    console.log(`    warm peak RSS, Chromium (sum over its processes, sampled 10 ms) ${mb(warmChromium)}  (sum of VmHWM of the survivors ${mb(warmChromiumHwm)}); Node + Chromium together ${mb(Math.max(...warm.runs.map((r) => r.memory.totalSampled)))}  (information)`);
    console.log(phaseLine('cold', coldRun));
    warm.runs.forEach((r, i) => console.log(phaseLine(`warm ${i + 1}`, r)));
    console.log('');
    console.log('(b) the bilag part, with the body PDFs replayed: stamp fonts + body stamps + open, copy, stamp 60 bilag one by one + page order, links, outline, labels + save + write (no sign)');
    const ratioOk = ratio <= MERGE_RATIO_BUDGET;
    console.log(`    median of ${WARM_RUNS}  ${ms(mergeWall)}   [${warm.merge.map((r) => bilagPart(r).toFixed(0)).join(', ')}]   whole replayed compile without Chromium (model, HTML ×2, body loads ×2 too) ${ms(mergeCompile)}   Node peak RSS ${mb(mergePeak)}${warm.replayMisses ? `   (${warm.replayMisses} replay misses: printed again)` : ''}`);
    warm.merge.forEach((r, i) => console.log(phaseLine(`replay ${i + 1}`, r)));
    console.log(`    signing alone (load + save + CMS) median ${ms(median(warm.signOnly.map((s) => s.wallMs)))}   Node peak RSS ${mb(Math.max(...warm.signOnly.map((s) => s.memory.nodeHwm)))}`);
    console.log('');
    console.log(`(c) qpdf --empty --pages <60 bilag> -- out.pdf, each run just before one of (b)'s   median of ${qpdf.length} ${ms(qpdfWall)}   [${qpdf.map((q) => q.wallMs.toFixed(0)).join(', ')}]   peak RSS ${mb(qpdfPeak)}`);
    console.log('');
    console.log(`ratio (b)/(c): ${ratio.toFixed(2)} ×   budget ≤ ${MERGE_RATIO_BUDGET} ×  ${verdict(ratioOk)}   (the whole compile without Chromium: ${(mergeCompile / qpdfWall).toFixed(2)} ×, information)`);
    console.log('');
    if (textOnly) {
      console.log(`summary (text fixture only): warm signed packet ${verdict(warmOk)}, bilag merge vs qpdf ${verdict(ratioOk)}, peak memory ${verdict(memOk)}`);
      if (!(warmOk && ratioOk && memOk)) process.exitCode = 1;
      return;
    }
    const wordOk = await benchWord();
    console.log('');
    const scanOk = await benchScanned(bundle, { p12Path: certs.p12Path, password: certs.password }, dir);
    console.log('');
    console.log(`summary: warm signed packet ${verdict(warmOk)}, bilag merge vs qpdf ${verdict(ratioOk)}, peak memory ${verdict(memOk)}, Word minutes ${verdict(wordOk)}, scanned packet vs qpdf ${verdict(scanOk.ratioOk)}, scanned peak memory ${verdict(scanOk.memoryOk)}, scanned upload and import memory ${verdict(scanOk.intakeOk)}`);
    if (!(warmOk && ratioOk && memOk && wordOk && scanOk.ratioOk && scanOk.memoryOk && scanOk.intakeOk)) process.exitCode = 1;
  } finally {
    await certs.cleanup();
    cleanup();
  }
}

/** BENCH_KEEP=<folder> keeps the signed packets (to open them in readers, pdfsig, pdftoppm). */
function keep(file: string, name: string): void {
  const folder = process.env.BENCH_KEEP;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  copyFileSync(file, join(folder, name));
  console.log(`    kept ${join(folder, name)}`);
}

/** (e) The scanned meeting: its own database, the signed members' packet beside qpdf's merge of the same files. */
async function benchScanned(bundle: string, cert: { p12Path: string; password: string }, dir: string): Promise<{ ratioOk: boolean; memoryOk: boolean; intakeOk: boolean }> {
  const scanDir = join(dir, 'scan');
  const bilagDir = join(scanDir, 'bilag');
  const outDir = join(scanDir, 'out');
  mkdirSync(bilagDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const t0 = performance.now();
  const fixture = await buildScanFixture(join(scanDir, 'scan.sqlite'), bilagDir);
  console.log(`(e) scanned meeting: ${fixture.itemCount} items, ${fixture.bilagFiles.length} bilag, ${fixture.bilagPages} scanned pages (every page its own 200 dpi JPEG), ${(fixture.bilagBytes / MB).toFixed(1)} MB of bilag; built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const qpdfOut = join(outDir, 'qpdf.pdf');
  qpdfOnce(fixture.bilagFiles, qpdfOut);
  const signed = runChild(bundle, {
    dbFile: join(scanDir, 'scan.sqlite'), meetingId: fixture.meetingId, ...cert, outDir, mode: 'signed', runs: SCAN_RUNS, qpdf: { files: fixture.bilagFiles, out: qpdfOut },
  }, scanDir);
  const qpdf = signed.qpdf;
  const wall = median(signed.runs.map((r) => r.wallMs));
  const peak = Math.max(...signed.runs.map((r) => Math.max(r.memory.nodeHwm, r.memory.nodeSampled)));
  const qpdfWall = median(qpdf.map((q) => q.wallMs));
  const ratio = wall / qpdfWall;
  const ratioOk = ratio <= SCAN_RATIO_BUDGET;
  const memoryOk = peak < SCAN_MEMORY_BUDGET;
  const first = signed.runs[0]!;
  console.log(`    output: ${first.pageCount} pages, ${(first.outputBytes / MB).toFixed(1)} MB signed packet (qpdf's plain merge: ${(statSync(qpdfOut).size / MB).toFixed(1)} MB)`);
  console.log(`    signed members' packet, warm, median of ${SCAN_RUNS}  wall ${ms(wall)}   [${signed.runs.map((r) => r.wallMs.toFixed(0)).join(', ')}]   Node peak RSS ${mb(peak)}   budget < ${(SCAN_MEMORY_BUDGET / MB).toFixed(0)} MB  ${verdict(memoryOk)}`);
  signed.runs.forEach((r, i) => console.log(phaseLine(`scan ${i + 1}`, r)));
  console.log(`    qpdf --empty --pages <12 scanned bilag> -- out.pdf, each run just before one of the packet's   median of ${qpdf.length} ${ms(qpdfWall)}   [${qpdf.map((q) => q.wallMs.toFixed(0)).join(', ')}]   peak RSS ${mb(Math.max(...qpdf.map((q) => q.peak)))}`);
  console.log(`    ratio signed packet / qpdf: ${ratio.toFixed(2)} ×   budget ≤ ${SCAN_RATIO_BUDGET} ×  ${verdict(ratioOk)}`);
  keep(join(outDir, `signed-${SCAN_RUNS - 1}.pdf`), 'scanned-packet.pdf');
  const intakeOk = await benchScannedIntake(join(scanDir, 'scan.sqlite'), fixture.meetingId, fixture.bilagFiles, scanDir);
  return { ratioOk, memoryOk, intakeOk };
}

/**
 * (f) The same scanned bilag coming in, each in a process bundled like the app: uploaded one after
 * the other through browser mode (POST /upload, then attachments:add: inspected in the worker
 * thread, stored), and the meeting exported as meeting.json with its bilag folder and imported into
 * a new database. Wall time and peak memory (VmHWM) of each.
 */
async function benchScannedIntake(dbFile: string, meetingId: number, bilagFiles: string[], scanDir: string): Promise<boolean> {
  const bundleDir = join('out', 'bench-intake');
  const child = await bundleIntakeChild(bundleDir);
  const run = (args: string[]): { outcome: IntakeOutcome; wallMs: number } => {
    const t0 = performance.now();
    const done = spawnSync(process.execPath, [child, ...args], { encoding: 'utf8', maxBuffer: 16 * MB });
    const wallMs = performance.now() - t0;
    if (done.status !== 0) throw new Error(`bench: intake child (${args[0]}) ended with ${done.status ?? done.signal}: ${done.stderr}`);
    const outcome = JSON.parse(done.stdout.trim().split('\n').at(-1)!) as IntakeOutcome;
    if (!outcome.ok) throw new Error(`bench: intake (${args[0]}) was refused: ${outcome.message}`);
    return { outcome, wallMs };
  };
  const bytes = bilagFiles.reduce((sum, file) => sum + statSync(file).size, 0);
  const uploaded = run(['upload-set', join(scanDir, 'upload.sqlite'), ...bilagFiles]);
  const db = openDatabase(dbFile);
  let jsonPath: string;
  try {
    jsonPath = exportMeetingDirectory(db, meetingId, join(scanDir, 'transfer')).jsonPath;
  } finally {
    db.close();
  }
  const imported = run(['import', jsonPath, join(scanDir, 'import.sqlite')]);
  const uploadOk = uploaded.outcome.peakMb * MB < INTAKE_MEMORY_BUDGET;
  const importOk = imported.outcome.peakMb * MB < INTAKE_MEMORY_BUDGET;
  console.log(`(f) the same ${bilagFiles.length} scanned bilag (${(bytes / MB).toFixed(1)} MB) coming in, in a process bundled like the app:`);
  console.log(`    uploaded one by one in browser mode (POST /upload + attachments:add)   wall ${ms(uploaded.wallMs)}   peak RSS ${mb(uploaded.outcome.peakMb * MB)}   budget < ${(INTAKE_MEMORY_BUDGET / MB).toFixed(0)} MB  ${verdict(uploadOk)}`);
  console.log(`    meeting.json with its bilag folder imported into a new database        wall ${ms(imported.wallMs)}   peak RSS ${mb(imported.outcome.peakMb * MB)}   budget < ${(INTAKE_MEMORY_BUDGET / MB).toFixed(0)} MB  ${verdict(importOk)}`);
  return uploadOk && importOk;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
