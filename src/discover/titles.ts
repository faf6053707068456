/**
 * Titles (issue 8, 4): one person given different titles by different articles.
 *
 * Persons are the names of two or more words the name segments found (spellings mapped to
 * the proposed one, "Osorio Chung" is Osorio Chong); a shorter name that ends a longer one
 * is the same person ("Osorio Chong", "Miguel Angel Osorio Chong"). Each person is found
 * in every article as the `title` kind finds a claim's person (`findPerson`: near misses
 * and surname-only mentions included), and the title phrase attached to each occurrence is
 * read with the title reader (`readTitle`).
 *
 * Two phrases are the same post when the title comparison (`compareTitle`) accepts one as
 * a wording of the other ("Secretary Tillerson" / "Secretary of State", "Homeland Security
 * Secretary" / "Secretary of Homeland Security"), or when they share a subject word with
 * different role words ("Foreign Minister" / "Secretary of Foreign Affairs"). They
 * **disagree** when they have the same role word and
 * - a rank modifier one has and the other has not ("deputy head" / "head", "former
 *   Mayor" / "Mayor", "Assistant U.S. Attorney" / "U.S. Attorney"); or
 * - both name the post's subject and share none of it ("ambassador to China" /
 *   "ambassador to Japan").
 * Anything else (different role words, no shared subject: "director" / "chairman") is left
 * alone: a person may hold two posts.
 */
import { foldString } from '../core/fold.js';
import type { AnalyzedSource } from '../extract/analyzed-source.js';
import { readTitle } from '../extract/titles.js';
import { roleWords } from '../extract/roles.js';
import { nameForms } from '../kinds/name/match.js';
import { compareTitle } from '../kinds/title/compare.js';
import { findPerson, type TitleClaim } from '../kinds/title/index.js';
import type { Corpus } from './corpus.js';
import { exampleSentences } from './figures.js';
import { plural, type Segment } from './names.js';
import type { Evidence, Proposal, Reading } from './types.js';
import { isInitial } from '../extract/names.js';

/** A person: the name as most fully written (proposed spellings), and how articles wrote it. */
export interface Person {
  readonly name: string;
  readonly writings: readonly string[];
}

