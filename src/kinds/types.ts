/**
 * What every claim kind provides (ARCHITECTURE property 3: one folder per kind plus one
 * registry line). A kind declares its own schema fields, turns validated YAML into a typed
 * claim, and judges a claim against one analysed source — purely.
 */
import type { Problem } from '../core/problem.js';
import type { Span } from '../core/span.js';
import type { AnalyzedSource } from '../extract/analyzed-source.js';
import type { ClaimKind, DiffPart, Severity } from '../report/types.js';
import type { TermMatcher } from '../extract/terms.js';
import type { RoleLexicon } from '../extract/roles.js';

/** A claim's own test: a sentence and the verdict the claim must give on it (SPEC §2). */
export interface ClaimExample {
  readonly text: string;
  readonly verdict: 'agreement' | 'conflict' | 'omission';
  readonly line: number;
  readonly column: number;
}

/** Fields every claim has after loading. Lines and columns are 1-based, in the claim file. */
export interface ClaimBase {
  readonly id: string;
  readonly kind: ClaimKind;
  readonly subject?: string;
  readonly severity: Severity;
  readonly required: boolean;
  /** Globs over source ids; undefined means all sources. */
  readonly sources?: readonly string[];
  readonly note?: string;
  readonly reference?: string;
  readonly examples: readonly ClaimExample[];
  /** Claim file, relative to the working folder. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Locates a field of the claim (a path below the claim's node) in its file. */
export type Locate = (path: readonly (string | number)[]) => { line: number; column: number };

/** Shared, read-only resources a kind may use while preparing and judging. */
export interface KindEnv {
  readonly roles: RoleLexicon;
}

/** One mention a kind found in a source: offsets into the source text. */
export interface Mention extends Span {
  readonly verdict: 'agreement' | 'conflict';
  /** `<kind>/<what>`: the finding code (SARIF ruleId, docs). */
  readonly code: string;
  /** The sentence (or passage) the mention was read in. */
  readonly sentence: Span;
  /** The claim's value, as shown to people. */
  readonly expected: string;
  /** What the article states, as shown to people ("more than 220,000 (> 220,000)"). */
  readonly found: string;
  /** The words that tied the mention to the claim. */
  readonly tiedBy?: string;
  readonly diff?: DiffPart[];
}

/** A kind's answer for one (claim, source) pair. */
export interface Judgement {
  readonly mentions: Mention[];
  /** Sentences looked at where nothing could be read: makes an omission `unreadable`. */
  readonly context?: Span[];
}

export interface KindDef<C extends ClaimBase> {
  readonly kind: C['kind'];
  /** One line for docs and `--help`. */
  readonly summary: string;
  /** JSON Schema properties specific to the kind, and which of them are required. */
  readonly schema: { readonly properties: Record<string, object>; readonly required: readonly string[] };
  /**
   * Builds the typed claim from schema-valid data. Returns problems for what a schema cannot
   * check (unparsable values, invalid regular expressions), located with `locate`.
   */
  readonly prepare: (raw: Readonly<Record<string, unknown>>, base: ClaimBase, locate: Locate, env: KindEnv) => C | Problem[];
  /** The claim's value as written for people (report `expected`, matrix headers). */
  readonly display: (claim: C) => string;
  /** Judges the claim against one analysed source. Pure. */
  readonly judge: (claim: C, source: AnalyzedSource, env: KindEnv) => Judgement;
  /** Renders a mention as one sentence: what the article says, then what the claim says. */
  readonly message: (mention: Mention, claim: C) => string;
}

/** Terms (cues, excludes) compiled once per claim. */
export interface CueTerms {
  readonly cues: TermMatcher;
  readonly exclude: TermMatcher | undefined;
}
