/**
 * Pathological input must end, in bounded memory, with a clear answer (issue 6). Each test
 * names the function that once failed it (or still does: see the report) and states
 * the behaviour asked for. Runs that could hang run in a worker thread, on a bundle of the
 * CLI built from the TypeScript sources, and are stopped after a limit: a sound run takes
 * about a second, so the limit only tells a hang from a result, it times nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { rolldown } from 'rolldown';
import { run, tempTree } from './helpers/io.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const LIMIT_MS = 15_000;
let bundleDir: string;
const dirs: string[] = [];

/** Bundles a worker entry that runs `main()` (or `fold()`) on `workerData`. */
beforeAll(async () => {
  bundleDir = mkdtempSync(path.join(tmpdir(), 'crosscheck-bugs-'));
  const entry = path.join(bundleDir, 'entry.ts');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    entry,
    `import { parentPort, workerData } from 'node:worker_threads';
import { main } from ${JSON.stringify(path.join(ROOT, 'src/cli/main.ts'))};
import { nodeFs } from ${JSON.stringify(path.join(ROOT, 'src/core/io.ts'))};
import { fold } from ${JSON.stringify(path.join(ROOT, 'src/core/fold.ts'))};
if (workerData.fold) {
  const f = fold('The committee met. '.repeat(Math.ceil(workerData.fold / 19)).slice(0, workerData.fold));
  parentPort!.postMessage({ code: f.text.length, out: '', err: '' });
} else {
  let out = '';
  let err = '';
  const io = { fs: nodeFs, stdout: { write: (s: string) => ((out += s), true) }, stderr: { write: (s: string) => ((err += s), true) }, env: { NO_COLOR: '1' }, cwd: workerData.cwd, today: () => '2017-03-01' };
  const code = await main(workerData.argv, io);
  parentPort!.postMessage({ code, out: out.slice(0, 1e6), outLength: out.length, err });
}
`,
  );
  const bundle = await rolldown({ input: entry, platform: 'node', logLevel: 'silent', resolve: { extensionAlias: { '.js': ['.ts', '.js'] } } });
  await bundle.write({ file: path.join(bundleDir, 'entry.mjs'), format: 'esm' });
  await bundle.close();
}, 120_000);

afterAll(() => {
  for (const d of [bundleDir, ...dirs]) if (d) rmSync(d, { recursive: true, force: true });
});

type Outcome = { code: number; out: string; outLength?: number; err: string } | { stopped: string };

/** Runs the bundled CLI (or fold) in a worker; stops it after `ms`. */
function bounded(data: { cwd?: string; argv?: string[]; fold?: number }, ms = LIMIT_MS, resourceLimits?: ResourceLimits): Promise<Outcome> {
  return new Promise((resolve) => {
    const w = new Worker(path.join(bundleDir, 'entry.mjs'), { workerData: data, ...(resourceLimits ? { resourceLimits } : {}) });
    const timer = setTimeout(() => {
      void w.terminate();
      resolve({ stopped: `still running after ${ms / 1000} s` });
    }, ms);
    w.once('message', (m: { code: number; out: string; outLength?: number; err: string }) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(m);
    });
    w.once('error', (e) => {
      clearTimeout(timer);
      resolve({ stopped: `crashed: ${e.message}` });
    });
  });
}

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = tempTree(files);
  dirs.push(dir);
  return dir;
}

const claim = (line: string): string => `claims:\n  - ${line}\n`;

