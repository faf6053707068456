/**
 * The checker as a library: claims and sources in, the SPEC §4 report out. No process
 * access: the file system comes through `io`, progress through a callback.
 *
 * A run reads its claims once into one index (`engine/claim-index.ts`), then streams over
 * the articles — read once each, in worker threads for large runs — judging each against
 * the claims the index finds for it (`engine/`). Every other pair is an `absent` omission,
 * written out only when the report is built. The report is the same, byte for byte, with
 * any number of threads, and the merged reports of the shards of a run are the report of
 * the whole run.
 */
import { loadClaims } from './claims/load.js';
import { runExamples } from './claims/examples.js';
import type { Io } from './core/io.js';
import type { Problem } from './core/problem.js';
import { AnalyzedSource } from './extract/analyzed-source.js';
import { makeRoleLexicon } from './extract/roles.js';
import { kindOf, type Claim } from './kinds/registry.js';
import type { KindEnv } from './kinds/types.js';
import { assembleReport, toResult, type Unlisted } from './report/build.js';
import type { AbsentMode, Report, ReportResult, ReportSource } from './report/types.js';
import { compileGlob } from './core/glob.js';
import { applyWaivers, parseWaivers } from './report/waivers.js';
import { SourceFile } from './core/source-file.js';
import { displayPath } from './core/walk.js';
import { mib, readTextFile } from './core/io.js';
import { MAX_YAML_BYTES } from './core/yaml-file.js';
import * as path from 'node:path';
import { ClaimScope, makeContext, type EngineContext, type WorkerInit } from './engine/judge.js';
import { defaultWorkers, judgeArticles } from './engine/run.js';
import { listArticles } from './engine/sources.js';
import { packClaims } from './engine/claims-transfer.js';

export interface CheckOptions {
  /** Claim files or folders. */
  readonly claims: readonly string[];
  /** Source files or folders. */
  readonly sources: readonly string[];
  /** Waivers file; when undefined, `crosscheck.waivers.yaml` in the working folder if it exists. */
  readonly waivers?: string;
  /** Extra title role words (config `roles`). */
  readonly roles?: readonly string[];
  /** Check only the `index`-th (1-based) of `count` slices of the sources. */
  readonly shard?: { readonly index: number; readonly count: number };
  /** Called after each source is checked (in the order they finish). */
  readonly onProgress?: (done: number, total: number, sourceId: string) => void;
  /**
   * Worker threads that read and judge articles: 0 judges them in the calling thread.
   * Default: one per core when the run is large enough to gain from it. The report is the
   * same whatever the number.
   */
  readonly workers?: number;
  /**
   * Whether `results` lists the `absent` omissions that are not findings (claims that are
   * not required): `list` (SPEC §4: every pair), `omit` (counted in the summary as
   * `unlisted`, not listed), or `auto` (the default): list them unless the whole run — all
   * shards — has more than `absentListLimit` (default {@link ABSENT_LIST_LIMIT}) pairs.
   */
  readonly absent?: AbsentMode;
  readonly absentListLimit?: number;
}

/**
 * Above this many claim × article pairs, `--absent auto` leaves absent omissions out of
 * `results`: each is some 300 bytes of JSON and 1 KB of memory saying "nothing found", so
 * 10,000 claims over 10,000 articles would be a 30 GB report that no one reads.
 */
export const ABSENT_LIST_LIMIT = 1_000_000;

export interface CheckResult {
  /** Undefined when the input had errors (then `problems` says why). */
  readonly report?: Report;
  /** Every input problem (errors stop the run; warnings are also in the report). */
  readonly problems: Problem[];
}

/** Builds the kinds' shared environment. */
export function kindEnv(roles: readonly string[] = []): KindEnv {
  return { roles: makeRoleLexicon(roles) };
}

/** Loads and validates claims, and runs their examples (`crosscheck validate`). */
export async function validate(io: Io, claimPaths: readonly string[], env: KindEnv): Promise<{ claims: Claim[]; digest: string; problems: Problem[] }> {
  const loaded = await loadClaims(io, claimPaths, env);
  const problems = [...loaded.problems, ...runExamples(loaded.claims, env)];
  return { claims: loaded.claims, digest: loaded.digest, problems };
}

/**
 * Judges one claim against one analysed source; a judge that throws becomes an internal
 * problem. (A run judges through the claim index instead: `engine/judge.ts`.)
 */
export function judgePair(claim: Claim, doc: AnalyzedSource, env: KindEnv, problems: Problem[]): ReportResult | undefined {
  try {
    const judgement = kindOf(claim.kind).judge(claim, doc, env);
    return toResult({ claim, source: doc.source, judgement });
  } catch (e) {
    problems.push({
      code: 'internal/judge',
      severity: 'error',
      file: doc.source.path,
      message: `crosscheck failed while judging claim "${claim.id}": ${e instanceof Error ? e.message : String(e)}`,
      hint: 'this is a bug in crosscheck; please report it with the claim and the article',
    });
    return undefined;
  }
}

