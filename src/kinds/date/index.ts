/**
 * kind: date (SPEC §2). A day, month or year, read from cue sentences and resolved against
 * the article's publication date; agreement when the two day ranges intersect.
 */
import type { Problem } from '../../core/problem.js';
import type { AnalyzedSource } from '../../extract/analyzed-source.js';
import { dateAgrees, parseClaimDate, type DateMention, type DayRange } from '../../extract/dates.js';
import { compileCueTerms, judgeCueSentences, TERM_LIST } from '../cue-sentences.js';
import type { ClaimBase, CueTerms, Judgement, KindDef } from '../types.js';
import { selectDate } from './select.js';

export interface DateClaim extends ClaimBase {
  readonly kind: 'date';
  readonly value: string;
  readonly range: DayRange;
  readonly terms: CueTerms;
}

function rangeText(r: DayRange): string {
  return r.first === r.last ? r.first : `${r.first} … ${r.last}`;
}

function found(m: DateMention): string {
  if (m.range) return `${m.text} (${rangeText(m.range)})`;
  const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  if (m.weekday !== undefined) return `${m.text} (a ${WEEKDAYS[m.weekday]}; the article has no date)`;
  if (m.month !== undefined && m.day !== undefined) return `${m.text} (${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')} of an unknown year)`;
  return m.text;
}

export const date: KindDef<DateClaim> = {
  kind: 'date',
  summary: 'when something happened: a day, a month or a year',
  schema: {
    properties: {
      value: { type: ['string', 'integer'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
      cues: TERM_LIST,
      exclude: TERM_LIST,
    },
    required: ['value', 'cues'],
  },
  prepare(raw, base, locate): DateClaim | Problem[] {
    const problems: Problem[] = [];
    const value = String(raw.value);
    const range = parseClaimDate(value);
    if (!range) problems.push({ code: 'claims/bad-value', severity: 'error', file: base.file, ...locate(['value']), message: `"${value}" is not a real date`, hint: 'write YYYY-MM-DD, YYYY-MM or YYYY' });
    const terms = compileCueTerms(raw, base.file, locate);
    if (Array.isArray(terms)) problems.push(...terms);
    if (problems.length || Array.isArray(terms) || !range) return problems;
    return { ...base, kind: 'date', value, range, terms };
  },
  display: (c) => c.value,
  judge(claim, doc: AnalyzedSource): Judgement {
    return judgeCueSentences(doc, claim.terms, 'date', claim.value, (cs, sentence) => {
      const sel = selectDate(doc.text, sentence, doc.datesIn(cs.index), cs.cues);
      if (!sel) return null;
      const m = sel.mention;
      return { start: m.start, end: m.end, agrees: dateAgrees(m, claim.range), found: found(m), tiedBy: sel.tiedBy };
    });
  },
  message(m, claim) {
    return m.verdict === 'conflict' ? `states ${m.found}; the claim is ${claim.value}` : `states ${m.found}, consistent with the claim ${claim.value}`;
  },
};
