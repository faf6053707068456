/**
 * Cue sentences (SPEC §2): sentences with at least one cue and no exclude term. Shared by
 * the kinds that read values out of sentences (quantity, date).
 */
import type { Problem } from '../core/problem.js';
import type { AnalyzedSource } from '../extract/analyzed-source.js';
import { TermMatcher, type TermMatch } from '../extract/terms.js';
import type { Span } from '../core/span.js';
import type { CueTerms, Judgement, Locate, Mention } from './types.js';

export interface CueSentence {
  /** Sentence index in the source. */
  readonly index: number;
  /** The cue occurrences in it. */
  readonly cues: TermMatch[];
}

/** The cue sentences of a source, in order. */
export function findCueSentences(doc: AnalyzedSource, terms: CueTerms): CueSentence[] {
  const bySentence = new Map<number, TermMatch[]>();
  for (const m of terms.cues.find(doc)) {
    const i = doc.sentenceIndexAt(m.start);
    if (i === -1) continue;
    const list = bySentence.get(i);
    if (list) list.push(m);
    else bySentence.set(i, [m]);
  }
  if (terms.exclude && bySentence.size > 0) {
    for (const m of terms.exclude.find(doc)) bySentence.delete(doc.sentenceIndexAt(m.start));
  }
  return [...bySentence.entries()].sort((a, b) => a[0] - b[0]).map(([index, cues]) => ({ index, cues }));
}

/** Compiles a claim's `cues` and `exclude`; invalid regular expressions become problems at the term. */
export function compileCueTerms(raw: Readonly<Record<string, unknown>>, claimFile: string, locate: Locate): CueTerms | Problem[] {
  const problems: Problem[] = [];
  const compile = (field: 'cues' | 'exclude'): TermMatcher | undefined => {
    const list = raw[field] as string[] | undefined;
    if (!list) return undefined;
    const { matcher, errors } = TermMatcher.compile(list);
    for (const err of errors) {
      problems.push({ code: 'claims/bad-term', severity: 'error', file: claimFile, ...locate([field, err.index]), message: `${field}[${err.index}]: ${err.message}` });
    }
    return matcher;
  };
  const cues = compile('cues');
  const exclude = compile('exclude');
  if (problems.length || !cues) return problems;
  return { cues, exclude };
}

/** The cue words found in a sentence, quoted and joined, for "tied by" evidence. */
export function describeCues(doc: AnalyzedSource, cues: readonly TermMatch[]): string {
  const seen = new Set<string>();
  for (const c of cues) seen.add(doc.text.slice(c.start, c.end));
  return [...seen].map((w) => `"${w}"`).join(', ');
}

/** A common JSON Schema fragment: a non-empty list of cue terms. */
export const TERM_LIST = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 } as const;

/** What a kind reads in one cue sentence: the chosen mention's span, whether it agrees, and how it was tied. */
export interface CueReading {
  readonly start: number;
  readonly end: number;
  readonly agrees: boolean;
  readonly found: string;
  readonly tiedBy: string;
}

/**
 * The judge shared by the kinds that read a value in cue sentences (quantity, date): one
 * mention per cue sentence where `read` finds one; when none is found anywhere, the cue
 * sentences become the `unreadable` context (SPEC §3).
 */
export function judgeCueSentences(
  doc: AnalyzedSource,
  terms: CueTerms,
  kind: string,
  expected: string,
  read: (cs: CueSentence, sentence: Span) => CueReading | null,
): Judgement {
  const mentions: Mention[] = [];
  const context: Span[] = [];
  for (const cs of findCueSentences(doc, terms)) {
    const sentence = doc.sentences[cs.index]!;
    const r = read(cs, sentence);
    if (!r) {
      context.push(sentence);
      continue;
    }
    mentions.push({
      start: r.start,
      end: r.end,
      verdict: r.agrees ? 'agreement' : 'conflict',
      code: `${kind}/${r.agrees ? 'agreement' : 'conflict'}`,
      sentence,
      expected,
      found: r.found,
      tiedBy: r.tiedBy || describeCues(doc, cs.cues),
    });
  }
  return mentions.length ? { mentions } : { mentions, context };
}
