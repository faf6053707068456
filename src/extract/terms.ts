/**
 * Cue and exclude terms (SPEC §2, "Cue sentences"): a plain phrase matched on whole words,
 * case-insensitively, ignoring diacritics and typographic/straight quote and dash
 * differences; or a regular expression written `/…/`, run on the same folded text with
 * RE2 semantics (linear time: a claim file cannot hang a run with `/(a+)+$/`).
 */
import { RE2JS } from 're2js';
import { foldString, isWordChar, unfoldSpan } from '../core/fold.js';
import type { Span } from '../core/span.js';
import type { AnalyzedSource } from './analyzed-source.js';

/** A term occurrence: original offsets, and the term as written in the claim. */
export interface TermMatch extends Span {
  readonly term: string;
}

interface PlainTerm {
  readonly kind: 'plain';
  readonly source: string;
  readonly folded: string;
  /** First run of word characters in `folded`, and its offset there. */
  readonly anchor: string;
  readonly anchorAt: number;
}
interface RegexTerm {
  readonly kind: 'regex';
  readonly source: string;
  readonly re: RE2JS;
}
type Term = PlainTerm | RegexTerm;

/**
 * What a compiled term looks for, for indexes built over many claims (`engine/cue-index`):
 * a plain term's folded text and its words (runs of letters and digits, each of which
 * is a whole word of the folded text wherever the term matches), or a regular expression.
 */
export type TermInfo =
  | { readonly kind: 'plain'; readonly source: string; readonly folded: string; readonly words: readonly string[] }
  | { readonly kind: 'regex'; readonly source: string };

/** Why a term could not be compiled. */
export interface TermError {
  readonly index: number;
  readonly message: string;
}

/** True for a term written as a regular expression: `/…/` (optionally with an `i` flag). */
export function isRegexTerm(term: string): boolean {
  return /^\/.+\/i?$/s.test(term);
}

/**
 * RE2's message in the user's terms: without the engine's internal `(?i)` prefix, and a
 * look-around named as such (RE2 reads `(?<=` as a malformed named group).
 */
function describeRe2Error(e: unknown, body: string): string {
  if (/\(\?<?[=!]/.test(body)) return 'look-around such as (?=…), (?!…), (?<=…) or (?<!…) is not supported';
  const msg = e instanceof Error ? e.message : String(e);
  return msg.replace(/^error parsing regexp: /, '').replace(/\(\?i\)/g, '');
}

/** A compiled list of terms. Compile once per claim, then `find` in every source. */
export class TermMatcher {
  private constructor(private readonly terms: readonly Term[]) {}

  /** Compiles terms; invalid regular expressions are returned as errors (by index). */
  static compile(terms: readonly string[]): { matcher: TermMatcher; errors: TermError[] } {
    const compiled: Term[] = [];
    const errors: TermError[] = [];
    terms.forEach((source, index) => {
      if (isRegexTerm(source)) {
        const body = source.slice(1, source.lastIndexOf('/'));
        try {
          compiled.push({ kind: 'regex', source, re: RE2JS.compile(body, RE2JS.CASE_INSENSITIVE) });
        } catch (e) {
          errors.push({ index, message: `invalid regular expression ${source}: ${describeRe2Error(e, body)} (crosscheck uses RE2 syntax: no look-around or back-references)` });
        }
        return;
      }
      const folded = foldString(source).replace(/\s+/g, ' ').trim();
      if (folded === '') {
        errors.push({ index, message: 'empty term' });
        return;
      }
      const m = /[\p{L}\p{N}]+/u.exec(folded);
      compiled.push({ kind: 'plain', source, folded, anchor: m ? m[0] : '', anchorAt: m ? m.index : 0 });
    });
    return { matcher: new TermMatcher(compiled), errors };
  }

  /** Every occurrence of every term in the source's body, sorted by start. */
  find(doc: AnalyzedSource): TermMatch[] {
    const out: TermMatch[] = [];
    const f = doc.folded;
    const text = f.text;
    for (const t of this.terms) {
      if (t.kind === 'regex') {
        const m = t.re.matcher(text);
        while (m.find()) {
          const s = m.start();
          const e = m.end();
          if (e === s) continue;
          out.push({ ...unfoldSpan(f, s, e), term: t.source });
        }
        continue;
      }
      const needsLeft = isWordChar(t.folded[0]);
      const needsRight = isWordChar(t.folded[t.folded.length - 1]);
      const check = (s: number): void => {
        const e = s < 0 ? -1 : matchEnd(text, t.folded, s);
        if (e < 0) return;
        if (needsLeft && isWordChar(text[s - 1])) return;
        if (needsRight && isWordChar(text[e])) return;
        out.push({ ...unfoldSpan(f, s, e), term: t.source });
      };
      if (t.anchor) {
        for (const pos of doc.wordPositions(t.anchor)) check(pos - t.anchorAt);
      } else {
        for (let i = text.indexOf(t.folded); i !== -1; i = text.indexOf(t.folded, i + 1)) check(i);
      }
    }
    out.sort((a, b) => a.start - b.start || a.end - b.end);
    return out;
  }

  get size(): number {
    return this.terms.length;
  }

  /** The compiled terms, in claim order (see {@link TermInfo}). */
  get info(): TermInfo[] {
    return this.terms.map((t) =>
      t.kind === 'regex' ? { kind: 'regex', source: t.source } : { kind: 'plain', source: t.source, folded: t.folded, words: t.folded.match(/[\p{L}\p{N}]+/gu) ?? [] },
    );
  }
}

/**
 * Compares a folded term with folded text at `at`, treating any run of white space in the
 * text as one space. Returns the folded end offset of the match, or -1.
 */
function matchEnd(text: string, term: string, at: number): number {
  if (text.startsWith(term, at)) return at + term.length;
  if (!term.includes(' ')) return -1;
  // Slow path: "fiscal  year" or "fiscal\nyear" in the text.
  let i = at;
  for (let k = 0; k < term.length; k++) {
    const c = term[k]!;
    if (c === ' ') {
      if (!/\s/.test(text[i] ?? '')) return -1;
      while (/\s/.test(text[i] ?? '')) i++;
    } else if (text[i++] !== c) return -1;
  }
  return i;
}
