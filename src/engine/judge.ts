/**
 * Judging one article against every claim of a run, the same in the main thread and in a
 * worker: read the article once (`AnalyzedSource`), ask the claim index which claims can
 * give a mention in it, judge only those (with the kinds' own judges), and keep what the
 * report needs — the article's metadata and its non-absent results — not its text.
 */
import { compileGlob, type GlobMatcher } from '../core/glob.js';
import type { Problem } from '../core/problem.js';
import type { SourceFile } from '../core/source-file.js';
import { AnalyzedSource } from '../extract/analyzed-source.js';
import { kindOf, type Claim } from '../kinds/registry.js';
import type { KindEnv } from '../kinds/types.js';
import { reportSource, toResult } from '../report/build.js';
import type { ReportResult, ReportSource } from '../report/types.js';
import { parseSource } from '../sources/load.js';
import { ClaimIndex } from './claim-index.js';

/** Which claims apply to which sources (a claim's `sources` globs), evaluated once per distinct glob. */
export class ClaimScope {
  /** Claims without globs: they apply to every source. */
  readonly everywhere: number;
  private readonly groups: { globs: GlobMatcher[]; claims: number[] }[] = [];
  private readonly scoped: boolean[];

  constructor(claims: readonly Claim[]) {
    const byKey = new Map<string, { globs: GlobMatcher[]; claims: number[] }>();
    const compiled = new Map<string, GlobMatcher>();
    const re = (g: string): GlobMatcher => {
      let r = compiled.get(g);
      if (!r) compiled.set(g, (r = compileGlob(g)));
      return r;
    };
    let everywhere = 0;
    this.scoped = claims.map((c, i) => {
      if (!c.sources) {
        everywhere++;
        return false;
      }
      const key = JSON.stringify(c.sources);
      let g = byKey.get(key);
      if (!g) byKey.set(key, (g = { globs: c.sources.map(re), claims: [] }));
      g.claims.push(i);
      return true;
    });
    this.everywhere = everywhere;
    this.groups = [...byKey.values()];
  }

  /** The claims that apply to `sourceId`: a test by claim number, and how many there are. */
  forSource(sourceId: string): { applies: (claim: number) => boolean; count: number } {
    if (this.groups.length === 0) return { applies: () => true, count: this.everywhere };
    const yes = new Set<number>();
    for (const g of this.groups) if (g.globs.some((r) => r.test(sourceId))) for (const c of g.claims) yes.add(c);
    return { applies: (c) => !this.scoped[c] || yes.has(c), count: this.everywhere + yes.size };
  }
}

/** Everything a run shares while judging articles. Built once per thread. */
export interface EngineContext {
  readonly claims: readonly Claim[];
  readonly env: KindEnv;
  readonly index: ClaimIndex;
  readonly scope: ClaimScope;
}

export function makeContext(claims: readonly Claim[], env: KindEnv): EngineContext {
  return { claims, env, index: new ClaimIndex(claims), scope: new ClaimScope(claims) };
}

/** What one article contributes to the report. Plain data: it crosses thread boundaries. */
export interface SourceOutcome {
  /** Position of the article in the run's list (problems are reported in that order). */
  readonly order: number;
  /** Undefined when the article could not be read (see `problems`). */
  readonly source?: ReportSource;
  /** Results of the pairs that are not `absent` omissions, in claim order. */
  readonly results: ReportResult[];
  readonly problems: Problem[];
  /** Pairs of the article (claims that apply to it), absent ones included. */
  readonly pairs: number;
  /** Pairs judged (the claim index's candidates that apply). */
  readonly judged: number;
  /** Length of the article, UTF-16 code units. */
  readonly chars: number;
}

/** True for the result every non-candidate pair has: an omission with nothing found. */
export function isAbsent(r: ReportResult): boolean {
  return r.verdict === 'omission' && r.reason === 'absent';
}

/** Judges one article against every claim (through the index). */
export function judgeSource(ctx: EngineContext, source: SourceFile, order: number): SourceOutcome {
  const doc = new AnalyzedSource(source);
  const problems: Problem[] = [];
  const results: ReportResult[] = [];
  const { applies, count } = ctx.scope.forSource(source.id);
  let judged = 0;
  for (const i of ctx.index.candidates(doc)) {
    if (!applies(i)) continue;
    judged++;
    const claim = ctx.claims[i]!;
    try {
      const judgement = kindOf(claim.kind).judge(claim, doc, ctx.env);
      // Nothing found and nothing to show: the `absent` omission every non-candidate pair
      // has, left implicit (and not built: most candidates of a large claim set end so).
      if (judgement.mentions.length === 0 && !judgement.context?.length) continue;
      results.push(toResult({ claim, source, judgement }));
    } catch (e) {
      problems.push({
        code: 'internal/judge',
        severity: 'error',
        file: source.path,
        message: `crosscheck failed while judging claim "${claim.id}": ${e instanceof Error ? e.message : String(e)}`,
        hint: 'this is a bug in crosscheck; please report it with the claim and the article',
      });
    }
  }
  return { order, source: reportSource(source), results, problems, pairs: count, judged, chars: source.text.length };
}

/** An article to read: its id, path for reports, and bytes. */
export interface ArticleBytes {
  readonly order: number;
  readonly id: string;
  readonly display: string;
  readonly bytes: Uint8Array;
}

/** Decodes and parses an article (SPEC §1), then judges it; without `ctx`, only checks it reads. */
export function processArticle(ctx: EngineContext | undefined, a: ArticleBytes): SourceOutcome {
  const parsed = parseSource(a.id, a.display, a.bytes);
  if (!parsed.source) return { order: a.order, results: [], problems: parsed.problems, pairs: 0, judged: 0, chars: 0 };
  if (!ctx) return { order: a.order, source: reportSource(parsed.source), results: [], problems: parsed.problems, pairs: 0, judged: 0, chars: parsed.source.text.length };
  const out = judgeSource(ctx, parsed.source, a.order);
  return parsed.problems.length ? { ...out, problems: [...parsed.problems, ...out.problems] } : out;
}

/** A batch of articles for one worker task: their bytes back to back in one buffer (moved, not copied). */
export interface BatchTask {
  readonly buffer: ArrayBuffer;
  readonly items: readonly { readonly order: number; readonly id: string; readonly display: string; readonly offset: number; readonly length: number }[];
  /** Only check that the articles read (the run has input errors already). */
  readonly parseOnly?: boolean;
}

/** Judges a batch of articles. */
export function judgeBatch(ctx: EngineContext | undefined, task: BatchTask): SourceOutcome[] {
  const bytes = new Uint8Array(task.buffer);
  return task.items.map((it) => processArticle(task.parseOnly ? undefined : ctx, { order: it.order, id: it.id, display: it.display, bytes: bytes.subarray(it.offset, it.offset + it.length) }));
}

/**
 * What a worker needs to rebuild the run's claims: the claims themselves (`packClaims`),
 * or, when they cannot travel, the claim files as read; and the config's roles.
 */
export interface WorkerInit {
  readonly claims?: readonly unknown[];
  readonly claimFiles?: readonly { readonly file: string; readonly text: string }[];
  readonly roles: readonly string[];
  /** The claims' digest, to make sure claims read again are the main thread's. */
  readonly digest: string;
}