/** The persons of the corpus: names of two or more words; shorter endings merged into longer names. */
export function findPersons(segments: readonly Segment[], canonical: ReadonlyMap<string, string>): Person[] {
  const byKey = new Map<string, { tokens: string[]; writings: Map<string, number> }>();
  for (const s of segments) {
    if (s.tokens.length < 2) continue;
    const tokens = s.tokens.map((t) => canonical.get(t) ?? t);
    const key = tokens.filter((t) => !isInitial(t)).join(' ');
    const entry = byKey.get(key) ?? byKey.set(key, { tokens, writings: new Map() }).get(key)!;
    const written = s.tokens.join(' ');
    entry.writings.set(written, (entry.writings.get(written) ?? 0) + 1);
    if (tokens.length > entry.tokens.length) entry.tokens = tokens;
  }
  // "Osorio Chong" is the end of exactly one longer name: the same person.
  const keys = [...byKey.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || (a < b ? -1 : 1));
  const merged = new Map<string, string>();
  for (const k of keys) {
    const longer = keys.filter((l) => l !== k && l.endsWith(` ${k}`));
    const roots = new Set(longer.map((l) => merged.get(l) ?? l));
    if (roots.size === 1) merged.set(k, [...roots][0]!);
  }
  const persons = new Map<string, { tokens: string[]; writings: Map<string, number> }>();
  for (const k of keys) {
    const root = merged.get(k) ?? k;
    const src = byKey.get(k)!;
    const dst = persons.get(root) ?? persons.set(root, { tokens: byKey.get(root)!.tokens, writings: new Map() }).get(root)!;
    for (const [w, n] of src.writings) dst.writings.set(w, (dst.writings.get(w) ?? 0) + n);
  }
  return [...persons.values()]
    .map((p) => ({ name: p.tokens.join(' '), writings: [...p.writings.keys()].sort() }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

interface Phrase {
  readonly doc: AnalyzedSource;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Folded words of the phrase. */
  readonly words: string[];
  /** The role phrase the title is built on ("head", "prime minister"), folded. */
  readonly role?: string;
  /** The rank modifier on that role ("deputy"), if any. */
  readonly modifier?: string;
  /** Subject words: portfolio words and the role's complement ("foreign", "china"). */
  readonly subject: ReadonlySet<string>;
}

const PREPS = new Set(['of', 'to', 'for', 'at', 'in', 'on', 'with']);
const DETERMINERS = new Set(['the', 'a', 'an']);

function analyse(corpus: Corpus, doc: AnalyzedSource, start: number, end: number, text: string): Phrase {
  const lex = corpus.lexicon;
  const words = roleWords(text);
  // The role: the last role phrase before the first preposition (longest match at each place).
  const firstPrep = words.findIndex((w, i) => i > 0 && PREPS.has(w));
  const limit = firstPrep === -1 ? words.length : firstPrep;
  let role: { at: number; len: number } | undefined;
  for (let i = 0; i < limit; i++) {
    for (let n = Math.min(lex.maxRoleWords, limit - i); n >= 1; n--) {
      if (lex.isRole(words.slice(i, i + n)) && !lex.rankModifiers.has(words[i]!)) {
        role = { at: i, len: n };
        i += n - 1;
        break;
      }
    }
  }
  const subject = new Set<string>();
  words.forEach((w, i) => {
    if (role && i >= role.at && i < role.at + role.len) return;
    if (lex.portfolio.has(w)) subject.add(w);
    else if (firstPrep !== -1 && i > firstPrep && !PREPS.has(w) && !DETERMINERS.has(w) && !lex.rankModifiers.has(w)) subject.add(w);
  });
  const roleText = role ? words.slice(role.at, role.at + role.len).join(' ') : undefined;
  const cmp = roleText ? compareTitle(text, roleText, [], lex) : undefined;
  return {
    doc,
    start,
    end,
    text,
    words,
    ...(roleText ? { role: roleText } : {}),
    ...(cmp?.verdict === 'conflict' && cmp.modifier ? { modifier: cmp.modifier } : {}),
    subject,
  };
}

type Relation = 'same' | 'modifier' | 'post' | 'unrelated';

function relate(corpus: Corpus, a: Phrase, b: Phrase): Relation {
  const lex = corpus.lexicon;
  if (compareTitle(a.text, b.text, [], lex).verdict === 'agreement' || compareTitle(b.text, a.text, [], lex).verdict === 'agreement') return 'same';
  if (a.role && a.role === b.role) {
    if ((a.modifier ?? '') !== (b.modifier ?? '')) return 'modifier';
    if (a.subject.size && b.subject.size && ![...a.subject].some((w) => b.subject.has(w))) return 'post';
    return 'same';
  }
  if ([...a.subject].some((w) => b.subject.has(w))) return 'same';
  return 'unrelated';
}

/** Title proposals, one per person with titles in the articles. */
export function discoverTitles(corpus: Corpus, persons: readonly Person[], minArticles: number): Proposal[] {
  const proposals: Proposal[] = [];
  // A phrase holding someone's name is no title ("City Councilwoman Maria Okonkwo ousted
  // Mayor", read leftwards from "Daniel Hartley" across a verb the title reader missed).
  const names = persons.flatMap((p) => p.writings).filter((w) => w.includes(' '));
  for (const person of persons) {
    const claimLike = { forms: nameForms(person.name, person.writings), aliases: [] } as unknown as TitleClaim;
    const phrases: Phrase[] = [];
    // Only articles where one of the person's surnames (as written) occurs.
    const surnames = [...new Set(person.writings.map((w) => foldString(w.split(' ').pop()!)))];
    for (const doc of corpus.docs) {
      if (!surnames.some((s) => doc.folded.text.includes(s))) continue;
      const seen = new Set<number>();
      for (const occ of findPerson(claimLike, doc, corpus.lexicon)) {
        const t = readTitle(doc.text, doc.sentenceOf(occ), occ, corpus.lexicon);
        if (!t || seen.has(t.start) || names.some((n) => t.text.includes(n))) continue;
        seen.add(t.start);
        phrases.push(analyse(corpus, doc, t.start, t.end, t.text));
      }
    }
    if (phrases.length < 2) continue;
    const p = personProposal(corpus, person, phrases, minArticles);
    if (p) proposals.push(p);
  }
  return proposals;
}

function personProposal(corpus: Corpus, person: Person, phrases: readonly Phrase[], minArticles: number): Proposal | undefined {
  const n = phrases.length;
  const rel: Relation[][] = phrases.map((a) => phrases.map((b) => (a === b ? 'same' : relate(corpus, a, b))));
  // Posts: groups of phrases joined by "same".
  const comp = phrases.map((_, i) => i);
  const find = (i: number): number => (comp[i] === i ? i : (comp[i] = find(comp[i]!)));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rel[i]![j] === 'same') comp[find(i)] = find(j);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(i);
  const articles = (idx: readonly number[]): number => new Set(idx.map((i) => phrases[i]!.doc.source.id)).size;
  const ranked = [...groups.values()].sort((a, b) => articles(b) - articles(a) || b.length - a.length || a[0]! - b[0]!);
  const main = ranked[0]!;
  // Phrases that disagree with the main post (and no phrase of it agrees with them).
  const clashes = phrases
    .map((_, j) => j)
    .filter((j) => !main.includes(j) && main.some((i) => rel[i]![j] === 'modifier' || rel[i]![j] === 'post'));
  const disagreement = clashes.length > 0;
  const used = [...main, ...clashes];
  const sources = [...new Set(used.map((i) => phrases[i]!.doc.source.id))].sort();
  if (sources.length < minArticles || (!disagreement && articles(main) < Math.max(2, minArticles))) return undefined;

  // The value: the wording (a phrase, or a phrase without leading names such as "Mexican")
  // that most of the main post's phrases agree with; then the shortest.
  const lex = corpus.lexicon;
  const candidates = new Set<string>();
  for (const i of main) {
    const text = phrases[i]!.text;
    candidates.add(text);
    const trimmed = text.replace(/^(?:(?:\p{Lu}[\p{L}.]*|the)\s+)+/u, (lead) => {
      const kept = lead.split(/\s+/u).filter((w) => w && (lex.roles.has(roleWords(w).join(' ')) || lex.portfolio.has(roleWords(w).join(' ')) || lex.rankModifiers.has(roleWords(w).join(' ')) || lex.modifiers.has(roleWords(w).join(' '))));
      return kept.length ? `${kept.join(' ')} ` : '';
    });
    if (trimmed && trimmed !== text) candidates.add(trimmed.trim());
  }
  const agreeCount = (c: string): number => main.filter((i) => compareTitle(phrases[i]!.text, c, [], lex).verdict === 'agreement').length;
  // Most phrases agreeing; a bare role word ("Secretary") only when nothing fuller does as well;
  // then a wording without leading names ("Foreign Minister" for "Mexican Foreign Minister"),
  // the wording written most often, the shorter.
  const bare = (c: string): boolean => lex.isRole(roleWords(c));
  const written = (c: string): number => main.filter((i) => phrases[i]!.text === c).length;
  const value = [...candidates].sort(
    (a, b) =>
      agreeCount(b) - agreeCount(a) ||
      Number(bare(a)) - Number(bare(b)) ||
      Number(written(a) > 0) - Number(written(b) > 0) ||
      written(b) - written(a) ||
      a.split(/\s+/u).length - b.split(/\s+/u).length ||
      (a < b ? -1 : 1),
  )[0]!;
  const variants = [...new Set(main.filter((i) => compareTitle(phrases[i]!.text, value, [], lex).verdict !== 'agreement').map((i) => phrases[i]!.text))];
  // Clashes must still clash with the claim as written.
  const clashing = clashes.filter((j) => compareTitle(phrases[j]!.text, value, variants, lex).verdict === 'conflict');
  if (disagreement && clashing.length === 0) return undefined;

  const readingOf = (idx: readonly number[], agrees: boolean): Reading[] => {
    const by = new Map<string, number[]>();
    for (const i of idx) {
      const k = phrases[i]!.words.join(' ');
      (by.get(k) ?? by.set(k, []).get(k)!).push(i);
    }
    return [...by.values()]
      .sort((a, b) => articles(b) - articles(a) || a[0]! - b[0]!)
      .map((list) => {
        const evidence: Evidence[] = list.map((i) => corpus.evidence(phrases[i]!.doc, phrases[i]!.start, phrases[i]!.end));
        return { label: phrases[list[0]!]!.text, agrees, sources: [...new Set(evidence.map((e) => e.source))].sort(), evidence };
      });
  };
  const agreeing = readingOf(main, true);
  const others = readingOf(clashing, false);
  const readings = [...agreeing, ...others];
  const kinds = new Set(clashing.map((j) => (main.some((i) => rel[i]![j] === 'modifier') ? 'modifier' : 'post')));
  const says = (list: readonly Reading[]): string => list.map((r) => `"${r.label}" (${plural(r.sources.length, 'article')})`).join(', ');
  const summary = disagreement
    ? `different titles for ${person.name}: ${says(agreeing)} vs ${says(others)}`
    : `${plural(sources.length, 'article')} agree: ${says(agreeing)}`;
  const fields: [string, string | number | readonly string[]][] = [
    ['person', person.name],
    ['value', value],
  ];
  if (variants.length) fields.push(['variants', variants]);
  return {
    id: `title-${person.name}`,
    kind: 'title',
    status: disagreement ? 'disagreement' : 'agreement',
    subject: person.name,
    summary,
    score: (kinds.has('modifier') || !disagreement ? 0.9 : 0.75) + Math.min(sources.length, 5) * 0.005,
    tiedBy: [person.name],
    readings,
    sources,
    claim: {
      id: '',
      kind: 'title',
      subject: `title of ${person.name}`,
      fields,
      ...(disagreement ? { confirm: `confirm: articles call ${person.name} ${readings.map((r) => `"${r.label}"`).join(' and ')}` } : {}),
      examples: exampleSentences([...agreeing, ...others], disagreement),
    },
  };
}
