/**
 * Quotes (issue 8, 5): the same speaker quoted with nearly the same words in different
 * articles, with the word diff.
 *
 * Quotations are the passages the quote reader finds, a passage split by its attribution
 * read as one (`continues`). Each quotation of six words or more is matched, as a `quote`
 * claim's value would be, against every other article (`matchQuote`): an exact or partial
 * quotation there is the same words; a quoted passage sharing at least 60% of the words
 * (SPEC §2) is the same quotation, altered. The speaker is the person named in the
 * quotation's sentences, outside the quotation marks; two quotations whose speakers are both
 * known and differ are never joined.
 */
import type { AnalyzedSource } from '../extract/analyzed-source.js';
import { matchName, nameForms } from '../kinds/name/match.js';
import { matchQuote } from '../kinds/quote/match.js';
import type { DiffPart } from '../report/types.js';
import type { Corpus } from './corpus.js';
import { oneLine } from './corpus.js';
import { plural } from './names.js';
import type { Person } from './titles.js';
import type { Evidence, Proposal, Reading } from './types.js';

interface Quotation {
  readonly doc: AnalyzedSource;
  readonly start: number;
  readonly end: number;
  /** The quoted words (the passages of a split quotation joined by a space). */
  readonly text: string;
  /** Folded words, for telling wordings apart. */
  readonly norm: string;
  readonly words: number;
  readonly speaker?: string;
  /** The sentences the quotation spans, whole. */
  readonly context: string;
}

const MIN_WORDS = 6;

function readQuotations(corpus: Corpus, persons: readonly Person[]): Quotation[] {
  const out: Quotation[] = [];
  const forms = persons.map((p) => ({ person: p.name, forms: nameForms(p.name, p.writings) }));
  for (const doc of corpus.docs) {
    const { words, passages } = doc.quoteIndex;
    const people = forms.flatMap(({ person, forms: f }) => matchName(doc.nameRuns, f, doc.text).map((m) => ({ person, start: m.start, end: m.end })));
    const chains: (typeof passages)[number][][] = [];
    for (const p of passages) {
      const last = chains[chains.length - 1];
      if (p.continues && last) last.push(p);
      else chains.push([p]);
    }
    for (const chain of chains) {
      const count = chain.reduce((n, p) => n + (p.wordTo - p.wordFrom), 0);
      if (count < 4) continue;
      const start = chain[0]!.start;
      const end = chain[chain.length - 1]!.end;
      const text = chain.map((p) => doc.text.slice(p.start, p.end)).join(' ');
      const norm = chain.flatMap((p) => words.slice(p.wordFrom, p.wordTo).map((w) => w.norm)).join(' ');
      const first = doc.sentenceOf({ start, end: start });
      const lastS = doc.sentenceOf({ start: end - 1, end });
      const from = Math.min(first.start, start);
      const to = Math.max(lastS.end, end);
      // The speaker: a person named in those sentences, outside the quoted words, nearest.
      const outside = people.filter((o) => o.start >= from && o.end <= to && !chain.some((p) => o.start < p.end && p.start < o.end));
      outside.sort((a, b) => Math.min(Math.abs(a.start - end), Math.abs(a.end - start)) - Math.min(Math.abs(b.start - end), Math.abs(b.end - start)));
      out.push({ doc, start, end, text, norm, words: count, ...(outside[0] ? { speaker: outside[0].person } : {}), context: oneLine(doc.text.slice(from, to)) });
    }
  }
  return out;
}

interface Edge {
  readonly a: number;
  readonly b: number;
  readonly altered: boolean;
}

/** Quote proposals: altered quotations first, quotations several articles agree on after. */
export function discoverQuotes(corpus: Corpus, persons: readonly Person[], minArticles: number): Proposal[] {
  const qs = readQuotations(corpus, persons);
  const edges: Edge[] = [];
  const at = (doc: AnalyzedSource, start: number, end: number): number => qs.findIndex((q) => q.doc === doc && q.start < end && start < q.end);
  // Which articles can hold the quotation: all its words (an exact quotation), or four of
  // them inside its quoted passages (a partial or altered one). Saves most matchQuote calls.
  const vocab = corpus.docs.map((doc) => {
    const { words, passages } = doc.quoteIndex;
    const quoted = new Set<string>();
    for (const p of passages) for (let k = p.wordFrom; k < p.wordTo; k++) quoted.add(words[k]!.norm);
    return { all: new Set(words.map((w) => w.norm)), quoted };
  });
  qs.forEach((q, i) => {
    if (q.words < MIN_WORDS) return;
    const distinct = [...new Set(q.norm.split(' '))];
    corpus.docs.forEach((doc, d) => {
      if (doc === q.doc) return;
      const v = vocab[d]!;
      if (distinct.filter((w) => v.quoted.has(w)).length < 4 && !distinct.every((w) => v.all.has(w))) return;
      for (const m of matchQuote(doc.quoteIndex, q.text)) {
        const j = at(doc, m.start, m.end);
        if (j < 0 || j === i) continue;
        const other = qs[j]!;
        if (q.speaker && other.speaker && q.speaker !== other.speaker) continue;
        if (m.verdict === 'conflict' && Math.min(q.words, other.words) < MIN_WORDS) continue;
        edges.push({ a: i, b: j, altered: m.verdict === 'conflict' });
      }
    });
  });
  // Groups: quotations joined by any edge.
  const parent = qs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const e of edges) parent[find(e.a)] = find(e.b);
  const groups = new Map<number, number[]>();
  for (const e of edges) for (const i of [e.a, e.b]) {
    const list = groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!;
    if (!list.includes(i)) list.push(i);
  }
  const proposals: Proposal[] = [];
  for (const members of groups.values()) {
    members.sort((x, y) => x - y);
    const p = quoteProposal(corpus, qs, members, edges, minArticles);
    if (p) proposals.push(p);
  }
  return proposals;
}

