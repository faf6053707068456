/**
 * Name spellings (issue 8, 1): runs of capitalised words, read by the name reader the
 * `name` kind uses, that are near misses of each other across (or within) articles.
 *
 * A **segment** is a stretch of a name run made only of name-like tokens: capitalised,
 * not an acronym, not a role or title word of the lexicon ("Mayor", "Prime", "Minister"),
 * not a stop word, month or weekday, and never seen in lower case in the corpus (so
 * "Amid", "Heartbroken mayor" or "Rescue" are no names). "Montevalle Mayor Giulia Ferraro"
 * gives the segments "Montevalle" and "Giulia Ferraro".
 *
 * Two segments of the same length are **near misses** (SPEC §2 "kind: name": one edit per
 * token, two for tokens of eight or more letters, a lost accent or a swap of two letters
 * being one edit) when:
 * - they have two or more tokens, at least one token identical in both and every other
 *   token within its edit limit ("Osorio Chong" / "Osorio Chung", "Peña Nieto" / "Pena
 *   Nieto"); or
 * - they are one token of five or more letters that differ only by diacritics or by a
 *   swap of two adjacent letters ("Okonkwo" / "Okonkow"): any other one-token edit is
 *   too often two names ("Iran" / "Iraq", "Marco" / "Mario").
 * Token pairs that differ by an inflection ("American" / "Americans", "Guatemala" /
 * "Guatemalan") are never near misses. The spellings of one token, joined through near
 * misses, make one group; its occurrences are the segments with that token whose other
 * tokens are ones the near misses were seen with.
 */
import fastDiff from 'fast-diff';
import { foldString } from '../core/fold.js';
import type { AnalyzedSource } from '../extract/analyzed-source.js';
import { isAllCapsWord, isInitial, isParticle, letterCount } from '../extract/names.js';
import { editDistance, maxEdits } from '../kinds/name/match.js';
import type { DiffPart } from '../report/types.js';
import type { Corpus } from './corpus.js';
import type { Evidence, Proposal, Reading } from './types.js';
import { STOP } from './words.js';

