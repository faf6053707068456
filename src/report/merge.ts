/**
 * Merging shard reports (`crosscheck merge`): the union of the shards' sources and results,
 * counted again, equals the report of an unsharded run byte for byte.
 */
import { cmp, compareProblems, type Problem } from '../core/problem.js';
import { compareResults, summarize, type Unlisted } from './build.js';
import type { Report, ReportResult } from './types.js';

export function mergeReports(reports: readonly { file: string; report: unknown }[]): { report?: Report; problems: Problem[] } {
  const problems: Problem[] = [];
  const valid: Report[] = [];
  for (const { file, report } of reports) {
    const r = report as Partial<Report> | null;
    const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
    const wellFormed =
      isObj(r) && r.version === 1 && r.tool?.name === 'crosscheck' && typeof r.claimsDigest === 'string' &&
      Array.isArray(r.results) && r.results.every((x) => isObj(x) && typeof x.claim === 'string' && typeof x.source === 'string' && typeof x.verdict === 'string' && Array.isArray(x.mentions)) &&
      Array.isArray(r.sources) && r.sources.every((x) => isObj(x) && typeof x.id === 'string') &&
      Array.isArray(r.claims) && r.claims.every((x) => isObj(x) && typeof x.id === 'string') &&
      (r.problems === undefined || Array.isArray(r.problems));
    if (!wellFormed) {
      problems.push({ code: 'merge/not-a-report', severity: 'error', file, message: 'not a crosscheck JSON report (version 1)', hint: 'write shard reports with --format json=<file>' });
      continue;
    }
    valid.push(r as Report);
  }
  const first = valid[0];
  if (!first || problems.length) return { problems };
  valid.forEach((r, i) => {
    if (r.claimsDigest !== first.claimsDigest) {
      problems.push({ code: 'merge/different-claims', severity: 'error', file: reports[i]!.file, message: `was made from other claims (${r.claimsDigest}) than ${reports[0]!.file} (${first.claimsDigest})` });
    }
  });
  const seenSources = new Map<string, string>();
  valid.forEach((r, i) => {
    for (const s of r.sources) {
      const prior = seenSources.get(s.id);
      if (prior) problems.push({ code: 'merge/overlap', severity: 'error', file: reports[i]!.file, message: `source "${s.id}" is also in ${prior}: the shards overlap` });
      else seenSources.set(s.id, reports[i]!.file);
    }
  });
  if (problems.length) return { problems };
  const sources = valid.flatMap((r) => r.sources).sort((a, b) => cmp(a.id, b.id));
  let results = valid.flatMap((r) => r.results).sort(compareResults);
  // Shards that left absent omissions out (summary.unlisted): so does the merged report, also
  // of the shards that listed them.
  let unlisted: Unlisted | undefined;
  if (valid.some((r) => typeof r.summary?.unlisted === 'number')) {
    const pruned = (r: ReportResult): boolean => r.verdict === 'omission' && r.reason === 'absent' && !r.finding && !r.waived;
    const num = (x: unknown): number => (typeof x === 'number' ? x : 0);
    unlisted = {
      count: valid.reduce((n, r) => n + num(r.summary?.unlisted), 0) + results.filter(pruned).length,
      errors: valid.reduce((n, r) => n + num(r.summary?.unlistedErrors), 0) + results.filter((r) => pruned(r) && r.severity === 'error').length,
    };
    results = results.filter((r) => !pruned(r));
  }
  const claims = first.claims;
  // A problem is kept once. A waiver unused in one shard may be used in another: it is
  // unused in the whole run only when every shard says so.
  const counts = new Map<string, { p: Problem; n: number }>();
  for (const r of valid) {
    for (const p of new Map((r.problems ?? []).map((x) => [JSON.stringify(x), x])).values()) {
      const k = JSON.stringify(p);
      const c = counts.get(k);
      if (c) c.n++;
      else counts.set(k, { p, n: 1 });
    }
  }
  const mergedProblems = [...counts.values()]
    .filter(({ p, n }) => p.code !== 'waivers/unused' || n === valid.length)
    .map(({ p }) => p)
    .sort(compareProblems);
  return {
    report: {
      version: 1,
      tool: first.tool,
      claimsDigest: first.claimsDigest,
      summary: summarize(claims, sources, results, unlisted),
      sources,
      claims,
      results,
      problems: mergedProblems,
    },
    problems,
  };
}
