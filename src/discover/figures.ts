/**
 * Figures (issue 8, 2): numbers, read by the number reader the `quantity` kind uses, that
 * count the same thing — grouped across articles with their intervals; a group whose
 * intervals do not all intersect is a disagreement ("218,000" / "more than 220,000").
 *
 * What a figure counts (its **concept**) is read from, in order: the noun it counts
 * ("218,000 detentions"), the noun before "of" ("apprehensions of almost 191,000"), a word
 * joined by a hyphen ("6.2-magnitude"), the words after it ("368 people were injured",
 * "12 years in prison") and the words before it in its clause ("killed at least 247",
 * "Turnout was 38%"). A word of the figure lexicon (`words.ts`: deaths, injured, arrests,
 * jobs, votes, turnout, prison…) wins, so synonyms meet ("killed" / "deaths" / "death
 * toll"); otherwise the counted noun itself ("45-year low"). A figure with no concept is
 * never grouped.
 *
 * Two figures of one concept and unit class are the same quantity unless something says
 * otherwise (precision first: each rule removes a way two different quantities look alike):
 * - **modality**: an expectation ("economists had expected 175,000", "prosecutors sought
 *   15 years"), a previous value ("up from 31%", "down from 161,000"), a revision
 *   ("revised to 142,000") and a rate ("an average of 180,000 a month") are each their own
 *   quantity;
 * - **time anchor**: a date in the figure's clause far from the publication date (more than
 *   31 days) makes it another period's figure ("the 2009 L'Aquila quake killed 309",
 *   "4.9 percent in October"); two such figures meet only when their dates overlap; an
 *   undated figure meets one only from another article; "the same fiscal year" takes the
 *   article's previous anchor;
 * - **categories**: capitalised words in the counted noun ("Mexican citizens" /
 *   "Guatemalans" are different people; "non-Mexican nationals" takes in "Guatemalans");
 * - **owner**: the person the figure belongs to ("Okonkwo won 52.4 percent" /
 *   "Hartley's 44.1 percent"), and who counted when rival counters are named ("police
 *   said 12,000" / "organizers said 40,000");
 * - **narrowing words**: "net income" is not "income", "same-store sales" not "sales";
 * - **size**: figures more than a factor of 2 apart are different quantities, unless their
 *   digits are the same in another order ("14" / "41", a typo); a vague quantity ("tens of
 *   thousands") may agree with a group but never contradicts it;
 * - two figures of one sentence are never one quantity.
 * Groups are built greedily, a figure joining the group it is most alike with (sentence
 * words, IDF-weighted) among those it is compatible with *every* member of.
 */
import { foldString } from '../core/fold.js';
import type { Span } from '../core/span.js';
import type { AnalyzedSource } from '../extract/analyzed-source.js';
import { readDates, type DayRange } from '../extract/dates.js';
import type { Interval, NumberMention } from '../extract/numbers.js';
import { formatInterval, intersects } from '../kinds/quantity/index.js';
import type { Corpus } from './corpus.js';
import { plural } from './names.js';
import type { Evidence, Proposal, Reading } from './types.js';
import { GENERIC_PEOPLE, STOP, clauseOf, clauseStarts, figureClass, isContent, stem, wordsIn, type WordAt } from './words.js';

type Modality = 'actual' | 'expected' | 'previous' | 'revised';

/** A figure read for discovery. */
export interface Figure {
  readonly doc: AnalyzedSource;
  readonly sentence: Span;
  readonly m: NumberMention;
  readonly concept: string;
  /** The article's words that gave the concept ("detentions", "killed"). */
  readonly tie: string;
  /** True when the concept came from the lexicon (a synonym class), not a bare noun. */
  readonly lexical: boolean;
  readonly modality: Modality;
  readonly rate: boolean;
  /** Day range of the figure's time anchor; undefined: none; `current`: near publication. */
  readonly anchor?: DayRange | 'current';
  /** Category words of the counted noun, folded and stemmed; `non-` ones negated. */
  readonly markers: ReadonlySet<string>;
  readonly negated: ReadonlySet<string>;
  /** The person the figure belongs to (a surname), if any. */
  readonly owner?: string;
  /** Who counted it, when that is one of the usual rival counters (police, organizers…). */
  readonly source?: string;
  /** A representative size (for the factor-of-2 rule), or NaN for vague quantities ("hundreds"). */
  readonly size: number;
}

