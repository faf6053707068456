/**
 * kind: name (SPEC §2). The spelling of a person's (or place's, or body's) name: exact
 * occurrences of a correct form agree; near misses (one edit per token) conflict.
 */
import type { Problem } from '../../core/problem.js';
import type { AnalyzedSource } from '../../extract/analyzed-source.js';
import type { ClaimBase, Judgement, KindDef, Mention } from '../types.js';
import { matchName, nameForms, type NameForm } from './match.js';

export interface NameClaim extends ClaimBase {
  readonly kind: 'name';
  readonly value: string;
  readonly variants: readonly string[];
  readonly forms: readonly NameForm[];
}

export const NAME_STRING = { type: 'string', minLength: 1, pattern: '\\S' } as const;

export const name: KindDef<NameClaim> = {
  kind: 'name',
  summary: "the spelling of a name, with its accepted variants",
  schema: {
    properties: {
      value: NAME_STRING,
      variants: { type: 'array', items: NAME_STRING },
    },
    required: ['value'],
  },
  prepare(raw, base): NameClaim | Problem[] {
    const value = String(raw.value).trim();
    const variants = ((raw.variants as string[] | undefined) ?? []).map((v) => v.trim());
    return { ...base, kind: 'name', value, variants, forms: nameForms(value, variants) };
  },
  display: (c) => c.value,
  judge(claim, doc: AnalyzedSource): Judgement {
    const mentions: Mention[] = matchName(doc.nameRuns, claim.forms, doc.text).map((m) => ({
      start: m.start,
      end: m.end,
      verdict: m.verdict,
      code: m.verdict === 'conflict' ? 'name/near-miss' : 'name/match',
      sentence: doc.sentenceOf(m),
      expected: m.form,
      found: m.text,
      tiedBy: m.verdict === 'conflict' ? `a near miss of "${m.form}"` : `the form "${m.form}"`,
      ...(m.diff ? { diff: m.diff } : {}),
    }));
    return { mentions };
  },
  message(m) {
    return m.verdict === 'conflict'
      ? `spells "${m.found}"; the claim spells "${m.expected}"`
      : `spells "${m.found}" as the claim does`;
  },
};