/** A stretch of a name run made of name-like tokens. */
export interface Segment {
  readonly doc: AnalyzedSource;
  readonly start: number;
  readonly end: number;
  /** Tokens as written (initials keep their stop). */
  readonly tokens: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const CALENDAR = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** Whether a run token can be part of a personal or place name. */
function nameLike(token: string, corpus: Corpus): boolean {
  if (isInitial(token)) return true;
  if (isParticle(token)) return true;
  if (letterCount(token) < 2 || isAllCapsWord(token)) return false;
  if (!/^[\p{Lu}\p{Lt}]/u.test(token) && !/^\p{Ll}+['’\-‐‑][\p{Lu}\p{Lt}]/u.test(token)) return false;
  const f = foldString(token);
  if (STOP.has(f) || CALENDAR.has(f)) return false;
  const lex = corpus.lexicon;
  if (lex.roleLastWords.has(f) || lex.isRole([f]) || lex.modifiers.has(f) || lex.rankModifiers.has(f) || lex.courtesy.has(f) || lex.abbreviations.has(f) || lex.portfolio.has(f)) return false;
  // Seen in lower case, or its plural or singular is ("Organizer" / "organizers").
  const low = corpus.lowerWords;
  if (low.has(f) || low.has(`${f}s`) || low.has(`${f}es`) || (f.endsWith('s') && low.has(f.slice(0, -1)))) return false;
  return true;
}

/** Every segment of every article, in article then text order. */
export function readSegments(corpus: Corpus): Segment[] {
  const out: Segment[] = [];
  for (const doc of corpus.docs) {
    for (const run of doc.nameRuns) {
      if (run.allCaps) continue; // headlines: capitals say nothing
      let cur: { t: string; s: number; e: number }[] = [];
      const flush = (): void => {
        // Particles and initials never begin or end a segment.
        while (cur.length && (isParticle(cur[0]!.t) || isInitial(cur[0]!.t))) cur.shift();
        while (cur.length && (isParticle(cur[cur.length - 1]!.t) || isInitial(cur[cur.length - 1]!.t))) cur.pop();
        if (cur.length) {
          out.push({ doc, start: cur[0]!.s, end: cur[cur.length - 1]!.e, tokens: cur.map((c) => c.t), starts: cur.map((c) => c.s), ends: cur.map((c) => c.e) });
        }
        cur = [];
      };
      for (const tok of run.tokens) {
        if (nameLike(tok.text, corpus)) cur.push({ t: tok.text, s: tok.start, e: tok.end });
        else flush();
      }
      flush();
    }
  }
  return out;
}

const letters = (s: string): string => s.normalize('NFC');
const bare = (s: string): string => foldString(s).replace(/[^\p{L}\p{N}]/gu, '');

/** "American"/"Americans", "Guatemala"/"Guatemalan", "Kelly"/"Kelly's": inflections, not misspellings. */
function inflection(a: string, b: string): boolean {
  const [x, y] = bare(a).length <= bare(b).length ? [bare(a), bare(b)] : [bare(b), bare(a)];
  if (!y.startsWith(x)) return false;
  return ['s', 'es', 'n', 'an', 'ns', 'ans', 'i', 'is'].includes(y.slice(x.length));
}

/** Two tokens differing only by diacritics (`Peña` / `Pena`). */
function diacriticOnly(a: string, b: string): boolean {
  return a !== b && a.length > 0 && foldString(a) === foldString(b) && a.toLowerCase() !== b.toLowerCase();
}

/** Two tokens differing by one swap of adjacent letters (`Giulia` / `Guilia`). */
function swapOnly(a: string, b: string): boolean {
  const x = Array.from(letters(a));
  const y = Array.from(letters(b));
  if (x.length !== y.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!];
}

/** Whether two different tokens are a near miss of each other (SPEC §2 edit limits, inflections excluded). */
function nearTokens(a: string, b: string): boolean {
  if (a === b || isInitial(a) || isInitial(b) || isParticle(a) || isParticle(b)) return false;
  if (diacriticOnly(a, b)) return true;
  if (letterCount(a) < 4 || letterCount(b) < 4) return false;
  if (inflection(a, b)) return false;
  const limit = Math.max(maxEdits(a), maxEdits(b));
  return editDistance(a, b, limit) <= limit;
}

/** One group of near-miss spellings of one name token. */
export interface SpellingGroup {
  /** The spellings of the token, the proposed one first. */
  readonly spellings: string[];
  /** Canonical spelling of each spelling. */
  readonly canonical: string;
  /** Other tokens seen with the near misses ("Osorio" for "Chong"/"Chung"). */
  readonly context: ReadonlySet<string>;
  /** True when some near miss had a shared token (stronger than a one-token swap). */
  readonly shared: boolean;
  /** The shortest pair of near-miss segments, as written (for labels). */
  readonly pair: readonly [readonly string[], readonly string[]];
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** One-letter deletions of a folded token (the token included). */
function deletions(key: string): string[] {
  const cps = Array.from(key);
  const out = [key];
  for (let i = 0; i < cps.length; i++) out.push(cps.slice(0, i).join('') + cps.slice(i + 1).join(''));
  return out;
}

/** Finds the spelling groups of the corpus. */
export function findSpellingGroups(segments: readonly Segment[]): SpellingGroup[] {
  // Candidate token pairs through a symmetric-deletion index on folded keys (one edit,
  // a diacritic or a swap share a deletion); long tokens are also compared directly.
  const tokens = new Set<string>();
  for (const s of segments) for (const t of s.tokens) if (!isInitial(t) && !isParticle(t)) tokens.add(t);
  const byDeletion = new Map<string, string[]>();
  for (const t of tokens) {
    for (const d of new Set(deletions(bare(t)))) {
      const list = byDeletion.get(d);
      if (list) list.push(t);
      else byDeletion.set(d, [t]);
    }
  }
  const near = new Map<string, Set<string>>();
  const addNear = (a: string, b: string): void => {
    if (!nearTokens(a, b)) return;
    (near.get(a) ?? near.set(a, new Set()).get(a)!).add(b);
    (near.get(b) ?? near.set(b, new Set()).get(b)!).add(a);
  };
  for (const list of byDeletion.values()) {
    if (list.length < 2 || list.length > 50) continue;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) addNear(list[i]!, list[j]!);
  }
  const long = [...tokens].filter((t) => letterCount(t) >= 8);
  for (let i = 0; i < long.length; i++) for (let j = i + 1; j < long.length; j++) addNear(long[i]!, long[j]!);
  if (near.size === 0) return [];

  // Segment pairs: the same length, aligned token by token.
  const distinct = new Map<string, readonly string[]>();
  for (const s of segments) distinct.set(s.tokens.join(' '), s.tokens);
  const byLength = new Map<number, (readonly string[])[]>();
  for (const toks of distinct.values()) {
    if (!toks.some((t) => near.has(t))) continue;
    (byLength.get(toks.length) ?? byLength.set(toks.length, []).get(toks.length)!).push(toks);
  }
  const uf = new UnionFind();
  const context = new Map<string, Set<string>>();
  const shared = new Set<string>();
  const pairs = new Map<string, [readonly string[], readonly string[]]>();
  for (const [n, list] of byLength) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const differing: number[] = [];
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          if (a[k] === b[k]) continue;
          if (near.get(a[k]!)?.has(b[k]!)) differing.push(k);
          else ok = false;
        }
        if (!ok || differing.length === 0) continue;
        if (n === 1) {
          const x = a[0]!;
          const y = b[0]!;
          if (!(letterCount(x) >= 5 && letterCount(y) >= 5 && (diacriticOnly(x, y) || swapOnly(x, y)))) continue;
        } else if (differing.length === n) continue;
        for (const k of differing) {
          uf.union(a[k]!, b[k]!);
          for (const tok of [a[k]!, b[k]!]) {
            const ctx = context.get(tok) ?? context.set(tok, new Set()).get(tok)!;
            for (let m = 0; m < n; m++) if (!differing.includes(m)) ctx.add(a[m]!);
            if (n > 1) shared.add(tok);
            const prev = pairs.get(tok);
            if (!prev || prev[0].length > n) pairs.set(tok, [a, b]);
          }
        }
      }
    }
  }
  const groups = new Map<string, string[]>();
  for (const tok of context.keys()) {
    const root = uf.find(tok);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(tok);
  }
  const out: SpellingGroup[] = [];
  for (const spellings of groups.values()) {
    spellings.sort();
    const ctx = new Set<string>();
    for (const s of spellings) for (const c of context.get(s) ?? []) ctx.add(c);
    const pair = spellings.map((s) => pairs.get(s)!).sort((x, y) => x[0].length - y[0].length)[0]!;
    out.push({ spellings, canonical: spellings[0]!, context: ctx, shared: spellings.some((s) => shared.has(s)), pair });
  }
  return out;
}

