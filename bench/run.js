/**
 * `npm run bench`: crosscheck's throughput over a grid of N generated articles × K claims,
 * and the naive baselines it replaces. Benchmarks only; no test asserts a time.
 *
 *   npm run bench                     N ∈ {100, 1000, 10000} × K ∈ {10, 100, 1000, 10000}
 *   npm run bench -- --full           N up to 50,000
 *   npm run bench -- --n 10000 --k 1000,10000 --workers 2 --json out.json
 *
 * Each grid point runs in a fresh process (bench/point.js) so that its peak memory is its
 * own; the corpus (bench/generate.js, deterministic) is written once to the temporary
 * folder and reused. A point measures `scan`: everything a check does — reading the claims,
 * indexing them, streaming the articles through the worker threads, judging — except writing
 * out the report's absent omissions, whose number is N × K less the pairs judged (see the
 * README, "Performance"). The baselines (bench/naive.js) run on the first articles of the
 * largest corpus and are scaled to N linearly: their cost is linear in pairs by design.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticle, generateClaims } from './generate.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const list = (s, fallback) => (s ? s.split(',').map(Number) : fallback);

const NS = list(option('n'), flag('full') ? [100, 1000, 10_000, 50_000] : [100, 1000, 10_000]);
const KS = list(option('k'), [10, 100, 1000, 10_000]);
const WORKERS = option('workers') ?? 'auto';
const NAIVE_ARTICLES = Number(option('naive-articles') ?? 200);
const PER_CLAIM_ARTICLES = Number(option('per-claim-articles') ?? 20);
const SCAN_ARTICLES = Number(option('scan-articles') ?? 1000);
const STORIES = 400;
/** Bump when the generator changes, so that cached corpora are made again. */
const GENERATOR = readFileSync(path.join(HERE, 'generate.js'), 'utf8').length;
const ROOT = path.join(tmpdir(), 'crosscheck-bench', `g${GENERATOR}`);

const log = (s) => process.stderr.write(`${s}\n`);

/** Writes the corpus of `n` articles (once), returning its folder and size in bytes. */
function corpus(n) {
  const dir = path.join(ROOT, `n${n}`);
  const meta = path.join(dir, 'meta.json');
  if (existsSync(meta)) return { dir, ...JSON.parse(readFileSync(meta, 'utf8')) };
  log(`generating ${n} articles in ${dir} …`);
  mkdirSync(path.join(dir, 'sources'), { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const a = generateArticle(i, { stories: STORIES });
    const buf = Buffer.from(a.text, 'utf8');
    bytes += buf.length;
    writeFileSync(path.join(dir, 'sources', `${a.id}.txt`), buf);
  }
  writeFileSync(meta, JSON.stringify({ bytes }));
  return { dir, bytes };
}

/** Writes the claims file for `k` claims next to the corpus (once). */
function claims(dir, k) {
  const file = path.join(dir, `claims-${k}.yaml`);
  if (!existsSync(file)) writeFileSync(file, generateClaims({ count: k, stories: STORIES }));
  return file;
}

function runNode(script, argv) {
  const out = execFileSync(process.execPath, [path.join(HERE, script), ...argv], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop());
}

const fmt = (x, digits = 1) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(digits));
const human = (x) => (x >= 1e6 ? `${fmt(x / 1e6)} M` : x >= 1e3 ? `${fmt(x / 1e3)} k` : fmt(x, 0));

const header = `crosscheck bench: N ∈ {${NS.join(', ')}}, K ∈ {${KS.join(', ')}}, workers ${WORKERS}; ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; load average before: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`;
log(header);
const rows = [];
for (const n of NS) {
  const c = corpus(n);
  for (const k of KS) {
    const file = claims(c.dir, k);
    log(`N=${n} K=${k} …`);
    const p = runNode('point.js', [c.dir, file, WORKERS]);
    rows.push({ n, k, bytes: c.bytes, ...p });
  }
}

