/**
 * Dates (issue 8, 3): events stated with dates that resolve differently across articles,
 * after publication-date resolution (the date reader the `date` kind uses, each article
 * resolved against its own publication date; an undated article's weekday stays a weekday
 * and is compared as one).
 *
 * What a date dates (its **event**) is the nearest event word of its clause within six
 * words: a word of the event lexicon (`words.ts`: meeting, visit, quake, funeral, taking
 * office, election, sentencing, conviction, ruling, release…), else the verb right before
 * it ("dug … on Thursday"). The date of a saying ("said Friday") dates no event.
 *
 * Only dates precise to a week or better take part (a weekday, a day, "this week",
 * "Dec. 13-14"): "last month" and "in 2009" agree with too much to be worth a claim, and
 * "the 2013 race" is another occurrence of the event, not a wrong date. Two dates are of
 * one event when they have the same event word, lie in different sentences, at most 14
 * days apart, and their sentences share a name or some rarer words.
 */
import type { Span } from '../core/span.js';
import type { AnalyzedSource } from '../extract/analyzed-source.js';
import { dateAgrees, type DateMention, type DayRange } from '../extract/dates.js';
import type { Corpus } from './corpus.js';
import { exampleSentences, uniqueFolded } from './figures.js';
import { plural, type Segment } from './names.js';
import type { Evidence, Proposal, Reading } from './types.js';
import { REPORTING, clauseOf, clauseStarts, eventClass, isContent, stem, wordsIn, type WordAt } from './words.js';

interface DatedEvent {
  readonly doc: AnalyzedSource;
  readonly sentence: Span;
  readonly d: DateMention;
  readonly event: string;
  readonly tie: string;
  readonly lexical: boolean;
  readonly names: ReadonlySet<string>;
  /** "the next march", "another rally", "first elected": which occurrence of the event. */
  readonly occurrence: 'next' | 'previous' | 'this';
}

/** Base verbs after a modal that say nothing about the event. */
const STOP_VERBS = new Set(['be', 'have', 'do', 'get', 'go', 'come', 'take', 'make', 'see', 'stay', 'remain', 'continue', 'begin', 'start']);

const NEXT_WORDS = new Set(['next', 'another', 'again', 'following', 'upcoming', 'second']);
const PREVIOUS_WORDS = new Set(['previous', 'last', 'prior', 'earlier', 'first', 'former']);

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DATE_BOUNDS = new Set(['since', 'until', 'till', 'through']);
const MAX_DAYS = 7;
const MAX_GAP = 14;