function quoteProposal(corpus: Corpus, qs: readonly Quotation[], members: readonly number[], edges: readonly Edge[], minArticles: number): Proposal | undefined {
  const sources = [...new Set(members.map((i) => qs[i]!.doc.source.id))].sort();
  // Wordings: quotations with the same words are one reading.
  const byWords = new Map<string, number[]>();
  for (const i of members) (byWords.get(qs[i]!.norm) ?? byWords.set(qs[i]!.norm, []).get(qs[i]!.norm)!).push(i);
  const articles = (list: readonly number[]): number => new Set(list.map((i) => qs[i]!.doc.source.id)).size;
  // The value: the wording most articles quote; then the fullest; then the earliest.
  const wordings = [...byWords.values()].sort((a, b) => articles(b) - articles(a) || qs[b[0]!]!.words - qs[a[0]!]!.words || a[0]! - b[0]!);
  const value = qs[wordings[0]![0]!]!;
  // Every wording is matched against the value as a claim would be: the same words, or altered.
  const altered = new Map<string, DiffPart[]>();
  for (const list of wordings.slice(1)) {
    const q = qs[list[0]!]!;
    const m = matchQuote(q.doc.quoteIndex, value.text).find((x) => x.start < q.end && q.start < x.end);
    if (m?.verdict === 'conflict') altered.set(q.norm, m.diff ?? []);
    else if (!m) return undefined; // not comparable with the value: not one quotation after all
  }
  const disagreement = altered.size > 0;
  if (disagreement && !edges.some((e) => e.altered && members.includes(e.a))) return undefined;
  if (sources.length < minArticles || (!disagreement && sources.length < Math.max(2, minArticles))) return undefined;
  const speaker = members.map((i) => qs[i]!.speaker).find((s) => s !== undefined);
  const readingOf = (list: readonly number[]): Reading => {
    const evidence: Evidence[] = list.map((i) => corpus.evidence(qs[i]!.doc, qs[i]!.start, qs[i]!.end));
    const agrees = !altered.has(qs[list[0]!]!.norm);
    return { label: `“${oneLine(qs[list[0]!]!.text)}”`, agrees, sources: [...new Set(evidence.map((e) => e.source))].sort(), evidence };
  };
  const same = wordings.filter((list) => !altered.has(qs[list[0]!]!.norm));
  const changed = wordings.filter((list) => altered.has(qs[list[0]!]!.norm));
  const readings = [...same, ...changed].map(readingOf);
  const diff = changed.length ? altered.get(qs[changed[0]![0]!]!.norm) : undefined;
  const lead = oneLine(value.text).split(/\s+/u).slice(0, 8).join(' ');
  const subject = `${speaker ?? 'unattributed'}: “${lead}${value.words > 8 ? '…' : ''}”`;
  const summary = disagreement
    ? `one quotation, different words: ${plural(same.length, 'wording')} agreeing with the value in ${plural(articles(same.flat()), 'article')}, ${plural(changed.length, 'altered wording')} in ${plural(articles(changed.flat()), 'article')}`
    : `${plural(sources.length, 'article')} quote the same words`;
  const examples: { text: string; verdict: 'agreement' | 'conflict' }[] = [];
  const seen = new Set<string>();
  for (const [list, verdict] of [...same.map((l) => [l, 'agreement'] as const), ...changed.map((l) => [l, 'conflict'] as const)]) {
    const ctx = qs[list[0]!]!.context;
    if (seen.has(ctx) || ctx.length > 600) continue;
    seen.add(ctx);
    examples.push({ text: ctx, verdict });
  }
  const fields: [string, string | number | readonly string[]][] = [];
  if (speaker) fields.push(['speaker', speaker]);
  fields.push(['value', oneLine(value.text)]);
  return {
    id: `quote-${speaker ?? 'unattributed'}-${lead}`,
    kind: 'quote',
    status: disagreement ? 'disagreement' : 'agreement',
    subject,
    summary,
    score: (disagreement ? 0.85 : 0.8) + Math.min(sources.length, 5) * 0.005,
    tiedBy: speaker ? [speaker] : [],
    readings,
    ...(diff ? { diff } : {}),
    sources,
    claim: {
      id: '',
      kind: 'quote',
      subject: speaker ? `words of ${speaker}` : 'a quotation',
      fields,
      ...(disagreement ? { confirm: `confirm the wording: articles quote ${readings.map((r) => r.label).join(' and ')}` } : {}),
      examples,
    },
  };
}
