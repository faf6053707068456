/**
 * One source read once into an index of its mentions (ARCHITECTURE property 6, "extract
 * once, judge many"). Every reader runs lazily, at most once per source (numbers and dates
 * at most once per sentence, and only for sentences some claim looks at), so the cost of a
 * run grows with the text and the matches, not with claims × text.
 */
import { memoizedUnitTest } from '../core/unit-test.js';
import { fold, type FoldedText } from '../core/fold.js';
import type { SourceFile } from '../core/source-file.js';
import { spanIndexAt, type Span } from '../core/span.js';
import { readDates, type DateMention } from './dates.js';
import { readNameRuns, type NameRun } from './names.js';
import { readNumbers, type NumberMention } from './numbers.js';
import { readQuoteIndex, type QuoteIndex } from './quotes.js';
import { splitSentences } from './sentences.js';

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** A BMP code unit that is a letter or digit (`[\p{L}\p{N}]`). */
const isWordUnit = memoizedUnitTest(WORD_CHAR);

/**
 * The words of a text (maximal runs of letters and digits, `/[\p{L}\p{N}]+/gu`) and where
 * they start: each distinct word once, its occurrences chained in text order (no array per
 * word: most words are looked up never or once).
 */
export class WordIndex {
  /** Word → its first occurrence. */
  private readonly first = new Map<string, number>();
  /** Occurrence → the word's next occurrence, or -1. */
  private readonly next: Int32Array;
  /** Occurrence → offset. */
  private readonly starts: Int32Array;

  constructor(text: string) {
    const starts: number[] = [];
    const next: number[] = [];
    // The last occurrence of each word so far, by its first occurrence (one map look-up per word).
    const last: number[] = [];
    const first = this.first;
    scanWords(text, (start, end) => {
      const word = text.slice(start, end);
      const k = starts.length;
      starts.push(start);
      next.push(-1);
      last.push(k);
      const f = first.get(word);
      if (f === undefined) first.set(word, k);
      else {
        next[last[f]!] = k;
        last[f] = k;
      }
    });
    this.starts = Int32Array.from(starts);
    this.next = Int32Array.from(next);
  }

  /** The distinct words, in order of first occurrence. */
  keys(): IterableIterator<string> {
    return this.first.keys();
  }

  has(word: string): boolean {
    return this.first.has(word);
  }

  /** Number of distinct words. */
  get size(): number {
    return this.first.size;
  }

  /** Offsets of every occurrence of `word`, ascending. */
  positions(word: string): number[] {
    const out: number[] = [];
    for (let k = this.first.get(word) ?? -1; k !== -1; k = this.next[k]!) out.push(this.starts[k]!);
    return out;
  }
}

/**
 * Calls `visit` with the `[start, end)` of every word of `text`, in order. A hand-written
 * scan: folded news text is nearly all ASCII, and this is several times faster than the
 * regular expression it is equivalent to (test/terms.test.ts).
 */
export function scanWords(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    // Skip to the start of a word.
    let width = 1;
    if (code < 0x80) {
      if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90))) {
        i++;
        continue;
      }
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (!WORD_CHAR.test(text.slice(i, i + 2))) {
        i += 2;
        continue;
      }
      width = 2;
    } else if (!isWordUnit(code)) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    while (i < n) {
      code = text.charCodeAt(i);
      if (code < 0x80) {
        if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
          i++;
          continue;
        }
        break;
      }
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        if (!WORD_CHAR.test(text.slice(i, i + 2))) break;
        i += 2;
        continue;
      }
      if (!isWordUnit(code)) break;
      i++;
    }
    visit(start, i);
  }
}

export class AnalyzedSource {
  private _sentences: Span[] | undefined;
  private _folded: FoldedText | undefined;
  private _words: WordIndex | undefined;
  private _names: NameRun[] | undefined;
  private _quotes: QuoteIndex | undefined;
  private readonly numbers = new Map<number, NumberMention[]>();
  private readonly dates = new Map<number, DateMention[]>();

  constructor(readonly source: SourceFile) {}

  get text(): string {
    return this.source.text;
  }

  /** Sentences of the article body, in order (offsets into the full text). */
  get sentences(): Span[] {
    return (this._sentences ??= splitSentences(this.source.text, this.source.bodyStart, this.source.text.length));
  }

  /** The folded body (lower case, no diacritics, straight quotes and dashes) with its offset map. */
  get folded(): FoldedText {
    return (this._folded ??= fold(this.source.text, this.source.bodyStart, this.source.text.length));
  }

  /** Folded offsets of every occurrence of a folded word (a run of letters and digits). */
  wordPositions(word: string): readonly number[] {
    return this.wordIndex.positions(word);
  }

  /** The folded words of the body (runs of letters and digits), with their folded offsets. */
  get wordIndex(): WordIndex {
    return (this._words ??= new WordIndex(this.folded.text));
  }

  /** Index of the sentence containing `offset`, or -1 when it lies between sentences. */
  sentenceIndexAt(offset: number): number {
    return spanIndexAt(this.sentences, offset);
  }

  /** Numbers read in sentence `i` (cached). */
  numbersIn(i: number): NumberMention[] {
    let list = this.numbers.get(i);
    if (!list) {
      const s = this.sentences[i]!;
      list = readNumbers(this.source.text, s.start, s.end);
      this.numbers.set(i, list);
    }
    return list;
  }

  /** Dates read in sentence `i`, resolved against the publication date (cached). */
  datesIn(i: number): DateMention[] {
    let list = this.dates.get(i);
    if (!list) {
      const s = this.sentences[i]!;
      list = readDates(this.source.text, s.start, s.end, this.source.meta.date);
      this.dates.set(i, list);
    }
    return list;
  }

  /** Runs of capitalised words (name candidates) in the body. */
  get nameRuns(): NameRun[] {
    return (this._names ??= readNameRuns(this.source.text, this.source.bodyStart, this.source.text.length));
  }

  /** Word tokens and quoted passages of the body. */
  get quoteIndex(): QuoteIndex {
    return (this._quotes ??= readQuoteIndex(this.source.text, this.source.bodyStart, this.source.text.length));
  }

  /** The sentence containing `span` (or the span itself when it lies between sentences). */
  sentenceOf(span: Span): Span {
    const i = this.sentenceIndexAt(span.start);
    return i === -1 ? span : this.sentences[i]!;
  }
}