/** Which claims apply to a source (their `sources` globs). (A run uses `ClaimScope`, which compiles each glob once.) */
export function claimsFor(claims: readonly Claim[], sourceId: string): Claim[] {
  return claims.filter((c) => !c.sources || c.sources.some((g) => compileGlob(g).test(sourceId)));
}

/** Picks a shard's sources: every `count`-th source by id, starting at `index` (1-based). */
export function shardSources<T extends { id: string }>(sources: readonly T[], shard?: { index: number; count: number }): T[] {
  if (!shard) return [...sources];
  return sources.filter((_, i) => i % shard.count === shard.index - 1);
}

/** A check's judgements before the report is built: everything but the `absent` omissions. */
export interface Scan {
  /** The claims, sorted by id. */
  readonly claims: Claim[];
  readonly digest: string;
  /** The articles checked (this shard's), sorted by id. */
  readonly sources: ReportSource[];
  /** Results of the pairs that are not `absent` omissions (not yet waived), in article order. */
  readonly results: ReportResult[];
  /** All (claim, article) pairs, absent ones included. */
  readonly pairs: number;
  /** Articles of the whole run, all shards (this shard's are `sources`). */
  readonly runArticles: number;
  /** Pairs the claim index sent to a judge. */
  readonly judged: number;
  /** Text read, UTF-16 code units. */
  readonly chars: number;
  /** Worker threads used (0: the calling thread). */
  readonly workers: number;
  readonly waivers: ReturnType<typeof parseWaivers>['waivers'];
}

/**
 * Runs a check up to its judgements (ARCHITECTURE property 6): the claims are read once
 * and indexed; the articles are streamed, each read once, in worker threads when the run is
 * large enough, and judged against the claims the index finds for it. The report's
 * `absent` omissions — every pair the index rules out — are left implicit (`pairs` counts
 * them); {@link check} writes them out. Fails (no scan) on any input error.
 */