interface Occurrence {
  readonly seg: Segment;
  readonly spelling: string;
}

/** Segments that are occurrences of a group: one of its spellings, with only context tokens around it. */
function occurrences(group: SpellingGroup, segments: readonly Segment[]): Occurrence[] {
  const spell = new Set(group.spellings);
  const out: Occurrence[] = [];
  for (const seg of segments) {
    const hits = seg.tokens.filter((t) => spell.has(t));
    if (hits.length !== 1) continue;
    const others = seg.tokens.filter((t) => !spell.has(t) && !isInitial(t) && !isParticle(t));
    // A one-token group ("Okonkwo" / "Okonkow") has no context: any given names before it.
    const last = seg.tokens[seg.tokens.length - 1] === hits[0];
    if (others.some((t) => !group.context.has(t)) && (group.shared || !last)) continue;
    out.push({ seg, spelling: hits[0]! });
  }
  return out;
}

/** How many letters carry diacritics: the accented form of a name is the fuller spelling. */
function accents(s: string): number {
  return Array.from(s.normalize('NFD')).filter((c) => /\p{M}/u.test(c)).length;
}

export interface NameResult {
  readonly proposals: Proposal[];
  /** Spelling → the proposed spelling, for every group (persons are keyed by it). */
  readonly canonical: ReadonlyMap<string, string>;
}

