/**
 * `crosscheck discover` as a library (issue 8): read a pile of articles on one story with
 * the readers the kinds use, line up what they say about the same thing, and propose
 * claims — most useful first: where the articles disagree.
 *
 * Pure: sources in, a ranked {@link Discovery} out; no I/O, no clock. The CLI
 * (`cli/discover.ts`) loads the sources, renders the result and writes the claim file.
 */
import type { SourceFile } from '../core/source-file.js';
import type { ClaimKind } from '../report/types.js';
import { Corpus } from './corpus.js';
import { discoverDates } from './dates.js';
import { figureProposal, groupFigures, readFigures } from './figures.js';
import { discoverNames, readSegments, surnameIndex } from './names.js';
import { discoverQuotes } from './quotes.js';
import { discoverTitles, findPersons } from './titles.js';
import type { DiscoverOptions, Discovery, Proposal } from './types.js';
import { verifyProposal } from './verify.js';
import { slug } from './words.js';
import type { KindEnv } from '../kinds/types.js';

export type { DiscoverOptions, Discovery, Evidence, Proposal, ProposedClaim, Reading } from './types.js';

/** Kinds in the order they are listed when everything else is equal. */
const KIND_ORDER: readonly ClaimKind[] = ['name', 'quantity', 'date', 'title', 'quote'];
const ID_PREFIX: Record<ClaimKind, string> = { name: 'name', quantity: 'figure', date: 'date', title: 'title', quote: 'quote' };

/** Discovers what the articles say about the same things, ranked: disagreements first. */
export function discover(sources: readonly SourceFile[], options: DiscoverOptions = {}): Discovery {
  const minArticles = Math.max(1, Math.floor(options.minArticles ?? 1));
  const corpus = new Corpus(sources, options.roles ?? []);
  const segments = readSegments(corpus);
  const names = discoverNames(corpus, segments, minArticles);
  const persons = findPersons(segments, names.canonical);
  const figures = readFigures(corpus, surnameIndex(segments, names.canonical));
  const found: Proposal[] = [
    ...names.proposals,
    ...groupFigures(corpus, figures).flatMap((g) => figureProposal(g, minArticles) ?? []),
    ...discoverDates(corpus, segments, names.canonical, minArticles),
    ...discoverTitles(corpus, persons, minArticles),
    ...discoverQuotes(corpus, persons, minArticles),
  ];
  found.sort(compareProposals);
  const taken = new Set(options.takenIds ?? []);
  const env: KindEnv = { roles: corpus.lexicon };
  const proposals = found
    .map((p) => {
      const base = `${ID_PREFIX[p.kind]}-${slug(p.id.replace(/^[a-z]+-/u, ''), 5)}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      const v = verifyProposal(corpus, { ...p, id, claim: { ...p.claim, id } }, env);
      // A claim that does not reproduce its group is less sure: it ranks a little lower.
      return { ...v.proposal, score: v.reproduced ? p.score : p.score - 0.1, reproduced: v.reproduced, ...(v.reproduced ? {} : { checkIssues: v.issues }) };
    })
    .sort(compareProposals);
  return {
    proposals,
    sources: corpus.docs.map((d) => ({ id: d.source.id, path: d.source.path, date: d.source.meta.date })),
  };
}

/** Disagreements first; then confidence, breadth, kind, subject (deterministic). */
export function compareProposals(a: Proposal, b: Proposal): number {
  return (
    Number(b.status === 'disagreement') - Number(a.status === 'disagreement') ||
    b.score - a.score ||
    b.sources.length - a.sources.length ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) ||
    (a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0)
  );
}