const AUXILIARIES = new Set(['were', 'was', 'had', 'have', 'has', 'been', 'being', 'are', 'is', 'be', 'also', 'reportedly', 'now', 'still', 'all', 'mainly', 'mostly', 'of', 'them', 'in', 'for', 'left']);
const STOP_AFTER = new Set(['and', 'or', 'but', 'while', 'as', 'when', 'which', 'who', 'that', 'than', 'to', 'from', 'with', 'after', 'before', 'since']);
const EXPECTED = new Set(['expect', 'expected', 'expects', 'expectation', 'expectations', 'forecast', 'forecasts', 'forecasted', 'predicted', 'prediction', 'projected', 'projection', 'estimate', 'estimates', 'analysts', 'survey', 'poll', 'polled', 'consensus', 'sought', 'seek', 'seeking', 'asked', 'request', 'requested', 'proposed', 'recommended', 'target', 'called', 'wanted']);
const RELATIVES = new Set(['who', 'whose', 'whom', 'which', 'where', 'while']);
const PREVIOUS = new Set(['previously', 'initially', 'originally', 'prior']);
const REVISED = new Set(['revised', 'revision', 'revisions', 'downwardly', 'upwardly']);
const RATE_BEFORE = new Set(['average', 'averaged', 'averaging', 'averages', 'per', 'hourly', 'annual', 'annually', 'monthly', 'weekly', 'daily', 'yearly']);
const RATE_AFTER = /^\s*(?:a|an|per|each)\s+(?:month|year|week|day|hour|minute|quarter|person|head|capita)\b/iu;
/** Head nouns that name a change, not a thing: "a 178,000 gain in payrolls". */
const CHANGE_HEADS = new Set(['gain', 'gains', 'increase', 'increases', 'rise', 'rises', 'drop', 'drops', 'decline', 'declines', 'fall', 'falls', 'jump', 'jumps', 'advance', 'advances', 'growth', 'addition', 'additions', 'loss', 'losses', 'cut', 'cuts']);
const VAGUE_TOTALS = new Set(['number', 'total', 'tally', 'count', 'average', 'share', 'proportion', 'majority', 'estimate', 'sum', 'amount', 'level', 'rate', 'figure', 'figures']);
/** Words before a figure's word that make it another quantity: "net income", "same-store sales". */
const CONCEPT_MODIFIERS = new Set(['net', 'gross', 'adjusted', 'operating', 'core', 'underlying', 'comparable', 'organic', 'total', 'annual', 'quarterly']);
/** Who counted, when two counters are known to differ: police and organizers count crowds differently. */
const COUNTERS = new Set(['police', 'organizer', 'organiser', 'union', 'government', 'opposition', 'rebel', 'activist', 'army', 'military', 'witness', 'hospital', 'company', 'management', 'worker']);
const SAYS = /^(?:said|say|says|estimated|estimates|estimate|put|puts|gave|give|gives|reported|report|reports|counted|count|claimed|claim|claims)$/u;
/** "the same fiscal year", "that year": a reference to the period named before. */
const SAME_PERIOD = /\b(?:the\s+same|that)\s+(?:fiscal\s+|financial\s+|calendar\s+)?(?:year|month|quarter|period|week)\b/iu;
const BOUNDS = new Set(['since', 'until', 'till', 'through', 'by']);

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** A range within 31 days of the publication date is the story's own time. */
function isCurrent(r: DayRange, published: string | null): boolean {
  if (published === null) return false;
  const p = dayNumber(published);
  return dayNumber(r.last) >= p - 31 && dayNumber(r.first) <= p + 31;
}

function rangesMeet(a: DayRange, b: DayRange): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** A representative size of an interval: its finite ends' geometric mean. */
function sizeOf(iv: Interval, vague: boolean): number {
  if (vague) return NaN;
  const lo = Number.isFinite(iv.lo) ? Math.abs(iv.lo) : NaN;
  const hi = Number.isFinite(iv.hi) ? Math.abs(iv.hi) : NaN;
  if (!Number.isNaN(lo) && !Number.isNaN(hi)) return lo > 0 && hi > 0 ? Math.sqrt(lo * hi) : Math.max(lo, hi);
  return Number.isNaN(lo) ? hi : lo;
}

const VAGUE_QUALIFIERS = /^(?:dozens|hundreds|thousands|millions|billions|trillions|tens of|hundreds of|several|a few)/u;

