/**
 * The cue index (ARCHITECTURE property 6): one dictionary over the cue terms of every
 * quantity and date claim of a run, built once, that tells for an article which claims can
 * have a cue sentence in it — looking each distinct word of the article up once, so the
 * cost per article grows with its text and the matches, not with the number of claims.
 *
 * Why a word dictionary and not a character automaton: cue terms match on whole words of
 * the folded text (SPEC §2), and every word of a plain term is a whole word of the folded
 * text wherever the term matches (it is delimited by the term's own separators inside, by
 * the word-boundary checks at its ends). So a term can only match in an article that has
 * one chosen word of it — its *trigger*, the word fewest claims use — among its words. The
 * article's words are read once anyway (the `wordIndex` the judges use); looking the
 * distinct ones up in a `Map` is the word-level equivalent of one Aho–Corasick pass over all
 * terms, without a per-character state machine in JavaScript. The judge then matches the
 * candidate claims' terms exactly (`TermMatcher.find`), so verdicts are the judges' own.
 *
 * Terms with no letter or digit (`%`) are looked for with `indexOf`; a claim with a regular
 * expression among its cues is a candidate in every article (its judge runs the RE2
 * expression: the one cost here that grows with claims × text).
 */
import type { AnalyzedSource } from '../extract/analyzed-source.js';
import type { TermInfo } from '../extract/terms.js';
import { post, type CandidateSet } from './candidates.js';

/** A claim's cue terms, as the index needs them. */
export interface CueEntry {
  /** The claim's number in the run. */
  readonly claim: number;
  readonly cues: readonly TermInfo[];
}

export class CueIndex {
  /** Trigger word → claims. */
  private readonly byWord = new Map<string, number[]>();
  /** Plain terms without a word (`%`, `$`): claim and folded term. */
  private readonly wordless: { claim: number; folded: string }[] = [];
  /** Claims with a regular-expression cue. */
  private readonly always: number[] = [];

  constructor(entries: readonly CueEntry[]) {
    // How many claims use each word: the rarest word of a term is its trigger.
    const df = new Map<string, number>();
    for (const e of entries) {
      const seen = new Set<string>();
      for (const t of e.cues) if (t.kind === 'plain') for (const w of t.words) seen.add(w);
      for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
    }
    for (const e of entries) {
      if (e.cues.some((t) => t.kind === 'regex')) {
        this.always.push(e.claim);
        continue;
      }
      for (const t of e.cues) {
        if (t.kind !== 'plain') continue;
        if (t.words.length === 0) {
          this.wordless.push({ claim: e.claim, folded: t.folded });
          continue;
        }
        let best = t.words[0]!;
        for (const w of t.words) {
          const a = df.get(w)!;
          const b = df.get(best)!;
          if (a < b || (a === b && w.length > best.length)) best = w;
        }
        post(this.byWord, best, e.claim);
      }
    }
  }

  get empty(): boolean {
    return this.byWord.size === 0 && this.wordless.length === 0 && this.always.length === 0;
  }

  /** Adds the claims that may have a cue in `doc` to `out`. */
  collect(doc: AnalyzedSource, out: CandidateSet): void {
    if (this.empty) return;
    for (const c of this.always) out.add(c);
    if (this.byWord.size > 0) {
      const words = doc.wordIndex;
      if (this.byWord.size < words.size) {
        // Fewer triggers than words in the article (a small claim set): look the triggers up.
        for (const [word, claims] of this.byWord) if (words.has(word)) for (const c of claims) out.add(c);
      } else {
        for (const word of words.keys()) {
          const claims = this.byWord.get(word);
          if (claims) for (const c of claims) out.add(c);
        }
      }
    }
    if (this.wordless.length > 0) {
      const text = doc.folded.text;
      for (const { claim, folded } of this.wordless) if (!out.has(claim) && text.includes(folded)) out.add(claim);
    }
  }
}