export async function scan(io: Io, options: CheckOptions): Promise<{ scan?: Scan; problems: Problem[] }> {
  const env = kindEnv(options.roles);
  const problems: Problem[] = [];
  // The claim files as read, for worker threads to rebuild the same claims from when the
  // claims themselves cannot be sent (see engine/claims-transfer.ts).
  const claimFiles = new Map<string, Buffer>();
  const recording: Io = {
    ...io,
    fs: {
      ...io.fs,
      readFile: async (p) => {
        const bytes = await io.fs.readFile(p);
        claimFiles.set(p, bytes);
        return bytes;
      },
    },
  };
  const claims = await validate(recording, options.claims, env);
  problems.push(...claims.problems);
  const listed = await listArticles(io, options.sources);
  problems.push(...listed.problems);
  if (listed.files.length === 0 && listed.problems.length === 0) {
    problems.push({ code: 'sources/none', severity: 'error', file: options.sources.join(', '), message: 'no articles (.txt or .md) found', hint: 'give the folder of articles with --sources' });
  }
  const waivers = await readWaivers(io, options.waivers);
  problems.push(...waivers.problems);
  const files = shardSources(listed.files, options.shard);
  const failed = problems.some((p) => p.severity === 'error');
  const packed = failed ? undefined : packClaims(claims.claims);
  const init: WorkerInit = {
    ...(packed
      ? { claims: packed }
      : { claimFiles: [...claimFiles].map(([abs, bytes]) => ({ file: displayPath(abs, io.cwd), text: new TextDecoder('utf-8').decode(bytes) })) }),
    roles: options.roles ?? [],
    digest: claims.digest,
  };
  let context: EngineContext | undefined;
  const judged = await judgeArticles(io, files, {
    workers: failed ? 0 : (options.workers ?? defaultWorkers(files.length)),
    init,
    context: () => (context ??= makeContext(claims.claims, env)),
    // With input errors already, the articles are still read: every problem is reported at once.
    parseOnly: failed,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  problems.push(...judged.problems);
  if (problems.some((p) => p.severity === 'error')) return { problems };
  let pairs = 0;
  let judgedPairs = 0;
  let chars = 0;
  const results: ReportResult[] = [];
  const sources: ReportSource[] = [];
  for (const o of judged.outcomes) {
    sources.push(o.source!);
    results.push(...o.results);
    pairs += o.pairs;
    judgedPairs += o.judged;
    chars += o.chars;
  }
  return {
    scan: { claims: claims.claims, digest: claims.digest, sources, results, pairs, runArticles: listed.files.length, judged: judgedPairs, chars, workers: judged.workers, waivers: waivers.waivers },
    problems,
  };
}

/** Runs a whole check: the SPEC §4 report, every (claim, article) pair in it. */
export async function check(io: Io, options: CheckOptions): Promise<CheckResult> {
  const { scan: s, problems } = await scan(io, options);
  if (!s) return { problems };
  // Decided on the whole run's size, so that every shard decides alike (and merges to the unsharded report).
  const mode = options.absent ?? 'auto';
  const omit = mode === 'omit' || (mode === 'auto' && s.claims.length * s.runArticles > (options.absentListLimit ?? ABSENT_LIST_LIMIT));
  if (omit && mode === 'auto') {
    problems.push({
      code: 'report/absent-unlisted',
      severity: 'warning',
      file: options.sources.join(', '),
      message: `this run has more than ${(options.absentListLimit ?? ABSENT_LIST_LIMIT).toLocaleString('en-US')} claim × article pairs: the pairs where nothing was found (absent omissions of claims that are not required) are counted in the summary ("unlisted") but not listed in the results`,
      hint: '--absent list lists every pair (SPEC §4); --absent omit leaves them out without this warning',
    });
  }
  const all = withAbsent(s, omit);
  const waived = applyWaivers(all.results, s.waivers, io.today(), new Set(s.claims.map((c) => c.id)));
  problems.push(...waived.problems);
  const report = assembleReport({
    claims: s.claims,
    sources: s.sources,
    results: waived.results,
    digest: s.digest,
    problems,
    ...(options.shard ? { shard: options.shard } : {}),
    ...(omit ? { unlisted: all.unlisted } : {}),
  });
  return { report, problems };
}

const NO_META = { date: null, title: null, outlet: null, url: null, author: null } as const;

/**
 * The scan's results plus an `absent` omission for every other pair (what judging it gives)
 * — or, with `requiredOnly`, for the pairs of required claims (findings) only; `unlisted`
 * counts the others.
 */
export function withAbsent(s: Scan, requiredOnly = false): { results: ReportResult[]; unlisted: Unlisted } {
  const found = new Map<string, Set<string>>();
  for (const r of s.results) {
    let set = found.get(r.source);
    if (!set) found.set(r.source, (set = new Set()));
    set.add(r.claim);
  }
  const scope = new ClaimScope(s.claims);
  const out = [...s.results];
  // Only the claims whose absent pairs are written out are visited (with `requiredOnly`,
  // the required ones: a run of 100 million pairs need not walk them all).
  const listed = s.claims.map((claim, i) => ({ claim, i })).filter(({ claim }) => !requiredOnly || claim.required);
  let written = 0;
  // Pairs of error-severity claims that are written out, to count those left out.
  let writtenErrors = 0;
  for (const src of s.sources) {
    const have = found.get(src.id);
    const { applies } = scope.forSource(src.id);
    // toResult only reads the source's id for an empty judgement.
    const source = new SourceFile(src.id, src.path, '', 0, NO_META);
    for (const { claim, i } of listed) {
      if (!applies(i) || have?.has(claim.id)) continue;
      out.push(toResult({ claim, source, judgement: { mentions: [] } }));
      written++;
      if (claim.severity === 'error') writtenErrors++;
    }
  }
  // The error-severity pairs of the run, less those judged (listed) and those written out.
  // (Claims without `sources` globs apply everywhere: only the scoped ones are looked at per article.)
  const errorClaims = s.claims.map((c, i) => ({ c, i })).filter(({ c }) => c.severity === 'error' && !c.required);
  const everywhere = errorClaims.filter(({ c }) => !c.sources).length;
  const scoped = errorClaims.filter(({ c }) => c.sources);
  let errorPairs = 0;
  for (const src of s.sources) {
    errorPairs += everywhere;
    if (scoped.length === 0) continue;
    const { applies } = scope.forSource(src.id);
    for (const { i } of scoped) if (applies(i)) errorPairs++;
  }
  const index = new Map(s.claims.map((c, i) => [c.id, i]));
  let judgedErrors = 0;
  for (const r of s.results) {
    const c = s.claims[index.get(r.claim)!]!;
    if (c.severity === 'error' && !c.required) judgedErrors++;
  }
  const count = s.pairs - s.results.length - written;
  return { results: out, unlisted: { count, errors: requiredOnly ? errorPairs - judgedErrors : 0 } };
}

/** Reads the waivers file: the given one (must exist) or `crosscheck.waivers.yaml` if present. */
async function readWaivers(io: Io, given: string | undefined): Promise<ReturnType<typeof parseWaivers>> {
  const abs = path.resolve(io.cwd, given ?? 'crosscheck.waivers.yaml');
  const display = displayPath(abs, io.cwd);
  const none = { waivers: [], problems: [] };
  if (given === undefined) {
    try {
      await io.fs.stat(abs);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return none;
    }
  }
  // A regular file of bounded size, strict UTF-8: never blocks on a FIFO, never guesses an encoding.
  const read = await readTextFile(io, abs, MAX_YAML_BYTES);
  if ('text' in read) return parseWaivers(display, read.text.replace(/^\uFEFF/, ''));
  const err = read.error;
  const problem: Problem =
    err.kind === 'encoding'
      ? { code: 'waivers/invalid-utf8', severity: 'error', file: display, line: err.line, column: err.column, message: err.message, hint: 'save the waivers file as UTF-8' }
      : err.kind === 'too-large'
        ? { code: 'waivers/too-large', severity: 'error', file: display, message: `waivers file is ${mib(err.size)} MiB; the limit is ${mib(MAX_YAML_BYTES, true)} MiB` }
        : { code: 'waivers/unreadable', severity: 'error', file: display, message: `cannot read waivers: ${err.message}` };
  return { ...none, problems: [problem] };
}