/** The head of a noun phrase: the last word before "of", a comma or a conjunction. */
function headOf(words: readonly WordAt[], nounEnd: number, text: string): WordAt | undefined {
  let head: WordAt | undefined;
  for (const w of words) {
    if (w.end > nounEnd) break;
    head = w;
    const after = text.slice(w.end, w.end + 5);
    if (/^\s+of\s/u.test(after) || /^\s*,/u.test(after) || /^\s+(?:and|or)\s/u.test(after)) break;
  }
  return head;
}

/** Persons' surnames (canonical spellings): the last token of a two-word name that also stands alone. */
export type SurnameOf = (token: string) => string | undefined;

/** Reads every figure of the corpus with what it counts and what sets it apart. */
export function readFigures(corpus: Corpus, surnameOf: SurnameOf): Figure[] {
  const out: Figure[] = [];
  for (const doc of corpus.docs) {
    const published = corpus.effectiveDate(doc);
    let lastAnchor: DayRange | undefined;
    doc.sentences.forEach((sentence, si) => {
      const numbers = doc.numbersIn(si).filter((m) => !m.comparative);
      const dates = readDates(doc.text, sentence.start, sentence.end, published).filter((d) => d.range !== null);
      const text = doc.text;
      const words = wordsIn(text, sentence.start, sentence.end);
      const cuts = clauseStarts(text, sentence.start, sentence.end);
      // Time anchors (see the file comment): a date right after a figure ("142,000 in
      // October", "31% in the 2013 race") is that figure's; any other date frames every
      // figure of its clause ("The 2009 L'Aquila earthquake … killed 309"), except across a
      // gerund ("convicted in November of taking $400,000": the date is the conviction's).
      // "between 2012 and 2015" is one span; a bound ("since August 2007") anchors nothing.
      const spans: { start: number; end: number; range: DayRange }[] = [];
      for (const d of dates) {
        const before = words.filter((w) => w.end <= d.start);
        if (before.length && BOUNDS.has(before[before.length - 1]!.f)) continue;
        const prev = spans[spans.length - 1];
        if (prev && /^\s*(?:and|to|-|–|—)\s*$/u.test(text.slice(prev.end, d.start)) && /\b(?:between|from)\s+$/iu.test(text.slice(Math.max(0, prev.start - 10), prev.start))) {
          spans[spans.length - 1] = { start: prev.start, end: d.end, range: { first: prev.range.first, last: d.range!.last } };
          continue;
        }
        spans.push({ start: d.start, end: d.end, range: d.range! });
      }
      const own = new Map<NumberMention, DayRange[]>();
      const framed = new Map<NumberMention, DayRange[]>();
      for (const d of spans) {
        const clause = clauseOf(cuts, d.start);
        const attached = numbers.find((m) => /^[\s,]*(?:(?:in|for|during|of|on|at|from)\s+)?(?:the\s+)?$/iu.test(text.slice(m.noun ? m.noun.end : m.end, d.start)) && (m.noun ? m.noun.end : m.end) <= d.start);
        if (attached) {
          (own.get(attached) ?? own.set(attached, []).get(attached)!).push(d.range);
          continue;
        }
        for (const m of numbers) {
          if (clauseOf(cuts, m.start) !== clause) continue;
          const gap = m.end <= d.start ? text.slice(m.end, d.start) : text.slice(d.end, m.start);
          if (/\b\p{Ll}{2,}ing\b/u.test(gap)) continue;
          (framed.get(m) ?? framed.set(m, []).get(m)!).push(d.range);
        }
      }
      const samePeriod = SAME_PERIOD.test(text.slice(sentence.start, sentence.end));
      for (const m of numbers) {
        const f = describe(corpus, doc, sentence, words, cuts, numbers, m, surnameOf);
        let anchor: DayRange | 'current' | undefined;
        const ranges = own.get(m) ?? framed.get(m) ?? [];
        if (ranges.some((r) => isCurrent(r, published))) anchor = 'current';
        else if (ranges.length) anchor = ranges[0];
        else if (samePeriod && lastAnchor) anchor = lastAnchor;
        if (anchor !== undefined && anchor !== 'current') lastAnchor = anchor;
        if (!f) continue;
        out.push({ ...f, ...(anchor !== undefined ? { anchor } : {}) });
      }
    });
  }
  return out;
}