function days(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** Every day of a (short) range, ISO. */
function daysOf(r: DayRange): string[] {
  const out: string[] = [];
  for (let n = days(r.first); n <= days(r.last) && out.length <= MAX_DAYS; n++) out.push(new Date(n * 86_400_000).toISOString().slice(0, 10));
  return out;
}

function precise(d: DateMention): boolean {
  if (d.range) return days(d.range.last) - days(d.range.first) + 1 <= MAX_DAYS;
  return d.weekday !== undefined || (d.month !== undefined && d.day !== undefined);
}

/** What the mention resolves to, for people: `2017-02-23`, `2017-02-20 … 2017-02-26`, `a Thursday`. */
function resolved(d: DateMention): string {
  if (d.range) return d.range.first === d.range.last ? d.range.first : `${d.range.first} … ${d.range.last}`;
  if (d.month !== undefined && d.day !== undefined) return `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}, year unknown`;
  if (d.weekday !== undefined) return `a ${WEEKDAYS[d.weekday]}, article undated`;
  return '?';
}

/** A weekday named alone ("Friday", "on Friday"), not "last Friday" or "Friday, Feb. 24". */
function bareWeekday(d: DateMention): boolean {
  return d.form === 'weekday' && /^\p{L}+$/u.test(d.text);
}

/**
 * Whether two mentions can be the same day(s). One weekday named alone in both is never a
 * disagreement: "Friday" in an article of Monday and in one of Tuesday resolve to different
 * Fridays (the nearest to each date), though both articles mean the same day.
 */
function agree(a: DateMention, b: DateMention): boolean {
  if (bareWeekday(a) && bareWeekday(b) && a.weekday === b.weekday) return true;
  if (a.range && b.range) return a.range.first <= b.range.last && b.range.first <= a.range.last;
  if (b.range) return dateAgrees(a, b.range);
  if (a.range) return dateAgrees(b, a.range);
  if (a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday) return false;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  return true;
}

function gapOk(a: DateMention, b: DateMention): boolean {
  if (!a.range || !b.range) return true;
  const gap = Math.max(days(a.range.first) - days(b.range.last), days(b.range.first) - days(a.range.last), 0);
  return gap <= MAX_GAP;
}

/** Reads the dated events of every article. */
export function readEvents(corpus: Corpus, segments: readonly Segment[], canonical: ReadonlyMap<string, string>): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const doc of corpus.docs) {
    const segs = segments.filter((s) => s.doc === doc);
    doc.sentences.forEach((sentence, si) => {
      const dates = doc.datesIn(si).filter(precise);
      if (dates.length === 0) return;
      const text = doc.text;
      const words = wordsIn(text, sentence.start, sentence.end);
      const cuts = clauseStarts(text, sentence.start, sentence.end);
      const inDate = (i: number): boolean => dates.some((d) => words[i]!.start < d.end && d.start < words[i]!.end);
      // Names of the sentence and of the one before ("She will be sworn in May 15").
      const names = new Set<string>();
      const from = si > 0 ? doc.sentences[si - 1]!.start : sentence.start;
      for (const s of segs) if (s.start >= from && s.end <= sentence.end) for (const t of s.tokens) names.add(canonical.get(t) ?? t);
      for (const d of dates) {
        const di = words.findIndex((w) => w.end > d.start);
        const dj = words.findLastIndex((w) => w.start < d.end);
        if (di < 0 || dj < 0) continue;
        if (di > 0 && DATE_BOUNDS.has(words[di - 1]!.f)) continue;
        const clause = clauseOf(cuts, d.start);
        // Nearest event word within four content words either side, in the date's clause.
        let event: string | undefined;
        let tie: string | undefined;
        let lexical = false;
        const side = (step: -1 | 1, max: number): number[] => {
          const out: number[] = [];
          for (let i = step < 0 ? di - 1 : dj + 1; i >= 0 && i < words.length && out.length < max; i += step) {
            const w = words[i]!;
            if (clauseOf(cuts, w.start) !== clause) break;
            if (inDate(i)) continue;
            if (isContent(w) || eventClass(words, i)) out.push(i);
          }
          return out;
        };
        const left = side(-1, 4);
        const right = side(1, 4);
        for (let k = 0; k < 4 && !event; k++) {
          for (const i of [left[k], right[k]]) {
            if (i === undefined) continue;
            const c = eventClass(words, i);
            if (c) {
              event = c.name;
              tie = words.slice(i, i + c.length).map((x) => x.raw).join(' ');
              lexical = true;
              break;
            }
          }
        }
        if (event === 'start') {
          // "the strike … is scheduled to begin Tuesday": the start of an event is the event's date.
          for (const i of [...side(-1, 8), ...side(1, 8)]) {
            const c = eventClass(words, i);
            if (c && c.name !== 'start') {
              event = c.name;
              tie = words.slice(i, i + c.length).map((x) => x.raw).join(' ');
              break;
            }
          }
        }
        if (!event) {
          // Else the verb right before it: "dug through the rubble … on Thursday", "would
          // arrive Wednesday", "due to arrive on Thursday".
          for (let i = di - 1; i >= Math.max(0, di - 4); i--) {
            const w = words[i]!;
            if (clauseOf(cuts, w.start) !== clause) break;
            if (REPORTING.has(w.f) || REPORTING.has(stem(w.f))) break;
            const modal = ['would', 'will', 'to', 'shall', 'must', 'could', 'may', 'might'].includes(words[i - 1]?.f ?? '');
            if (/^\p{Ll}{3,}ed$/u.test(w.raw) || (modal && /^\p{Ll}{3,}$/u.test(w.raw) && !STOP_VERBS.has(w.f))) {
              event = `verb:${stem(w.f)}`;
              tie = w.raw;
              break;
            }
          }
        }
        // A saying's date dates no event: "said Friday", "their union said Wednesday, in what
        // would be the largest strike", "told reporters on Tuesday".
        const prev = words[di - 1]?.f === 'on' ? words[di - 2] : words[di - 1];
        if (prev && REPORTING.has(prev.f)) continue;
        if (!event || !tie) continue;
        // The occurrence: a word right before the event word ("the next march", "first
        // elected"), or "again" in the clause ("will march again on Oct. 10").
        const ti = words.findIndex((w) => w.raw === tie.split(' ')[0] && clauseOf(cuts, w.start) === clause);
        const lead = ti > 0 ? words.slice(Math.max(0, ti - 2), ti).filter((_, k, arr) => !inDate(ti - arr.length + k)) : [];
        const again = words.some((w, i) => clauseOf(cuts, w.start) === clause && !inDate(i) && w.f === 'again');
        const occurrence = again || lead.some((w) => NEXT_WORDS.has(w.f)) ? 'next' : lead.some((w) => PREVIOUS_WORDS.has(w.f)) ? 'previous' : 'this';
        out.push({ doc, sentence, d, event, tie, lexical, names, occurrence });
      }
    });
  }
  return out;
}

