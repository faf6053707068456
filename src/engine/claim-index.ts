/**
 * One index over all the claims of a run (ARCHITECTURE property 6, "extract once, judge
 * many"): built once, it tells for each article which claims can give a mention there.
 * Only those pairs are judged; every other pair is an `absent` omission by construction,
 * and is never looked at. Cost per article: its words, name tokens and quoted passages,
 * each looked up once, plus the candidates — not the number of claims.
 *
 * The sub-indexes over-approximate the judges (a candidate may still give nothing; a
 * non-candidate never gives anything), so the report is the one judging every pair gives.
 */
import type { AnalyzedSource } from '../extract/analyzed-source.js';
import type { Claim } from '../kinds/registry.js';
import { CandidateSet } from './candidates.js';
import { CueIndex, type CueEntry } from './cue-index.js';
import { PersonIndex, type PersonEntry } from './name-index.js';
import { QuoteIndex, type QuoteEntry } from './quote-index.js';

export class ClaimIndex {
  private readonly cues: CueIndex;
  private readonly people: PersonIndex;
  private readonly quotes: QuoteIndex;
  private readonly set: CandidateSet;
  private readonly always: readonly number[];

  constructor(claims: readonly Claim[]) {
    const cues: CueEntry[] = [];
    const people: PersonEntry[] = [];
    const quotes: QuoteEntry[] = [];
    const always: number[] = [];
    claims.forEach((c, i) => {
      if (c.kind === 'quantity' || c.kind === 'date') cues.push({ claim: i, cues: c.terms.cues.info });
      else if (c.kind === 'name' || c.kind === 'title') people.push({ claim: i, forms: c.forms });
      else if (c.kind === 'quote') quotes.push({ claim: i, value: c.value });
      // A kind this index does not know yet is judged against every article: right, if slower.
      else always.push(i);
    });
    this.always = always;
    this.cues = new CueIndex(cues);
    this.people = new PersonIndex(people);
    this.quotes = new QuoteIndex(quotes);
    this.set = new CandidateSet(claims.length);
  }

  /** The claims (by number, ascending) that may give a mention in `doc`. */
  candidates(doc: AnalyzedSource): number[] {
    this.cues.collect(doc, this.set);
    this.people.collect(doc, this.set);
    this.quotes.collect(doc, this.set);
    for (const c of this.always) this.set.add(c);
    return this.set.take();
  }
}