function describe(
  corpus: Corpus,
  doc: AnalyzedSource,
  sentence: Span,
  words: readonly WordAt[],
  cuts: readonly number[],
  numbers: readonly NumberMention[],
  m: NumberMention,
  surnameOf: SurnameOf,
): Omit<Figure, 'anchor'> | undefined {
  const text = doc.text;
  const clause = clauseOf(cuts, m.start);
  const inClause = (w: WordAt): boolean => clauseOf(cuts, w.start) === clause;
  const isNumberWord = (w: WordAt): boolean => numbers.some((n) => w.start < n.end && n.start < w.end);
  const nounWords = m.noun ? words.filter((w) => w.start >= m.noun!.start && w.end <= m.noun!.end) : [];
  const head = m.noun ? headOf(nounWords, m.noun.end, text) : undefined;

  // Words before the figure in its clause, nearest first, up to another figure.
  const before: WordAt[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (w.end > m.start) continue;
    if (!inClause(w) || isNumberWord(w) || before.length >= 12) break;
    before.push(w);
  }
  // The noun before "of": "apprehensions of almost 191,000", "a magnitude of 6.0".
  const ofNoun = before[0]?.f === 'of' ? before[1] : undefined;
  // A word joined by a hyphen: "6.2-magnitude".
  const hyphen = /^[-‐‑]([\p{L}]+)/u.exec(text.slice(m.end, m.end + 30));
  // Content words after the figure (and its noun) in its clause, auxiliaries skipped.
  const after: WordAt[] = [];
  const afterFrom = m.noun ? m.noun.end : m.end;
  for (const w of words) {
    if (w.start < afterFrom) continue;
    if (!inClause(w) || isNumberWord(w) || STOP_AFTER.has(w.f) || after.length >= 3) break;
    if (/[.;:!?]/u.test(text.slice(afterFrom, w.start))) break;
    if (AUXILIARIES.has(w.f) || STOP.has(w.f)) continue;
    after.push(w);
  }

  let concept: string | undefined;
  let tie: string | undefined;
  let lexical = false;
  const tryLexicon = (w: WordAt | string | undefined): boolean => {
    if (!w) return false;
    const raw = typeof w === 'string' ? w : w.raw;
    const c = figureClass(raw);
    if (!c) return false;
    concept = c;
    tie = raw;
    lexical = true;
    return true;
  };
  const peopleHead = head !== undefined && (GENERIC_PEOPLE.has(head.f) || CHANGE_HEADS.has(head.f) || /^\p{Lu}/u.test(head.raw));
  const hyphenWord = hyphen?.[1];
  const bareNoun = (w: WordAt | string | undefined): boolean => {
    if (!w) return false;
    const raw = typeof w === 'string' ? w : w.raw;
    const f = foldString(raw);
    if (f.length < 2 || STOP.has(f) || /^\p{N}/u.test(f)) return false;
    concept = `noun:${stem(f)}`;
    tie = raw;
    return true;
  };
  // "23 people were taken to hospital": the usual way of counting the injured.
  const hospital = /^[^.;:]{0,40}?\b(?:taken|rushed|admitted|airlifted|flown|sent)\s+to\s+(?:the\s+|a\s+|local\s+)?hospitals?\b/iu.exec(text.slice(m.end, sentence.end));
  const toHospital = (): boolean => {
    if (!hospital || clauseOf(cuts, m.end + hospital[0].length - 1) !== clause) return false;
    concept = 'injured';
    tie = 'hospital';
    lexical = true;
    return true;
  };
  // The counted noun first (a lexicon word in it, else the noun itself when it names
  // something: "45-year low"), then the words around the figure.
  void (
    tryLexicon(head) ||
    nounWords.some((w) => tryLexicon(w)) ||
    tryLexicon(ofNoun) ||
    tryLexicon(hyphenWord) ||
    tryLexicon(before[0]) ||
    (!peopleHead && bareNoun(head)) ||
    toHospital() ||
    (ofNoun !== undefined && !VAGUE_TOTALS.has(ofNoun.f) && bareNoun(ofNoun)) ||
    after.some((w) => tryLexicon(w)) ||
    before.some((w) => tryLexicon(w)) ||
    bareNoun(hyphenWord)
  );
  if (!concept || !tie) return undefined;
  // "net income", "same-store sales": the word before the figure's word narrows it.
  const tieWord = words.find((w) => w.raw === tie && w.start >= sentence.start);
  if (tieWord) {
    const k = words.indexOf(tieWord);
    const prev = words[k - 1];
    if (prev && text.slice(prev.end, tieWord.start).trim() === '' && (CONCEPT_MODIFIERS.has(prev.f) || (/^\p{Ll}+[-‐‑]\p{Ll}+$/u.test(prev.raw) && !isNumberWord(prev)))) {
      concept = `${concept}|${prev.f}`;
      tie = `${prev.raw} ${tie}`;
    }
  }

  // Modality: words before the figure in its clause; after it, only an expectation
  // ("the 175,000 economists expected"), up to the next figure.
  const nextNumber = numbers.find((n) => n.start >= m.end)?.start ?? Infinity;
  const afterNear = words.filter((w) => w.start >= m.end && w.start < nextNumber && inClause(w)).slice(0, 4);
  // Before the figure, up to a relative pronoun: in "the 19% sought by the union, whose
  // members voted 89%", "sought" is not about 89%.
  const stop = before.findIndex((w) => RELATIVES.has(w.f));
  const lead = stop === -1 ? before : before.slice(0, stop);
  let modality: Modality = 'actual';
  if (lead.some((w) => REVISED.has(w.f))) modality = 'revised';
  else if (before[0]?.f === 'from' || lead.slice(0, 3).some((w) => PREVIOUS.has(w.f))) modality = 'previous';
  else if (lead.some((w) => EXPECTED.has(w.f)) || afterNear.some((w) => EXPECTED.has(w.f))) modality = 'expected';
  const rate = before.slice(0, 6).some((w) => RATE_BEFORE.has(w.f)) || nounWords.some((w) => RATE_BEFORE.has(w.f)) || RATE_AFTER.test(text.slice(afterFrom, afterFrom + 20));

  // Categories: capitalised words inside the counted noun ("Mexican citizens", "non-Mexican nationals").
  const markers = new Set<string>();
  const negated = new Set<string>();
  for (const w of nounWords) {
    const non = /^non[-‐‑](\p{Lu}[\p{L}]*)/u.exec(w.raw);
    if (non) negated.add(stem(non[1]!));
    else if (/^\p{Lu}/u.test(w.raw) && w.start !== sentence.start) markers.add(stem(w.f));
  }
  // The owner: a possessive name right before ("Hartley's 44.1 percent"), or the nearest
  // person named before the figure in its clause ("Okonkwo won 52.4 percent").
  let owner: string | undefined;
  for (const w of before) {
    const s = surnameOf(w.raw.replace(/['’]s$/u, ''));
    if (s) {
      owner = s;
      break;
    }
  }

  // Who counted: "police said 14 …", "… 40,000, organizers said", "according to police".
  let source: string | undefined;
  const clauseWords = words.filter(inClause);
  for (let k = 0; k < clauseWords.length; k++) {
    const w = clauseWords[k]!;
    const next = clauseWords[k + 1];
    const counter = (x: WordAt | undefined): string | undefined => (x && COUNTERS.has(stem(x.f)) ? stem(x.f) : undefined);
    const found = next && SAYS.test(next.f) ? counter(w) : w.f === 'according' && next?.f === 'to' ? counter(clauseWords[k + 2]?.f === 'the' ? clauseWords[k + 3] : clauseWords[k + 2]) : undefined;
    if (found) {
      source = found;
      break;
    }
  }

  const vague = m.qualifier !== null && VAGUE_QUALIFIERS.test(m.qualifier);
  return {
    doc,
    sentence,
    m,
    concept,
    tie,
    lexical,
    modality,
    rate,
    markers,
    negated,
    ...(owner ? { owner } : {}),
    ...(source ? { source } : {}),
    size: sizeOf(m.interval, vague),
  };
}

function bucketOf(f: Figure): string {
  return [f.m.unitClass, f.m.currency ?? '', f.m.timeUnit ?? '', f.concept].join('|');
}

function markersAgree(a: Figure, b: Figure): boolean {
  for (const x of a.markers) if (b.negated.has(x)) return false;
  for (const x of b.markers) if (a.negated.has(x)) return false;
  if (a.markers.size && b.markers.size && ![...a.markers].some((x) => b.markers.has(x))) return false;
  return true;
}

/**
 * Time anchors: the story's own time (`current`) never meets another period; two periods
 * meet when they overlap; an undated figure meets another period's figure only across
 * articles — an article that dates one figure and not another keeps them apart.
 */
function anchorsAgree(a: Figure, b: Figure): boolean {
  const x = a.anchor;
  const y = b.anchor;
  const past = (v: Figure['anchor']): v is DayRange => v !== undefined && v !== 'current';
  if (past(x) && past(y)) return rangesMeet(x, y);
  if (past(x) || past(y)) return (x === undefined || y === undefined) && a.doc !== b.doc;
  return true;
}

/** An undated figure next to another period's: allowed, but a worse match. */
function anchorPenalty(a: Figure, b: Figure): number {
  return (a.anchor === undefined) !== (b.anchor === undefined) && (a.anchor !== 'current' && b.anchor !== 'current') ? 0.5 : 0;
}

/** Whether two figures may be one quantity (the rules in the file comment). */
function compatible(a: Figure, b: Figure): boolean {
  if (a.doc === b.doc && a.sentence.start === b.sentence.start) return false;
  if (a.modality !== b.modality || a.rate !== b.rate) return false;
  if (a.m.currency && b.m.currency && a.m.currency !== b.m.currency) return false;
  if (!anchorsAgree(a, b) || !markersAgree(a, b)) return false;
  if (a.owner && b.owner && a.owner !== b.owner) return false;
  if (a.source && b.source && a.source !== b.source) return false;
  // A vague quantity ("tens of thousands") may agree with a group, never contradict it.
  if ((Number.isNaN(a.size) || Number.isNaN(b.size)) && !intersects(a.m.interval, b.m.interval)) return false;
  if (!Number.isNaN(a.size) && !Number.isNaN(b.size) && a.size > 0 && b.size > 0) {
    if (Math.max(a.size, b.size) / Math.min(a.size, b.size) > 2 && !transposed(a.m.value, b.m.value)) return false;
  }
  return true;
}

/** The same digits in another order ("14" / "41", "48,000" / "84,000"): a classic typo, whatever the ratio. */
function transposed(a: number, b: number): boolean {
  const da = String(Math.abs(a)).replace(/\D/gu, '');
  const db = String(Math.abs(b)).replace(/\D/gu, '');
  return da !== db && da.length === db.length && [...da].sort().join('') === [...db].sort().join('');
}

/** How far apart two figures' sizes are: |ln(a / b)|, 0 when unknown. */
function distance(a: Figure, b: Figure): number {
  if (Number.isNaN(a.size) || Number.isNaN(b.size) || a.size <= 0 || b.size <= 0) return 0;
  return Math.abs(Math.log(a.size / b.size));
}

/** Greedy complete-linkage groups within each concept bucket. */
export function groupFigures(corpus: Corpus, figures: readonly Figure[]): Figure[][] {
  const buckets = new Map<string, Figure[]>();
  for (const f of figures) (buckets.get(bucketOf(f)) ?? buckets.set(bucketOf(f), []).get(bucketOf(f))!).push(f);
  const groups: Figure[][] = [];
  for (const key of [...buckets.keys()].sort()) {
    const list = buckets.get(key)!;
    const clusters: Figure[][] = [];
    for (const f of list) {
      let best: Figure[] | undefined;
      let bestScore = -Infinity;
      for (const c of clusters) {
        if (!c.every((g) => compatible(f, g))) continue;
        // Alike sentences, agreeing values, consistent periods.
        const score =
          c.reduce((s, g) => s + corpus.similarity({ doc: f.doc, span: f.sentence }, { doc: g.doc, span: g.sentence }) - anchorPenalty(f, g) - 3 * distance(f, g), 0) / c.length +
          (c.every((g) => intersects(f.m.interval, g.m.interval)) ? 0.5 : 0);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (best) best.push(f);
      else clusters.push([f]);
    }
    groups.push(...clusters.filter((c) => c.length >= 2));
  }
  return groups;
}

function sameInterval(a: Interval, b: Interval): boolean {
  return a.lo === b.lo && a.hi === b.hi && a.loOpen === b.loOpen && a.hiOpen === b.hiOpen;
}

function contains(iv: Interval, x: number): boolean {
  return (x > iv.lo || (x === iv.lo && !iv.loOpen)) && (x < iv.hi || (x === iv.hi && !iv.hiOpen));
}

/** The figure as people read it, without its counted noun: "more than 220,000", "4.6 percent". */
function stated(f: Figure): string {
  return f.m.text.replace(/\s+/gu, ' ');
}

const UNIT_WORD: Record<string, string> = { percent: 'percent', 'percentage-points': 'percentage points' };

/** Builds the proposal of one group. */
export function figureProposal(group: readonly Figure[], minArticles: number): Proposal | undefined {
  const sources = [...new Set(group.map((f) => f.doc.source.id))].sort();
  const all = group.every((f, i) => group.every((g, j) => j <= i || intersects(f.m.interval, g.m.interval)));
  // "do not all intersect": the intersection of every interval is empty.
  let lo = -Infinity;
  let hi = Infinity;
  let loOpen = true;
  let hiOpen = true;
  for (const f of group) {
    const iv = f.m.interval;
    if (iv.lo > lo || (iv.lo === lo && iv.loOpen)) {
      lo = iv.lo;
      loOpen = iv.loOpen;
    }
    if (iv.hi < hi || (iv.hi === hi && iv.hiOpen)) {
      hi = iv.hi;
      hiOpen = iv.hiOpen;
    }
  }
  const common = lo < hi || (lo === hi && !loOpen && !hiOpen);
  const disagreement = !common || !all;
  if (sources.length < minArticles || (!disagreement && sources.length < Math.max(2, minArticles))) return undefined;
  // "two nations", "three towns": small counts that agree are no claim worth writing.
  if (!disagreement && group.every((f) => f.m.unitClass === 'count' && Math.abs(f.m.value) < 10)) return undefined;

  // Readings: one per interval.
  const byInterval: Figure[][] = [];
  for (const f of group) {
    const r = byInterval.find((list) => sameInterval(list[0]!.m.interval, f.m.interval));
    if (r) r.push(f);
    else byInterval.push([f]);
  }
  // The value: the stated number inside the most articles' intervals; then an exact
  // figure, more articles, earlier source.
  const articlesIn = (x: number): number => new Set(group.filter((f) => contains(f.m.interval, x)).map((f) => f.doc.source.id)).size;
  const candidates = byInterval.map((list) => {
    const f = list[0]!;
    const x = f.m.value;
    return { list, x, cover: articlesIn(x), exact: f.m.qualifier === null, articles: new Set(list.map((g) => g.doc.source.id)).size };
  });
  candidates.sort((a, b) => b.cover - a.cover || Number(b.exact) - Number(a.exact) || b.articles - a.articles || (a.list[0]!.doc.source.id < b.list[0]!.doc.source.id ? -1 : 1));
  const chosen = candidates[0]!;
  // Where every article agrees but no stated number lies in every interval ("more than 400"
  // and "over 400"), a 1% tolerance makes the claim agree with all of them.
  let tolerance: string | undefined;
  if (!disagreement && chosen.cover < sources.length) {
    const t = Math.abs(chosen.x) * 0.01;
    const widened: Interval = { lo: chosen.x - t, hi: chosen.x + t, loOpen: false, hiOpen: false };
    if (group.every((f) => intersects(widened, f.m.interval))) tolerance = '1%';
  }
  const order = [chosen, ...candidates.filter((c) => c !== chosen)];
  const readings: Reading[] = order.map(({ list }) => {
    const texts = new Map<string, number>();
    for (const f of list) texts.set(stated(f), (texts.get(stated(f)) ?? 0) + 1);
    const label = [...texts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const evidence: Evidence[] = list.map((f) => evidenceOf(f));
    const iv = list[0]!.m.interval;
    const t = tolerance ? Math.abs(chosen.x) * 0.01 : 0;
    const agrees = intersects(iv, { lo: chosen.x - t, hi: chosen.x + t, loOpen: false, hiOpen: false });
    return { label: `${label} (${formatInterval(iv)})`, agrees, sources: [...new Set(list.map((f) => f.doc.source.id))].sort(), evidence };
  });

  const first = group[0]!;
  const unitClass = first.m.unitClass;
  const ties = uniqueFolded(group.map((f) => f.tie));
  // What it counts, for people: the proposed reading's own noun when it names something
  // ("detentions of non-Mexican nationals"), else the lexicon class ("deaths") or the noun.
  const lead = chosen.list[0]!;
  const leadHead = lead.m.noun ? stem(lead.m.noun.text.split(/\s+of\s+|,|\s+and\s+/u)[0]!.split(/\s+/u).pop() ?? '') : '';
  const what =
    lead.m.noun && lead.m.noun.text.length <= 60 && !GENERIC_PEOPLE.has(leadHead) && !/^\p{Lu}/u.test(lead.m.noun.text) && lead.m.noun.text.includes(lead.tie)
      ? lead.m.noun.text.replace(/\s+/gu, ' ')
      : first.concept.startsWith('noun:') || first.concept.includes('|') ? lead.tie.toLowerCase() : first.concept;
  const unitLabel = unitClass === 'currency' ? (first.m.currency ?? 'money') : unitClass === 'time' ? (first.m.timeUnit ?? 'time') : unitClass === 'count' ? 'count' : UNIT_WORD[unitClass] ?? unitClass;
  const subject = `${what} (${unitLabel})`;
  const says = readings.map((r) => `${r.label.replace(/ \([^)]*\)$/u, '')} (${plural(r.sources.length, 'article')})`);
  const summary = disagreement
    ? `figures that cannot all be true: ${says.join(' vs ')}`
    : `${plural(sources.length, 'article')} agree: ${says.join(', ')}`;

  const fields: [string, string | number | readonly string[]][] = [['value', chosen.x]];
  if (unitClass === 'currency' && first.m.currency) fields.push(['unit', first.m.currency]);
  else if (unitClass === 'percent') fields.push(['unit', 'percent']);
  else if (unitClass === 'percentage-points') fields.push(['unit', 'percentage points']);
  else if (unitClass === 'time' && first.m.timeUnit) fields.push(['unit', first.m.timeUnit]);
  if (tolerance) fields.push(['tolerance', tolerance]);
  fields.push(['cues', ties]);
  const examples = exampleSentences(readings, disagreement);
  const lexical = group.every((f) => f.lexical);
  return {
    id: `figure-${what}`,
    kind: 'quantity',
    status: disagreement ? 'disagreement' : 'agreement',
    subject,
    summary,
    score: (lexical ? 0.9 : 0.8) + Math.min(sources.length, 5) * 0.005,
    tiedBy: ties,
    readings,
    sources,
    claim: {
      id: '',
      kind: 'quantity',
      subject,
      fields,
      ...(disagreement ? { confirm: `confirm: articles say ${readings.map((r) => r.label.replace(/ \([^)]*\)$/u, '')).join(' and ')}` } : {}),
      examples,
    },
  };
}

function evidenceOf(f: Figure): Evidence {
  const doc = f.doc;
  const pos = doc.source.position(f.m.start);
  return {
    source: doc.source.id,
    path: doc.source.path,
    offset: f.m.start,
    length: f.m.end - f.m.start,
    line: pos.line,
    column: pos.column,
    text: f.m.text,
    sentence: doc.text.slice(f.sentence.start, f.sentence.end).replace(/\s+/gu, ' ').trim(),
  };
}

/** Example sentences: the first reading's agree, the others conflict (checked before writing). */
export function exampleSentences(readings: readonly Reading[], disagreement: boolean): { text: string; verdict: 'agreement' | 'conflict' }[] {
  const out: { text: string; verdict: 'agreement' | 'conflict' }[] = [];
  const seen = new Set<string>();
  const add = (r: Reading, verdict: 'agreement' | 'conflict', max: number): void => {
    let n = 0;
    for (const e of r.evidence) {
      if (n >= max) break;
      if (seen.has(e.sentence) || e.sentence.length > 400) continue;
      seen.add(e.sentence);
      out.push({ text: e.sentence, verdict });
      n++;
    }
  };
  // At most four: two that agree, then the disagreeing readings one each (an agreement: three).
  const [first, ...rest] = readings;
  if (first) add(first, 'agreement', disagreement ? 1 : 2);
  for (const r of rest.filter((x) => !x.agrees)) add(r, 'conflict', 1);
  for (const r of rest.filter((x) => x.agrees)) if (out.length < (disagreement ? 4 : 3)) add(r, 'agreement', 1);
  if (out.length < (disagreement ? 4 : 3) && first) add(first, 'agreement', 1);
  return out.slice(0, Math.max(disagreement ? 4 : 3, out.filter((e) => e.verdict === 'conflict').length + 1));
}

/** Distinct words, compared folded, in first-seen order. */
export function uniqueFolded(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of words) {
    const k = foldString(w);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(w);
  }
  return out;
}