/** Whether two dates may be of one event: the same event word, different sentences, close. */
function compatible(a: DatedEvent, b: DatedEvent): boolean {
  if (a.doc === b.doc && a.sentence.start === b.sentence.start) return false;
  return a.event === b.event && a.occurrence === b.occurrence && gapOk(a.d, b.d);
}

/** Whether their sentences tie them together: a shared name, or rarer words in common. */
function linked(corpus: Corpus, a: DatedEvent, b: DatedEvent): boolean {
  for (const n of a.names) if (b.names.has(n)) return true;
  const ignore = new Set([stem(a.tie), stem(b.tie)]);
  return corpus.similarity({ doc: a.doc, span: a.sentence }, { doc: b.doc, span: b.sentence }, ignore) >= 0.15;
}

/** Date proposals: events whose dates disagree first, agreed dates after. */
export function discoverDates(corpus: Corpus, segments: readonly Segment[], canonical: ReadonlyMap<string, string>, minArticles: number): Proposal[] {
  const events = readEvents(corpus, segments, canonical);
  const byEvent = new Map<string, DatedEvent[]>();
  for (const e of events) (byEvent.get(e.event) ?? byEvent.set(e.event, []).get(e.event)!).push(e);
  const proposals: Proposal[] = [];
  for (const key of [...byEvent.keys()].sort()) {
    const clusters: DatedEvent[][] = [];
    for (const e of byEvent.get(key)!) {
      let best: DatedEvent[] | undefined;
      let bestScore = -Infinity;
      for (const c of clusters) {
        // Compatible with every member, tied to at least one.
        if (!c.every((g) => compatible(e, g)) || !c.some((g) => linked(corpus, e, g))) continue;
        const score = c.reduce((s, g) => s + corpus.similarity({ doc: e.doc, span: e.sentence }, { doc: g.doc, span: g.sentence }), 0) / c.length + (c.every((g) => agree(e.d, g.d)) ? 0.5 : 0);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (best) best.push(e);
      else clusters.push([e]);
    }
    // Two groups of one event join when every pair is compatible and some pair is tied
    // (greedy order can split them: "Monday" met first a group it is not tied to).
    for (let merged = true; merged; ) {
      merged = false;
      for (let i = 0; i < clusters.length && !merged; i++) {
        for (let j = i + 1; j < clusters.length && !merged; j++) {
          const a = clusters[i]!;
          const b = clusters[j]!;
          if (a.every((x) => b.every((y) => compatible(x, y))) && a.some((x) => b.some((y) => linked(corpus, x, y)))) {
            a.push(...b);
            clusters.splice(j, 1);
            merged = true;
          }
        }
      }
    }
    for (const c of clusters) {
      if (c.length < 2) continue;
      const p = dateProposal(c, minArticles);
      if (p) proposals.push(p);
    }
  }
  return proposals;
}

function dateProposal(group: readonly DatedEvent[], minArticles: number): Proposal | undefined {
  const sources = [...new Set(group.map((e) => e.doc.source.id))].sort();
  const disagreement = group.some((a, i) => group.some((b, j) => j > i && !agree(a.d, b.d)));
  if (sources.length < minArticles || (!disagreement && sources.length < Math.max(2, minArticles))) return undefined;
  // Readings: one per resolution.
  const byValue = new Map<string, DatedEvent[]>();
  for (const e of group) (byValue.get(resolved(e.d)) ?? byValue.set(resolved(e.d), []).get(resolved(e.d))!).push(e);
  // The value: the day most articles' dates allow (the first such day of a range: "Dec. 13-14").
  const daysSeen = [...new Set(group.flatMap((e) => (e.d.range ? daysOf(e.d.range) : [])))];
  const allow = (day: string): number => new Set(group.filter((e) => dateAgrees(e.d, { first: day, last: day })).map((e) => e.doc.source.id)).size;
  daysSeen.sort((a, b) => allow(b) - allow(a) || (a < b ? -1 : 1));
  const value = daysSeen[0];
  if (value === undefined) return undefined;
  // "Friday" in articles of different dates: they agree by name, but on which day is unsure.
  if (!disagreement && group.some((e) => !dateAgrees(e.d, { first: value, last: value }))) return undefined;
  const order = [...byValue.entries()].sort(
    (a, b) =>
      Number(b[0] === value) - Number(a[0] === value) ||
      new Set(b[1].map((e) => e.doc.source.id)).size - new Set(a[1].map((e) => e.doc.source.id)).size ||
      (a[0] < b[0] ? -1 : 1),
  );
  const day: DayRange = { first: value, last: value };
  const readings: Reading[] = order.map(([res, list]) => {
    const texts = new Map<string, number>();
    for (const e of list) texts.set(e.d.text, (texts.get(e.d.text) ?? 0) + 1);
    const label = [...texts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const evidence: Evidence[] = list.map((e) => evidenceOf(e));
    const agrees = list.every((e) => dateAgrees(e.d, day));
    return { label: `${label} (${res})`, agrees, sources: [...new Set(list.map((e) => e.doc.source.id))].sort(), evidence };
  });
  const first = group[0]!;
  const what = first.event.startsWith('verb:') ? first.tie.toLowerCase() : first.event;
  const ties = uniqueFolded(group.map((e) => e.tie));
  const subject = `${what}: when`;
  const says = readings.map((r) => `${r.label} in ${plural(r.sources.length, 'article')}`);
  const summary = disagreement ? `dates of one event that cannot all be true: ${says.join(' vs ')}` : `${plural(sources.length, 'article')} agree: ${says.join(', ')}`;
  const agreeing = readings.filter((r) => r.agrees);
  const others = readings.filter((r) => !r.agrees);
  return {
    id: `date-${what}`,
    kind: 'date',
    status: disagreement ? 'disagreement' : 'agreement',
    subject,
    summary,
    score: (group.every((e) => e.lexical) ? 0.85 : 0.7) + Math.min(sources.length, 5) * 0.005,
    tiedBy: ties,
    readings,
    sources,
    claim: {
      id: '',
      kind: 'date',
      subject: `${what} (date)`,
      fields: [
        ['value', value],
        ['cues', ties],
      ],
      ...(disagreement ? { confirm: `confirm: articles date it ${readings.map((r) => r.label).join(' and ')}` } : {}),
      examples: exampleSentences([...agreeing, ...others], disagreement),
    },
  };
}

function evidenceOf(e: DatedEvent): Evidence {
  const pos = e.doc.source.position(e.d.start);
  return {
    source: e.doc.source.id,
    path: e.doc.source.path,
    offset: e.d.start,
    length: e.d.end - e.d.start,
    line: pos.line,
    column: pos.column,
    text: e.d.text,
    sentence: e.doc.text.slice(e.sentence.start, e.sentence.end).replace(/\s+/gu, ' ').trim(),
  };
}
