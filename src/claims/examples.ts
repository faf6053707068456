/**
 * Claim examples (SPEC §2): each example sentence is judged as if it were a whole source
 * with no date; a verdict other than the expected one is a problem at the example, so a
 * claim whose cues or value can never match is caught before any article is read.
 */
import type { Problem } from '../core/problem.js';
import { SourceFile } from '../core/source-file.js';
import { AnalyzedSource } from '../extract/analyzed-source.js';
import { kindOf, type Claim } from '../kinds/registry.js';
import type { KindEnv } from '../kinds/types.js';
import { toResult } from '../report/build.js';

export function runExamples(claims: readonly Claim[], env: KindEnv): Problem[] {
  const problems: Problem[] = [];
  for (const claim of claims) {
    claim.examples.forEach((ex, i) => {
      const source = new SourceFile(`example-${i + 1}`, claim.file, ex.text, 0, { date: null, title: null, outlet: null, url: null, author: null });
      let verdict: string;
      let detail = '';
      try {
        const result = toResult({ claim, source, judgement: kindOf(claim.kind).judge(claim, new AnalyzedSource(source), env) });
        verdict = result.verdict;
        const m = result.mentions.find((x) => x.verdict === result.verdict) ?? result.mentions[0];
        if (m) detail = `: ${m.message}`;
        else if (result.reason === 'unreadable') detail = ': a cue matched but no value could be read there';
        else detail = ': nothing in it matched the claim';
      } catch (e) {
        verdict = 'an internal error';
        detail = `: ${e instanceof Error ? e.message : String(e)}`;
      }
      if (verdict !== ex.verdict) {
        problems.push({
          code: 'claims/example-failed',
          severity: 'error',
          file: claim.file,
          line: ex.line,
          column: ex.column,
          message: `example ${i + 1} of claim "${claim.id}" expects ${ex.verdict} but gives ${verdict}${detail}`,
          hint: 'fix the claim (cues, value) or the example',
        });
      }
    });
  }
  return problems;
}
