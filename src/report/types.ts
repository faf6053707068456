/**
 * The report (SPEC §4). Every output format is a rendering of this one object.
 * All positions are 1-based lines and columns counted in UTF-16 code units;
 * `offset`/`length` are 0-based UTF-16 offsets into the original file.
 */
import type { Problem } from '../core/problem.js';

export type Verdict = 'agreement' | 'conflict' | 'omission';
export type Severity = 'error' | 'warning';
export type ClaimKind = 'quantity' | 'date' | 'name' | 'title' | 'quote';
export type FailOn = 'conflict' | 'omission' | 'never';

/** Whether a report lists the absent omissions that are not findings (`--absent`). */
export type AbsentMode = 'list' | 'omit' | 'auto';

/** One piece of a diff: `-1` what the claim says and the article lacks, `1` what the article says instead, `0` shared. */
export type DiffPart = [-1 | 0 | 1, string];

export interface ReportMention {
  readonly verdict: 'agreement' | 'conflict';
  /** `<kind>/<what>`, e.g. `quantity/conflict`, `name/near-miss`. */
  readonly code: string;
  /** The article's own words. */
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly offset: number;
  readonly length: number;
  /** The sentence the mention was read in. */
  readonly sentence: string;
  readonly expected: string;
  readonly found: string;
  readonly message: string;
  /** The words that tied this mention to the claim (a cue, a noun, the person's name). */
  readonly tiedBy?: string;
  /** Character diff (names) or word diff (quotes, titles), claim → article. */
  readonly diff?: DiffPart[];
}

export interface ReportContext {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

export interface ReportResult {
  readonly claim: string;
  readonly source: string;
  readonly verdict: Verdict;
  readonly severity: Severity;
  readonly finding: boolean;
  readonly waived: boolean;
  readonly waiverReason?: string;
  readonly fingerprint: string;
  readonly mentions: ReportMention[];
  /** Omissions only: `absent` or `unreadable`. */
  readonly reason?: 'absent' | 'unreadable';
  /** `unreadable` omissions: the sentences looked at. */
  readonly context?: ReportContext[];
}

export interface ReportSource {
  readonly id: string;
  readonly path: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
}

export interface ReportClaim {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly subject?: string;
  readonly severity: Severity;
  readonly required: boolean;
  /** The claim's value as written for people ("218,000", "2017-02-23", "Miguel Ángel Osorio Chong"). */
  readonly value: string;
  readonly person?: string;
  readonly speaker?: string;
}

export interface ReportSummary {
  readonly claims: number;
  readonly sources: number;
  readonly pairs: number;
  readonly agreement: number;
  readonly conflict: number;
  readonly omission: number;
  /**
   * Present when the report leaves out absent omissions that are not findings (`--absent
   * omit`, or a run too large to list them): how many pairs are counted in `pairs` and
   * `omission` but not listed in `results`.
   */
  readonly unlisted?: number;
  /** With `unlisted`: how many of those pairs are of `error`-severity claims (each fails the run under `--fail-on omission`). */
  readonly unlistedErrors?: number;
  readonly findings: number;
  readonly waived: number;
  readonly unmatched: string[];
}

export interface Report {
  readonly version: 1;
  readonly tool: { readonly name: 'crosscheck'; readonly version: string };
  readonly claimsDigest: string;
  readonly summary: ReportSummary;
  readonly sources: ReportSource[];
  readonly claims: ReportClaim[];
  readonly results: ReportResult[];
  /** Warnings that did not stop the run (expired or unused waivers, …) and, in a failed run, errors. */
  readonly problems: Problem[];
  /** Present when the report covers one shard of the sources (`--shard i/n`). */
  readonly shard?: { readonly index: number; readonly count: number };
}
