/**
 * The baselines the benchmark compares with, in a process of their own:
 *
 * - `scan`: the naive per-claim scan (issue 7) — for each claim, every article is read and
 *   searched again: a fresh analysis of the article (words, sentences, name runs, quoted
 *   passages, as the claim's judge needs them) for every (claim, article) pair, then the
 *   judge. No extraction is shared between claims. (Loading the files from disk is not
 *   timed.)
 * - `pairs`: every claim judged on every article, but each article analysed once and kept:
 *   "extract once" without the claim index — what `check` did before the index, so the
 *   ratio to it is what the index alone saves. It gives the same results: the script checks
 *   that against the engine on the same articles.
 * - `regex`: the plainest scan — for each claim, one case-insensitive regular expression of
 *   its strings (cues, name, quotation) run over every article, with no judging at all.
 *
 * Usage: node bench/naive.js <corpus folder> <claims file> <articles> <scan|pairs|regex>
 * Prints one line of JSON.
 */
import { nodeIo } from '../dist/index.js';
import { judgePair, kindEnv, validate } from '../dist/check.js';
import { loadSources } from '../dist/sources/load.js';
import { AnalyzedSource } from '../dist/extract/analyzed-source.js';
import { isAbsent, judgeSource, makeContext } from '../dist/engine/judge.js';

const [dir, claimsFile, articlesArg, mode] = process.argv.slice(2);
const io = { ...nodeIo(process), cwd: dir };
const env = kindEnv();
const { claims } = await validate(io, [claimsFile], env);
const { sources: all } = await loadSources(io, ['sources']);
const sources = all.slice(0, Number(articlesArg));
const chars = sources.reduce((n, s) => n + s.text.length, 0);

if (mode === 'regex') {
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const strings = (c) => {
    if (c.kind === 'quantity' || c.kind === 'date') return c.terms.cues.info.map((t) => (t.kind === 'regex' ? t.source.slice(1, t.source.lastIndexOf('/')) : escape(t.source)));
    if (c.kind === 'name' || c.kind === 'title') return c.forms.map((f) => escape(f.text));
    return [escape(c.value)];
  };
  const t0 = performance.now();
  let hits = 0;
  for (const c of claims) {
    const re = new RegExp(strings(c).join('|'), 'iu');
    for (const s of sources) if (re.test(s.text)) hits++;
  }
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ mode, ms, pairs: claims.length * sources.length, chars, hits }));
} else if (mode === 'scan') {
  const problems = [];
  let nonAbsent = 0;
  const t0 = performance.now();
  for (const c of claims) {
    for (const s of sources) {
      const r = judgePair(c, new AnalyzedSource(s), env, problems);
      if (r && !isAbsent(r)) nonAbsent++;
    }
  }
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ mode, ms, pairs: claims.length * sources.length, chars, nonAbsent, problems: problems.length }));
} else {
  const docs = sources.map((s) => new AnalyzedSource(s));
  // Read every article once before timing: the baseline's cost is its judging.
  for (const d of docs) {
    void d.sentences;
    void d.nameRuns;
    void d.quoteIndex;
    void d.wordIndex;
  }
  const problems = [];
  const found = docs.map(() => []);
  const t0 = performance.now();
  for (const c of claims) {
    docs.forEach((d, i) => {
      const r = judgePair(c, d, env, problems);
      if (r && !isAbsent(r)) found[i].push(r);
    });
  }
  const ms = performance.now() - t0;
  // The same articles through the claim index: the same results?
  const ctx = makeContext(claims, env);
  const order = new Map(claims.map((c, i) => [c.id, i]));
  const same = sources.every((s, i) => {
    const engine = judgeSource(ctx, s, i).results;
    const naive = found[i].sort((a, b) => order.get(a.claim) - order.get(b.claim));
    return JSON.stringify(engine) === JSON.stringify(naive);
  });
  console.log(JSON.stringify({ mode: 'pairs', ms, pairs: claims.length * sources.length, chars, nonAbsent: found.reduce((n, f) => n + f.length, 0), same, problems: problems.length }));
}
