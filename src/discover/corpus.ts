/**
 * The articles read once for discovery (ARCHITECTURE property 6): every source is an
 * `AnalyzedSource`, the same index the kinds judge against, plus what only a whole corpus
 * can tell — which words appear in lower case somewhere (so are no names), how rare a word
 * is (IDF, for context similarity), and the corpus's reference date for undated articles.
 */
import type { SourceFile } from '../core/source-file.js';
import type { Span } from '../core/span.js';
import { AnalyzedSource } from '../extract/analyzed-source.js';
import { makeRoleLexicon, type RoleLexicon } from '../extract/roles.js';
import type { Evidence } from './types.js';
import { isContent, stem, wordsIn } from './words.js';

export class Corpus {
  readonly docs: AnalyzedSource[];
  readonly lexicon: RoleLexicon;
  /** Folded words seen starting with a lower-case letter anywhere in the bodies. */
  readonly lowerWords = new Set<string>();
  /** Latest publication date of the corpus (`YYYY-MM-DD`), or null: the stand-in date of undated articles. */
  readonly refDate: string | null;
  private readonly df = new Map<string, number>();
  private sentenceCount = 0;
  private readonly stemCache = new Map<string, string[]>();

  constructor(sources: readonly SourceFile[], roles: readonly string[] = []) {
    this.docs = sources.map((s) => new AnalyzedSource(s));
    this.lexicon = makeRoleLexicon(roles);
    let ref: string | null = null;
    for (const doc of this.docs) {
      const d = doc.source.meta.date;
      if (d !== null && (ref === null || d > ref)) ref = d;
      const text = doc.text;
      for (const w of wordsIn(text, doc.source.bodyStart, text.length)) {
        if (/^\p{Ll}/u.test(w.raw)) this.lowerWords.add(w.f);
      }
      for (const s of doc.sentences) {
        this.sentenceCount++;
        for (const st of new Set(this.sentenceStems(doc, s))) this.df.set(st, (this.df.get(st) ?? 0) + 1);
      }
    }
    this.refDate = ref;
  }

  /** Content-word stems of a span (cached per document and span). */
  sentenceStems(doc: AnalyzedSource, s: Span): string[] {
    const key = `${doc.source.id}\0${s.start}:${s.end}`;
    let list = this.stemCache.get(key);
    if (!list) {
      list = wordsIn(doc.text, s.start, s.end).filter(isContent).map((w) => stem(w.f));
      this.stemCache.set(key, list);
    }
    return list;
  }

  /** Inverse document frequency of a stem over the corpus's sentences. */
  idf(st: string): number {
    return Math.log((1 + this.sentenceCount) / (1 + (this.df.get(st) ?? 0)));
  }

  /**
   * How alike two spans' words are, 0…1: IDF-weighted overlap of content stems divided by
   * the smaller side's weight (so a short sentence inside a long one scores high).
   */
  similarity(a: { doc: AnalyzedSource; span: Span }, b: { doc: AnalyzedSource; span: Span }, ignore: ReadonlySet<string> = new Set()): number {
    const sa = new Set(this.sentenceStems(a.doc, a.span).filter((s) => !ignore.has(s)));
    const sb = new Set(this.sentenceStems(b.doc, b.span).filter((s) => !ignore.has(s)));
    let shared = 0;
    let wa = 0;
    let wb = 0;
    for (const s of sa) {
      const w = this.idf(s);
      wa += w;
      if (sb.has(s)) shared += w;
    }
    for (const s of sb) wb += this.idf(s);
    const min = Math.min(wa, wb);
    return min > 0 ? shared / min : 0;
  }

  /** The publication date of a document, or the corpus's reference date for an undated one. */
  effectiveDate(doc: AnalyzedSource): string | null {
    return doc.source.meta.date ?? this.refDate;
  }

  /** Evidence for `[start, end)` of a document. */
  evidence(doc: AnalyzedSource, start: number, end: number): Evidence {
    const pos = doc.source.position(start);
    const sentence = doc.sentenceOf({ start, end });
    return {
      source: doc.source.id,
      path: doc.source.path,
      offset: start,
      length: end - start,
      line: pos.line,
      column: pos.column,
      text: doc.text.slice(start, end),
      sentence: oneLine(doc.text.slice(Math.min(sentence.start, start), Math.max(sentence.end, end))),
    };
  }
}

/** White space (line breaks included) collapsed to single spaces. */
export function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}