describe('runs that must end (a one-sentence article is legal input)', () => {
  it('a claim glob with many stars matches in linear time (src/core/glob.ts compileGlob: compiled to RE2, not a backtracking RegExp)', async () => {
    // `*a*a*a*a*a*a*a*a*a*b` becomes ^[^/]*a[^/]*a…b$: against 64 a's V8 tries ~C(64,9) splits.
    const dir = folder({ 'claims/a.yaml': claim('{ id: n, kind: name, value: Luis Videgaray, sources: ["*a*a*a*a*a*a*a*a*a*b"] }'), [`sources/${'a'.repeat(64)}.txt`]: 'Luis Videgaray.\n' });
    expect(await bounded({ cwd: dir, argv: ['-f', 'json'] })).toMatchObject({ code: 0, err: '' });
  }, 60_000);

  it('a name used 200,000 times in one article (src/kinds/name/match.ts candidates(): push(...spread) overflowed the stack)', async () => {
    const dir = folder({ 'claims/a.yaml': claim('{ id: n, kind: name, value: Luis Videgaray }'), 'sources/a.txt': 'Luis Videgaray said so. '.repeat(200_000) });
    expect(await bounded({ cwd: dir, argv: ['-f', 'json'] }, 60_000)).toMatchObject({ code: 0, err: '' });
  }, 90_000);

  it('one 200,000-letter capitalised word (src/kinds/name/match.ts deletionMap(): O(length²) deletion strings)', async () => {
    const dir = folder({ 'claims/a.yaml': claim('{ id: n, kind: name, value: Luis Videgaray }'), 'sources/a.txt': `Luis Videgaray met A${'a'.repeat(200_000)}.\n` });
    expect(await bounded({ cwd: dir, argv: ['-f', 'json'] })).toMatchObject({ code: 0, err: '' });
  }, 60_000);

  it('a 64 KB sentence of figures (src/kinds/quantity/select.ts selectMention(): nearestCue() in sort comparators was cubic, 32 KB took 70 s)', async () => {
    const dir = folder({ 'claims/a.yaml': claim('{ id: q, kind: quantity, value: 1000, cues: [detained] }'), 'sources/a.txt': 'Police detained 1,000 people and '.repeat(2_000) });
    expect(await bounded({ cwd: dir, argv: ['-f', 'json'] })).toMatchObject({ code: 0, err: '' });
  }, 60_000);

  it('a 1 MB sentence of dates (src/extract/dates.ts pickLongest() was quadratic: 64 KB took 6 s)', async () => {
    const dir = folder({ 'claims/a.yaml': claim('{ id: d, kind: date, value: 2017-02-23, cues: [met] }'), 'sources/a.txt': `date 2017-02-24 ${'They met last Thursday and '.repeat(40_000)}` });
    expect(await bounded({ cwd: dir, argv: ['-f', 'json'] })).toMatchObject({ code: 0, err: '' });
  }, 60_000);

  it('a 140 KB sentence naming the person 4,000 times (src/kinds/title: 64 KB took 35 s)', async () => {
    const dir = folder({ 'claims/a.yaml': claim('{ id: t, kind: title, person: Luis Videgaray, value: Foreign Minister }'), 'sources/a.txt': 'Foreign Minister Luis Videgaray and '.repeat(4_000) });
    expect(await bounded({ cwd: dir, argv: ['-f', 'json'] })).toMatchObject({ code: 0, err: '' });
  }, 60_000);
});

describe('memory and output stay proportionate', () => {
  it('folding a 40 MB article fits in 512 MB of heap (src/core/fold.ts fold(): a per-character string rope needed 2.3 GB)', async () => {
    expect(await bounded({ fold: 40 * 1024 * 1024 }, 120_000, { maxOldGenerationSizeMb: 512 })).toEqual({ code: 40 * 1024 * 1024, out: '', err: '' });
  }, 150_000);

  it('the report stays proportionate to a long sentence (src/report/build.ts toResult(): every mention repeated its whole sentence)', async () => {
    // 66 KB, one sentence, 3,500 mentions: the whole sentence in each made a 234 MB JSON report; 1 MB would exceed V8's longest string.
    const dir = folder({ 'claims/a.yaml': claim('{ id: n, kind: name, value: Luis Videgaray }'), 'sources/a.txt': 'Luis Videgaray and '.repeat(3_500) });
    const r = await bounded({ cwd: dir, argv: ['-f', 'json'] }, 60_000);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect('outLength' in r ? r.outLength : Infinity).toBeLessThan(10e6);
  }, 90_000);
});

