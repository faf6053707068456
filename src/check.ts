/**
 * The checker as a library: claims and sources in, the SPEC §4 report out. No process
 * access: the file system comes through `io`, progress through a callback.
 */
import { loadClaims } from './claims/load.js';
import { runExamples } from './claims/examples.js';
import type { Io } from './core/io.js';
import type { Problem } from './core/problem.js';
import { AnalyzedSource } from './extract/analyzed-source.js';
import { makeRoleLexicon } from './extract/roles.js';
import { kindOf, type Claim } from './kinds/registry.js';
import type { KindEnv } from './kinds/types.js';
import { assembleReport, reportSource, toResult } from './report/build.js';
import type { Report, ReportResult } from './report/types.js';
import { globToRegExp } from './core/glob.js';
import { applyWaivers, parseWaivers } from './report/waivers.js';
import { loadSources } from './sources/load.js';
import type { SourceFile } from './core/source-file.js';
import { errText } from './core/walk.js';
import * as path from 'node:path';
import { displayPath } from './core/walk.js';

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
  /** Called after each source is checked. */
  readonly onProgress?: (done: number, total: number, sourceId: string) => void;
}

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

/** Judges one claim against one analysed source; a judge that throws becomes an internal problem. */
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

/** Which claims apply to a source (their `sources` globs). */
export function claimsFor(claims: readonly Claim[], sourceId: string): Claim[] {
  return claims.filter((c) => !c.sources || c.sources.some((g) => globToRegExp(g).test(sourceId)));
}

/** Picks a shard's sources: every `count`-th source by id, starting at `index` (1-based). */
export function shardSources<T extends { id: string }>(sources: readonly T[], shard?: { index: number; count: number }): T[] {
  if (!shard) return [...sources];
  return sources.filter((_, i) => i % shard.count === shard.index - 1);
}

/** Runs a whole check. */
export async function check(io: Io, options: CheckOptions): Promise<CheckResult> {
  const env = kindEnv(options.roles);
  const problems: Problem[] = [];
  const claims = await validate(io, options.claims, env);
  problems.push(...claims.problems);
  const loaded = await loadSources(io, options.sources);
  problems.push(...loaded.problems);
  if (loaded.sources.length === 0 && loaded.problems.length === 0) {
    problems.push({ code: 'sources/none', severity: 'error', file: options.sources.join(', '), message: 'no articles (.txt or .md) found', hint: 'give the folder of articles with --sources' });
  }
  const waivers = await readWaivers(io, options.waivers);
  problems.push(...waivers.problems);
  if (problems.some((p) => p.severity === 'error')) return { problems };

  const sources: SourceFile[] = shardSources(loaded.sources, options.shard);
  const results: ReportResult[] = [];
  sources.forEach((source, i) => {
    const doc = new AnalyzedSource(source);
    for (const claim of claimsFor(claims.claims, source.id)) {
      const r = judgePair(claim, doc, env, problems);
      if (r) results.push(r);
    }
    options.onProgress?.(i + 1, sources.length, source.id);
  });
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const waived = applyWaivers(results, waivers.waivers, io.today());
  problems.push(...waived.problems);
  const report = assembleReport({
    claims: claims.claims,
    sources: sources.map(reportSource),
    results: waived.results,
    digest: claims.digest,
    problems,
    ...(options.shard ? { shard: options.shard } : {}),
  });
  return { report, problems };
}

/** Reads the waivers file: the given one (must exist) or `crosscheck.waivers.yaml` if present. */
async function readWaivers(io: Io, given: string | undefined): Promise<ReturnType<typeof parseWaivers>> {
  const abs = path.resolve(io.cwd, given ?? 'crosscheck.waivers.yaml');
  const display = displayPath(abs, io.cwd);
  let bytes: Buffer;
  try {
    bytes = await io.fs.readFile(abs);
  } catch (e) {
    if (given === undefined && (e as NodeJS.ErrnoException).code === 'ENOENT') return { waivers: [], problems: [] };
    return { waivers: [], problems: [{ code: 'waivers/unreadable', severity: 'error', file: display, message: `cannot read waivers: ${errText(e)}` }] };
  }
  return parseWaivers(display, bytes.toString('utf8'));
}