console.log(`\n${header}; after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('\n## Grid (scan: claims read and indexed, articles streamed, read and judged)\n');
console.log('| N articles | K claims | MB | wall s | CPU s | MB/s | articles/s | pairs/s | pairs judged | results (not absent) | per article | peak RSS MiB | threads |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const s = r.ms / 1000;
  console.log(
    `| ${r.n.toLocaleString('en-US')} | ${r.k.toLocaleString('en-US')} | ${fmt(r.bytes / 1e6)} | ${s.toFixed(2)} | ${(r.cpuMs / 1000).toFixed(1)} | ${fmt(r.bytes / 1e6 / s)} | ${human(r.n / s)} | ${human(r.pairs / s)} | ${human(r.judged)} | ${human(r.results)} | ${(r.results / r.n).toFixed(1)} | ${fmt(r.peakRss / 2 ** 20, 0)} | ${r.workers} |`,
  );
}

// Shape: time linear in N, sublinear in K.
const at = (n, k) => rows.find((r) => r.n === n && r.k === k);
const nMax = Math.max(...NS);
const shape = [];
for (let i = 1; i < NS.length; i++) {
  for (const k of KS) {
    const a = at(NS[i - 1], k);
    const b = at(NS[i], k);
    if (a && b) shape.push(`N ×${NS[i] / NS[i - 1]} (${NS[i - 1]} → ${NS[i]}), K=${k}: time ×${(b.ms / a.ms).toFixed(2)}`);
  }
}
for (let i = 1; i < KS.length; i++) {
  const a = at(nMax, KS[i - 1]);
  const b = at(nMax, KS[i]);
  if (a && b) shape.push(`K ×${KS[i] / KS[i - 1]} (${KS[i - 1]} → ${KS[i]}), N=${nMax}: time ×${(b.ms / a.ms).toFixed(2)}`);
}
console.log('\n## Scaling\n');
for (const s of shape) console.log(`- ${s}`);

// Baselines, on the first articles of the largest corpus, scaled linearly to N.
const naiveRows = [];
if (!flag('no-naive')) {
  const c = corpus(nMax);
  for (const k of KS.filter((k) => k <= 1000 && k >= 100)) {
    const file = claims(c.dir, k);
    log(`baselines at K=${k} …`);
    const scan = runNode('naive.js', [c.dir, file, String(Math.min(PER_CLAIM_ARTICLES, nMax)), 'scan']);
    const pairs = runNode('naive.js', [c.dir, file, String(Math.min(NAIVE_ARTICLES, nMax)), 'pairs']);
    const regex = runNode('naive.js', [c.dir, file, String(Math.min(SCAN_ARTICLES, nMax)), 'regex']);
    const engine = at(nMax, k);
    const perPairNaive = pairs.ms / pairs.pairs;
    const perPairRegex = regex.ms / regex.pairs;
    const scanMs = (scan.ms / scan.pairs) * nMax * k;
    naiveRows.push({ k, scan, pairs, regex, engine, scanMs, naiveMs: perPairNaive * nMax * k, regexMs: perPairRegex * nMax * k });
  }
  console.log(
    `\n## Against the naive per-claim scan (N = ${nMax.toLocaleString('en-US')}; baselines measured on the first ${Math.min(PER_CLAIM_ARTICLES, nMax)} / ${Math.min(NAIVE_ARTICLES, nMax)} / ${Math.min(SCAN_ARTICLES, nMax)} articles and scaled to N)\n`,
  );
  console.log(
    '| K claims | crosscheck s | naive per-claim scan (each claim reads every article again), s | speed-up | every pair judged, articles read once (no index), s | speed-up | regex scan alone (no judging), s | speed-up | same results |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|:---:|');
  for (const r of naiveRows) {
    if (!r.engine) continue;
    console.log(
      `| ${r.k.toLocaleString('en-US')} | ${(r.engine.ms / 1000).toFixed(2)} | ${fmt(r.scanMs / 1000)} | ${fmt(r.scanMs / r.engine.ms)}× | ${fmt(r.naiveMs / 1000)} | ${fmt(r.naiveMs / r.engine.ms)}× | ${fmt(r.regexMs / 1000)} | ${fmt(r.regexMs / r.engine.ms)}× | ${r.pairs.same ? 'yes' : 'NO'} |`,
    );
  }
}

// The goals of issue 7.
const goals = [
  [10_000, 1000, 10, 1],
  [10_000, 10_000, 20, 2],
];
console.log('\n## Goals (this machine)\n');
for (const [n, k, s, gib] of goals) {
  const r = at(n, k);
  if (!r) continue;
  const ok = r.ms / 1000 <= s && r.peakRss <= gib * 2 ** 30;
  console.log(`- N=${n.toLocaleString('en-US')}, K=${k.toLocaleString('en-US')}: ${(r.ms / 1000).toFixed(1)} s (goal ≤ ${s} s), ${fmt(r.peakRss / 2 ** 20, 0)} MiB (goal ≤ ${gib} GiB): ${ok ? 'met' : 'NOT met'}`);
}
const k1000 = naiveRows.find((r) => r.k === 1000);
if (k1000?.engine) {
  console.log(
    `- K=1,000 against the naive per-claim scan: ${fmt(k1000.scanMs / k1000.engine.ms)}× faster (goal ≥ 10×); ` +
      `${fmt(k1000.naiveMs / k1000.engine.ms)}× faster than judging every pair of articles read once (the index alone), ${fmt(k1000.regexMs / k1000.engine.ms)}× faster than the regex scan alone`,
  );
}

const json = option('json');
if (json) writeFileSync(json, JSON.stringify({ rows, naive: naiveRows }, null, 2));
