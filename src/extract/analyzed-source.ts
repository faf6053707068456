/**
 * One source read once into an index of its mentions (ARCHITECTURE property 6, "extract
 * once, judge many"). Every reader runs lazily, at most once per source (numbers and dates
 * at most once per sentence, and only for sentences some claim looks at), so the cost of a
 * run grows with the text and the matches, not with claims × text.
 */
import { fold, type FoldedText } from '../core/fold.js';
import type { SourceFile } from '../core/source-file.js';
import type { Span } from '../core/span.js';
import { readDates, type DateMention } from './dates.js';
import { readNameRuns, type NameRun } from './names.js';
import { readNumbers, type NumberMention } from './numbers.js';
import { readQuoteIndex, type QuoteIndex } from './quotes.js';
import { splitSentences } from './sentences.js';

const WORD = /[\p{L}\p{N}]+/gu;

export class AnalyzedSource {
  private _sentences: Span[] | undefined;
  private _folded: FoldedText | undefined;
  private _words: Map<string, number[]> | undefined;
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
    if (!this._words) {
      const index = new Map<string, number[]>();
      const text = this.folded.text;
      WORD.lastIndex = 0;
      for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
        const list = index.get(m[0]);
        if (list) list.push(m.index);
        else index.set(m[0], [m.index]);
      }
      this._words = index;
    }
    return this._words.get(word) ?? [];
  }

  /** Index of the sentence containing `offset`, or -1 when it lies between sentences. */
  sentenceIndexAt(offset: number): number {
    const s = this.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const sent = s[mid]!;
      if (offset < sent.start) hi = mid - 1;
      else if (offset >= sent.end) lo = mid + 1;
      else return mid;
    }
    return -1;
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