/** Name spelling proposals: one disagreement per group of near-miss spellings. */
export function discoverNames(corpus: Corpus, segments: readonly Segment[], minArticles: number): NameResult {
  const groups = findSpellingGroups(segments);
  const proposals: Proposal[] = [];
  const canonical = new Map<string, string>();
  for (const group of groups) {
    const occs = occurrences(group, segments);
    const bySpelling = new Map<string, Occurrence[]>();
    for (const o of occs) (bySpelling.get(o.spelling) ?? bySpelling.set(o.spelling, []).get(o.spelling)!).push(o);
    if (bySpelling.size < 2) continue;
    const articles = (list: readonly Occurrence[]): number => new Set(list.map((o) => o.seg.doc.source.id)).size;
    const spellings = [...bySpelling.keys()];
    // The accented form where spellings differ only by accents; else the majority (articles,
    // then occurrences); then the form with more accents, then code-unit order.
    const accentOnly = spellings.every((s) => foldString(s) === foldString(spellings[0]!));
    spellings.sort((a, b) => {
      const la = bySpelling.get(a)!;
      const lb = bySpelling.get(b)!;
      if (accentOnly && accents(a) !== accents(b)) return accents(b) - accents(a);
      return articles(lb) - articles(la) || lb.length - la.length || accents(b) - accents(a) || (a < b ? -1 : a > b ? 1 : 0);
    });
    const chosen = spellings[0]!;
    for (const s of group.spellings) canonical.set(s, chosen);
    const sources = [...new Set(occs.map((o) => o.seg.doc.source.id))].sort();
    if (sources.length < minArticles) continue;

    // Labels: the spelling inside the shortest near-miss pair's shape ("Osorio Chung").
    const shape = group.pair[0];
    const labelOf = (spelling: string): string => shape.map((t) => (group.spellings.includes(t) ? spelling : t)).join(' ');
    const readings: Reading[] = spellings.map((s, i) => {
      const list = bySpelling.get(s)!;
      const evidence: Evidence[] = list.map((o) => corpus.evidence(o.seg.doc, o.seg.start, o.seg.end));
      return { label: labelOf(s), agrees: i === 0, sources: [...new Set(evidence.map((e) => e.source))].sort(), evidence };
    });
    // The value: the longest segment written with the chosen spelling ("Miguel Angel Osorio Chong").
    const full = bySpelling
      .get(chosen)!
      .map((o) => o.seg.tokens.join(' '))
      .sort((a, b) => b.split(' ').length - a.split(' ').length || (a < b ? -1 : a > b ? 1 : 0))[0]!;
    const diff = fastDiff(readings[0]!.label, readings[1]!.label) as DiffPart[];
    const describe = (r: Reading): string => `"${r.label}" (${plural(r.sources.length, 'article')}, ${r.evidence.length}×)`;
    const summary = `${plural(readings.length, 'spelling')} of one name: ${readings.map(describe).join(' and ')}`;
    const why = accentOnly ? 'the accented form' : articles(bySpelling.get(chosen)!) > articles(bySpelling.get(spellings[1]!)!) ? 'the majority spelling' : 'the spelling used most often';
    const examples: { text: string; verdict: 'agreement' | 'conflict' }[] = [];
    const sentence = (r: Reading): string | undefined => r.evidence.find((e) => e.sentence.length <= 400)?.sentence;
    const agree = sentence(readings[0]!);
    if (agree) examples.push({ text: agree, verdict: 'agreement' });
    for (const r of readings.slice(1)) {
      const s = sentence(r);
      if (s && s !== agree) examples.push({ text: s, verdict: 'conflict' });
    }
    proposals.push({
      id: `name-${full}`,
      kind: 'name',
      status: 'disagreement',
      subject: full,
      summary,
      score: group.shared ? 0.95 : 0.8,
      tiedBy: group.shared ? [...group.context].sort() : [chosen],
      readings,
      diff,
      sources,
      claim: {
        id: '',
        kind: 'name',
        subject: `spelling of ${full}`,
        fields: [['value', full]],
        confirm: `confirm the spelling (${why}): articles spell it ${readings.map(describe).join(' and ')}`,
        examples,
      },
    });
  }
  return { proposals, canonical };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Persons' surnames: the last token of a name of two or more words that is also written
 * alone somewhere ("Maria Okonkwo" … "Okonkwo said"): organisations ("Border Patrol") are
 * seldom shortened that way. Spellings are mapped to the proposed one.
 */
export function surnameIndex(segments: readonly Segment[], canonical: ReadonlyMap<string, string>): (token: string) => string | undefined {
  const canon = (t: string): string => canonical.get(t) ?? t;
  const lasts = new Set<string>();
  const alone = new Set<string>();
  for (const s of segments) {
    const last = canon(s.tokens[s.tokens.length - 1]!);
    if (s.tokens.length >= 2) lasts.add(last);
    else alone.add(last);
  }
  return (token) => {
    const c = canon(token);
    return lasts.has(c) && alone.has(c) ? c : undefined;
  };
}
