/**
 * What `crosscheck discover` proposes (issue 8): groups of statements that several
 * articles (or one article twice) make about the same thing, each a proposed claim, most
 * useful first — where the articles disagree.
 *
 * All offsets are half-open `[start, end)` UTF-16 code-unit offsets into the source's
 * full text; lines and columns are 1-based, columns in UTF-16 code units, header lines
 * included (SPEC §1), exactly as in the check report.
 */
import type { ClaimKind, DiffPart } from '../report/types.js';

/** One place an article says something: its words, where, and the sentence around them. */
export interface Evidence {
  /** Source id. */
  readonly source: string;
  /** Source path, relative to the working folder (for `file:line:column`). */
  readonly path: string;
  readonly offset: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
  /** The article's own words (`text.slice(offset, offset + length)`). */
  readonly text: string;
  /** The sentence the words were read in. */
  readonly sentence: string;
}

/** One way the articles state the thing: a spelling, a figure, a date, a title, a wording. */
export interface Reading {
  /** How it is shown: `Osorio Chung`, `more than 220,000 (> 220,000)`, `Thursday (2017-02-23)`. */
  readonly label: string;
  /** Whether it agrees with the proposed claim's value (the first reading always does). */
  readonly agrees: boolean;
  /** Source ids stating it, sorted. */
  readonly sources: string[];
  /** Every occurrence, in source then text order. */
  readonly evidence: Evidence[];
}

/** A claim as `--write` writes it: the fields of the claim file entry, in order. */
export interface ProposedClaim {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly subject: string;
  /** Kind fields (value, unit, cues, person, variants, speaker …), in the order written. */
  readonly fields: ReadonlyArray<readonly [string, string | number | readonly string[]]>;
  /** The comment written after `value:` where the articles disagree (`confirm: …`). */
  readonly confirm?: string;
  readonly note?: string;
  /** Examples taken from the articles; each gives its verdict (checked before writing). */
  readonly examples: ReadonlyArray<{ readonly text: string; readonly verdict: 'agreement' | 'conflict' }>;
}

export type ProposalStatus = 'disagreement' | 'agreement';

/** A group of statements about one thing, and the claim proposed for it. */
export interface Proposal {
  /** The proposed claim's id (unique in one discovery). */
  readonly id: string;
  readonly kind: ClaimKind;
  /** `disagreement`: the readings cannot all be true; `agreement`: they can. */
  readonly status: ProposalStatus;
  /** What the group is about: `Miguel Angel Osorio Chong`, `detentions (count)`. */
  readonly subject: string;
  /** One line for people: what disagrees (or agrees), and how widely. */
  readonly summary: string;
  /** Confidence that the readings are about one thing, 0…1: ranks the list. */
  readonly score: number;
  /** The words that tied the group together (cues, shared name tokens, the event word). */
  readonly tiedBy: readonly string[];
  /** The readings, the proposed value's first. */
  readonly readings: readonly Reading[];
  /** A character (names) or word (quotes) diff from the proposed value to the first other reading. */
  readonly diff?: readonly DiffPart[];
  /** Source ids the group draws on, sorted. */
  readonly sources: readonly string[];
  readonly claim: ProposedClaim;
  /**
   * Whether checking the proposed claim against the articles (as `crosscheck check` will)
   * gives the verdicts the readings show: conflicts exactly where they disagree.
   */
  readonly reproduced?: boolean;
  /** When not reproduced: what checking the claim finds instead, for people. */
  readonly checkIssues?: readonly string[];
}

export interface DiscoverOptions {
  /**
   * A proposal must draw on at least this many articles (default 1). An agreement needs at
   * least two whatever this says: one article alone corroborates nothing.
   */
  readonly minArticles?: number;
  /** Extra title role words (config `roles`). */
  readonly roles?: readonly string[];
  /** Claim ids not to use (the other claim files next to the one written). */
  readonly takenIds?: ReadonlySet<string>;
}

/** The result of one discovery, ranked. */
export interface Discovery {
  readonly proposals: Proposal[];
  readonly sources: ReadonlyArray<{ readonly id: string; readonly path: string; readonly date: string | null }>;
}