describe('bad input elsewhere is still an exit 2 with a clear message', () => {
  it('a waivers file that is not UTF-8 is an error at the byte (src/check.ts readWaivers() decodes it with replacement characters)', async () => {
    const dir = folder({ 'claims/a.yaml': claim('{ id: n, kind: name, value: Luis Videgaray }'), 'sources/a.txt': 'Luis Videgaray.\n', 'crosscheck.waivers.yaml': new Uint8Array([...new TextEncoder().encode('waivers:\n  - claim: n\n    reason: Pe'), 0xf1, 0x61, 0x0a]) });
    const r = await run(dir, []);
    expect(r.code).toBe(2);
    expect(r.err).toBe('crosscheck.waivers.yaml:3:15: not valid UTF-8 (byte offset 36) (save the waivers file as UTF-8)\n');
  });

  it('a waivers file that is a FIFO is refused (src/check.ts readWaivers() blocks on it for ever)', async () => {
    const dir = folder({ 'claims/a.yaml': claim('{ id: n, kind: name, value: Luis Videgaray }'), 'sources/a.txt': 'Luis Videgaray.\n' });
    const fifo = path.join(dir, 'crosscheck.waivers.yaml');
    execFileSync('mkfifo', [fifo]);
    const r = await bounded({ cwd: dir, argv: [] }, 5_000);
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK)); // release a blocked reader
    } catch {
      // no reader
    }
    expect(r).toMatchObject({ code: 2, err: 'crosscheck.waivers.yaml: cannot read waivers: not a regular file (a FIFO, socket or device); it was not read\n' });
  }, 30_000);

  it('a deeply nested waivers file is said to be nested too deeply (src/report/waivers.ts parseWaivers() prints the parser\'s stack overflow)', async () => {
    const dir = folder({ 'claims/a.yaml': claim('{ id: n, kind: name, value: Luis Videgaray }'), 'sources/a.txt': 'Luis Videgaray.\n', 'crosscheck.waivers.yaml': `waivers: ${'['.repeat(5000)}${']'.repeat(5000)}\n` });
    const r = await run(dir, []);
    expect(r.code).toBe(2);
    // Not "crosscheck.waivers.yaml:1:<wherever the stack ran out>: YAML: Maximum call stack size exceeded".
    expect(r.err).toMatch(/^crosscheck\.waivers\.yaml:1:\d+: [^\n]*nested too deeply[^\n]*\n$/);
  });

  it('merging a report whose results are not objects is a user error (src/report/merge.ts mergeReports() threw: internal error)', async () => {
    const dir = folder({ 'r.json': JSON.stringify({ version: 1, tool: { name: 'crosscheck' }, claimsDigest: 'x', results: [null], sources: [], claims: [] }) });
    const r = await run(dir, ['merge', 'r.json']);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain('internal error');
    expect(r.err).toMatch(/^r\.json: /);
  });

  it('an unreadable 1 MB figure is not echoed whole (src/kinds/quantity/index.ts prepare())', async () => {
    const dir = folder({ 'claims/a.yaml': claim(`{ id: q, kind: quantity, value: "${'1,000 '.repeat(200_000)}", cues: [x] }`), 'sources/a.txt': 'x\n' });
    const r = await run(dir, ['validate']);
    expect(r.code).toBe(2);
    expect(r.err.length).toBeLessThan(400);
  });

  it('RE2 errors read as the user wrote the term (src/extract/terms.ts TermMatcher.compile(): "(?i)" prefix, look-behind called a "named capture")', () => {
    return run(folder({ 'claims/a.yaml': claim('{ id: d, kind: date, value: 2017, cues: ["/(x/", "/(?<=a)b/"] }') }), ['validate']).then((r) => {
      expect(r.err).not.toContain('(?i)');
      expect(r.err).not.toContain('named capture');
    });
  });
});
