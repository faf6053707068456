import { LineIndex } from './line-index.js';
import type { Position } from './span.js';

/** Publication metadata of an article (SPEC §1). */
export interface SourceMeta {
  /** Publication date `YYYY-MM-DD`, used to resolve relative dates. */
  readonly date: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly author: string | null;
}

/**
 * One article: its full original text (a BOM removed) and where the article body starts
 * after any metadata header. All offsets are 0-based UTF-16 code units into `text`.
 */
export class SourceFile {
  private index: LineIndex | undefined;

  constructor(
    /** Source id: path relative to the sources folder, no extension, `/` separators. */
    readonly id: string,
    /** Path for reports, relative to the working folder. */
    readonly path: string,
    /** The whole file's text, header included. */
    readonly text: string,
    /** Offset where the article body starts (after a `date` header or front matter). */
    readonly bodyStart: number,
    readonly meta: SourceMeta,
  ) {}

  /** 1-based line and column (UTF-16 code units) of an offset, header lines included (SPEC §1). */
  position(offset: number): Position {
    this.index ??= new LineIndex(this.text);
    return this.index.position(offset);
  }
}
