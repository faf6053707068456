/**
 * Builds the report (SPEC §3–4) from judgements: verdicts, findings, omission reasons,
 * fingerprints, the summary and the `unmatched` list. Deterministic: sorted once, no clock,
 * no absolute paths.
 */
import * as crypto from 'node:crypto';
import { foldString } from '../core/fold.js';
import { cmp, compareProblems, type Problem } from '../core/problem.js';
import type { SourceFile } from '../core/source-file.js';
import { kindOf, type Claim } from '../kinds/registry.js';
import type { Judgement } from '../kinds/types.js';
import type { Span } from '../core/span.js';
import type { Report, ReportClaim, ReportMention, ReportResult, ReportSource, ReportSummary, Verdict } from './types.js';

export const TOOL_VERSION = '0.1.0';

/** One judged pair, with the source it was judged on. */
export interface JudgedPair {
  readonly claim: Claim;
  readonly source: SourceFile;
  readonly judgement: Judgement;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Longest sentence a report repeats whole; a longer one is shown as an excerpt around the mention. */
export const MAX_SENTENCE_CHARS = 1000;

/**
 * The sentence as shown in reports: white space folded; a sentence longer than
 * MAX_SENTENCE_CHARS (a run-on line, a hostile article) is cut to a window around the
 * mention, marked with "…", so a report stays linear in the number of mentions.
 */
export function sentenceExcerpt(text: string, sentence: Span, focus?: Span): string {
  if (sentence.end - sentence.start <= MAX_SENTENCE_CHARS) return oneLine(text.slice(sentence.start, sentence.end));
  const f = focus ?? { start: sentence.start, end: sentence.start };
  const room = Math.max(0, MAX_SENTENCE_CHARS - (f.end - f.start));
  let from = Math.max(sentence.start, f.start - Math.floor(room / 2));
  const to = Math.min(sentence.end, Math.max(f.end, from + MAX_SENTENCE_CHARS));
  from = Math.max(sentence.start, Math.min(from, to - MAX_SENTENCE_CHARS));
  return `${from > sentence.start ? '… ' : ''}${oneLine(text.slice(from, to))}${to < sentence.end ? ' …' : ''}`;
}

/** Turns one judged pair into a report result (not yet waived). */
export function toResult({ claim, source, judgement }: JudgedPair): ReportResult {
  const kind = kindOf(claim.kind);
  const mentions: ReportMention[] = judgement.mentions
    .slice()
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((m) => {
      const from = source.position(m.start);
      const to = source.position(m.end);
      return {
        verdict: m.verdict,
        code: m.code,
        text: source.text.slice(m.start, m.end),
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        offset: m.start,
        length: m.end - m.start,
        sentence: sentenceExcerpt(source.text, m.sentence, m),
        expected: m.expected,
        found: m.found,
        message: kind.message(m, claim),
        ...(m.tiedBy ? { tiedBy: m.tiedBy } : {}),
        ...(m.diff ? { diff: m.diff } : {}),
      };
    });
  const verdict: Verdict = mentions.some((m) => m.verdict === 'conflict') ? 'conflict' : mentions.length ? 'agreement' : 'omission';
  const finding = verdict === 'conflict' || (verdict === 'omission' && claim.required);
  const base = {
    claim: claim.id,
    source: source.id,
    verdict,
    severity: claim.severity,
    finding,
    waived: false,
    fingerprint: fingerprint(claim.id, source.id, verdict, mentions),
    mentions,
  };
  if (verdict !== 'omission') return base;
  const context = judgement.context ?? [];
  if (context.length === 0) return { ...base, reason: 'absent' };
  return {
    ...base,
    reason: 'unreadable',
    context: context.map((s) => ({ text: sentenceExcerpt(source.text, s), ...source.position(s.start) })),
  };
}

/** SHA-256 of a string, hex: the one-shot `crypto.hash` (Node ≥ 20.12, 3× faster per call) where there is one. */
const sha256Hex: (s: string) => string =
  typeof (crypto as Partial<typeof crypto>).hash === 'function'
    ? (s) => crypto.hash('sha256', s, 'hex')
    : (s) => crypto.createHash('sha256').update(s).digest('hex');

/**
 * Stable across runs and edits elsewhere in the article: claim id, source id, and the
 * normalised text of the mentions that decided the verdict (not their positions).
 */
export function fingerprint(claim: string, source: string, verdict: Verdict, mentions: readonly ReportMention[]): string {
  const decisive = mentions.filter((m) => verdict !== 'conflict' || m.verdict === 'conflict').map((m) => foldString(oneLine(m.text)));
  return sha256Hex(`${claim}\0${source}\0${verdict}\0${[...new Set(decisive)].sort().join('\0')}`).slice(0, 32);
}

export function reportSource(s: SourceFile): ReportSource {
  return { id: s.id, path: s.path, date: s.meta.date, title: s.meta.title, outlet: s.meta.outlet, url: s.meta.url };
}

export function reportClaim(c: Claim): ReportClaim {
  const kind = kindOf(c.kind);
  return {
    id: c.id,
    kind: c.kind,
    file: c.file,
    line: c.line,
    column: c.column,
    ...(c.subject !== undefined ? { subject: c.subject } : {}),
    severity: c.severity,
    required: c.required,
    value: kind.display(c),
    ...(c.kind === 'title' ? { person: c.person } : {}),
    ...(c.kind === 'quote' && c.speaker !== undefined ? { speaker: c.speaker } : {}),
  };
}

export function compareResults(a: ReportResult, b: ReportResult): number {
  return cmp(a.claim, b.claim) || cmp(a.source, b.source);
}

/** Absent omissions left out of a report's results (see ReportSummary.unlisted): how many, and how many of error-severity claims. */
export interface Unlisted {
  readonly count: number;
  readonly errors: number;
}

/** Counts and the unmatched list, from the results and the absent omissions left out of them. */
export function summarize(claims: readonly ReportClaim[], sources: readonly ReportSource[], results: readonly ReportResult[], unlisted?: Unlisted): ReportSummary {
  const matched = new Set<string>();
  const n: Record<Verdict, number> = { agreement: 0, conflict: 0, omission: 0 };
  let findings = 0;
  let waived = 0;
  for (const r of results) {
    if (r.mentions.length > 0) matched.add(r.claim);
    n[r.verdict]++;
    if (r.finding) findings++;
    if (r.waived) waived++;
  }
  return {
    claims: claims.length,
    sources: sources.length,
    pairs: results.length + (unlisted?.count ?? 0),
    agreement: n.agreement,
    conflict: n.conflict,
    omission: n.omission + (unlisted?.count ?? 0),
    ...(unlisted !== undefined ? { unlisted: unlisted.count, unlistedErrors: unlisted.errors } : {}),
    findings,
    waived,
    unmatched: claims.map((c) => c.id).filter((id) => !matched.has(id)),
  };
}

export interface ReportInput {
  readonly claims: readonly Claim[];
  readonly sources: readonly ReportSource[];
  readonly results: readonly ReportResult[];
  readonly digest: string;
  readonly problems: readonly Problem[];
  readonly shard?: { index: number; count: number };
  /** Absent omissions left out of `results` (see ReportSummary.unlisted); undefined: every pair is listed. */
  readonly unlisted?: Unlisted;
}

export function assembleReport(input: ReportInput): Report {
  const claims = input.claims.map(reportClaim).sort((a, b) => cmp(a.id, b.id));
  const sources = [...input.sources].sort((a, b) => cmp(a.id, b.id));
  const results = [...input.results].sort(compareResults);
  return {
    version: 1,
    tool: { name: 'crosscheck', version: TOOL_VERSION },
    claimsDigest: input.digest,
    summary: summarize(claims, sources, results, input.unlisted),
    sources,
    claims,
    results,
    problems: [...input.problems].sort(compareProblems),
    ...(input.shard ? { shard: input.shard } : {}),
  };
}
