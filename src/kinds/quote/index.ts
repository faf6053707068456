/**
 * kind: quote (SPEC §2). The words someone said: exact and partial quotations agree; the
 * closest similar passage (word similarity ≥ 0.6) conflicts, with a word diff.
 */
import type { Problem } from '../../core/problem.js';
import type { AnalyzedSource } from '../../extract/analyzed-source.js';
import type { ClaimBase, Judgement, KindDef, Mention } from '../types.js';
import { matchQuote, renderWordDiff } from './match.js';

export interface QuoteClaim extends ClaimBase {
  readonly kind: 'quote';
  readonly value: string;
  readonly speaker?: string;
}

export const quote: KindDef<QuoteClaim> = {
  kind: 'quote',
  summary: 'the exact words someone said',
  schema: {
    properties: {
      value: { type: 'string', minLength: 1, pattern: '[\\p{L}\\p{N}]' },
      speaker: { type: 'string', minLength: 1 },
    },
    required: ['value'],
  },
  prepare(raw, base): QuoteClaim | Problem[] {
    return { ...base, kind: 'quote', value: String(raw.value), ...(typeof raw.speaker === 'string' ? { speaker: raw.speaker } : {}) };
  },
  display: (c) => `“${c.value}”`,
  judge(claim, doc: AnalyzedSource): Judgement {
    const mentions: Mention[] = matchQuote(doc.quoteIndex, claim.value).map((m) => ({
      start: m.start,
      end: m.end,
      verdict: m.verdict,
      code: m.verdict === 'conflict' ? 'quote/altered' : m.how === 'partial' ? 'quote/partial' : 'quote/exact',
      sentence: doc.sentenceOf(m),
      expected: claim.value,
      found: doc.text.slice(m.start, m.end),
      tiedBy: m.how === 'similar' ? `${Math.round(m.similarity * 100)}% of the words` : m.how === 'partial' ? 'a partial quotation' : 'the exact words',
      ...(m.diff ? { diff: m.diff } : {}),
    }));
    return { mentions };
  },
  message(m) {
    if (m.verdict === 'agreement') return m.code === 'quote/partial' ? 'quotes part of the claim word for word' : 'quotes the claim word for word';
    return `quotes different words: ${m.diff ? renderWordDiff(m.diff) : m.found}`;
  },
};
