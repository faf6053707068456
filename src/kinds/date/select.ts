/**
 * Which date of a cue sentence is the claim's (SPEC §2 "Cue sentences").
 *
 * The floor is the date mention nearest to a cue occurrence, by character distance.
 * On top of it, a little grammar, kept general and modest:
 *
 * 1. **Subordinate clauses about another event.** A date inside a clause or phrase
 *    introduced by `after`, `before`, `following`, `ahead of`, `prior to` that holds
 *    no cue is the time of another event ("Tillerson met Videgaray on Thursday, two
 *    days after the rules were published Tuesday"): it is never taken when its phrase
 *    is a clause, and only as a last resort when the date is the phrase's direct
 *    object ("after Tuesday" bounds the event rather than dates it). Dates in a
 *    cue-less clause introduced by `since`/`until` (with a verb, not "since 2008"),
 *    `because`, `although`, `though`, `whereas`, `unless`, `if`, or in a relative
 *    clause (`who`, `which`, `where`…) that does not modify a cue, are taken only when
 *    nothing better is there. `when`, `while`, `once` clauses share the main event's
 *    time ("will make that clear … when they meet Thursday") and are not penalised.
 *    Symmetrically, when the cue itself sits in an `after`/`before` clause ("Kelly
 *    left on Friday after the meeting", cue `meeting`), a date outside it is the
 *    other event's and is not taken.
 * 2. **Independent clauses.** A sentence may join two clauses with `;`, `, but`, or a
 *    comma splice before a pronoun subject ("the initiative was started in 2008, it’s
 *    almost concluded"). When both the cue's clause and the date's clause have a verb
 *    of their own, the date belongs to the other clause's event and is not taken.
 *    A verbless lead-in ("On Friday, he said") is not a clause and is not split off.
 *
 * 3. **Reported speech.** A reporting verb (`said`, `told`, `adding`, …) splits the
 *    sentence into the reporting clause (its subject, a lead-in such as "On Friday,", the
 *    verb, a date attached to it as in "said Friday", its indirect object) and the
 *    reported clause (after "that", or after the verb; or, in "X, he said Friday", before
 *    the verb's subject). A date in the reporting clause dates the report: it is not
 *    taken for a cue in the reported clause, in any tense ("On Friday, the
 *    secretary said that the government made clear to visiting US emissaries …", cue
 *    `visiting`). Conversely a date in the reported clause dates the reported event: it
 *    is not taken for a cue in the reporting clause ("In an interview with Radio
 *    Formula, Osorio Chong said that Tillerson … asked … during their visit on Thursday",
 *    cue `Radio Formula`).
 * 4. **Comparisons, forecasts, deadlines, times of day, datelines.** After a superlative,
 *    "since …" opens a comparison ("the highest turnout since 1998"): its dates are another
 *    event's, and so are cues inside it. A cue after a forecast verb in its clause names a
 *    forecast ("officials projected one rate cut in 2026"): no date of it is the claim's.
 *    "by March 2027" is a deadline, taken only as a last resort. "before dawn Monday",
 *    "after the bell on Wednesday" name a time of day, not another event. A wire dateline
 *    ("Oct 22 (Reuters) -") dates the dispatch.
 *
 * Mentions that cannot be compared (a relative date in an undated article,
 * {@link isComparable}) are never selected (SPEC §2: they give no mention).
 */
import { isComparable, type DateMention } from '../../extract/dates.js';
import { comparisonWindow } from '../comparison.js';

interface Span {
  start: number;
  end: number;
}

/** How strongly a clause type keeps its dates from a cue outside it. */
type ScopeKind = 'other-event' | 'bound' | 'other' | 'relative' | 'same-time' | 'deadline';

interface Scope extends Span {
  kind: ScopeKind;
  /** The introducing word(s), for the report. */
  word: string;
  /** The introducing word's own span. */
  head: Span;
}

const SUBORDINATORS: [RegExp, ScopeKind][] = [
  [/^(after|before|following|ahead of|prior to)$/, 'other-event'],
  [/^(by)$/, 'deadline'],
  [/^(since|until|till)$/, 'bound'],
  [/^(because|although|though|whereas|unless|if)$/, 'other'],
  [/^(which|who|whom|whose|where)$/, 'relative'],
  [/^(when|while|whenever|once)$/, 'same-time'],
];
const PRONOUN_SUBJECT = /^(?:(?:and|but|yet|so|or)\s+)?(?:it|he|she|they|we|i|you|there)(?:['’](?:s|re|ve|ll|d))?\b/i;
const VERB_MARK = new RegExp(
  String.raw`\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|shall|should|might|must|` +
    // common irregular past tenses (regular ones end in -ed)
    String.raw`said|told|began|became|met|took|made|went|came|gave|got|left|rose|fell|won|lost|held|saw|sent|set|put|cut|ran|led|paid|sold|bought|brought|built|kept|spent|grew|knew|wrote|spoke|broke|chose|fought|found|meant|stood|struck|thought|threw|\p{L}{3,}ed)\b|` +
    String.raw`(?:it|he|she|they|we|you|there|that)['’](?:s|re|ve|ll|d)\b`,
  'iu',
);

const REPORTING = /(?<![\p{L}])(?:said|says|saying|told|tells|telling|added|adding|announced|announcing|reported|stated|explained|explaining|noted|noting|insisted|insisting|warned|warning|confirmed|acknowledged|wrote|argued|arguing|claimed|claiming|(?:found|finds|concluded|concludes|ruled|rules|showed|shows|revealed|reveals|determined)(?=\s+that(?![\p{L}])))(?![\p{L}])/giu;
/** Verbs whose complement may follow without "that" ("he said the meeting had been held …"). */
const SAY_CLASS = /^(?:said|says|saying|added|adding|wrote|noted|noting|insisted|insisting|warned|warning|argued|arguing|claimed|claiming|explained|explaining|stated)$/iu;
// ("announced", "confirmed", "acknowledged" report only with "that": "Vandermeer announced the
// recall on Wednesday" dates the announcement, which is the event.)
/** A preposition after the verb opens an adjunct of the reporting clause ("said in a statement"). */
const ADJUNCT_AFTER = /^\s*(?:in|on|at|during|with|to|for|from|after|before|through|via|late|early|,|\.|;|:|$)/iu;

/** A reporting verb and the reported clause it introduces (offsets into the full text). */
interface Report {
  verb: Span;
  /** The reported clause: after "that" (or the verb), or before the verb's subject in "X, he said". */
  reported: Span;
}

/** Reporting verbs of the sentence and their reported clauses (see rule 3). */
function reports(text: string, s: Span, dates: Span[]): Report[] {
  const out: Report[] = [];
  const slice = text.slice(s.start, s.end);
  REPORTING.lastIndex = 0;
  for (let m = REPORTING.exec(slice); m; m = REPORTING.exec(slice)) {
    const verb = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    // A date attached to the verb belongs to the reporting clause: "said Friday that", "said on Friday".
    let after = verb.end;
    const attached = dates.find((d) => d.start >= verb.end && /^\s*(?:on\s+)?$/iu.test(text.slice(verb.end, d.start)));
    if (attached) after = attached.end;
    const rest = text.slice(after, Math.min(s.end, after + 300));
    const that = /^[^,;:.!?\u2014]{0,80}?(?<![\p{L}])that(?![\p{L}])/iu.exec(rest);
    if (that) {
      out.push({ verb, reported: { start: after + that[0].length, end: s.end } });
      continue;
    }
    const adjunct = ADJUNCT_AFTER.test(rest);
    if (SAY_CLASS.test(m[0]) && !adjunct) {
      out.push({ verb, reported: { start: after, end: s.end } });
      continue;
    }
    if (/^t(?:old|ell)/i.test(m[0])) {
      // "told a radio interviewer [that] …", "told reporters the meeting …": the reported
      // clause starts after the indirect object (the cue "radio interviewer" is the report's).
      const obj = indirectObject(rest);
      if (obj > 0 && obj < rest.length) {
        out.push({ verb, reported: { start: after + obj, end: s.end } });
        continue;
      }
    }
    // "Mexico will not accept deportees, the interior secretary said Friday", "Kelly met
    // Videgaray on Thursday, the ministry said in a statement on Friday": the reported
    // clause ends at the last comma before the verb's subject.
    if (adjunct) {
      const lead = text.slice(Math.max(s.start, verb.start - 80), verb.start);
      const comma = lead.lastIndexOf(',');
      const at = verb.start - lead.length + comma;
      if (comma >= 0 && at > s.start) out.push({ verb, reported: { start: s.start, end: at } });
    }
  }
  return out;
}

const DETERMINER = /^(?:a|an|the|his|her|their|its|our|my|your)$/iu;
const CLAUSE_OPENER = /^(?:that|than|he|she|they|it|we|i|you|there|the|a|an|this|these|those|if|whether|how|why|what|when)$/iu;

/** Length of the indirect object at the start of `rest` (after "told"), or 0. */
function indirectObject(rest: string): number {
  const re = /[\p{L}\p{M}'’.-]+/gu;
  let end = 0;
  let n = 0;
  let capRun = false;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    if (/[,;:!?]/u.test(rest.slice(end, m.index))) break;
    const w = m[0];
    const cap = /^\p{Lu}/u.test(w);
    if (n === 0) {
      if (/^(?:that|than)$/iu.test(w)) return 0;
      end = m.index + w.length;
      capRun = cap;
      n++;
      continue;
    }
    if (n === 1 && DETERMINER.test(rest.slice(0, end).trim())) {
      // "a radio interviewer": after a determiner the noun phrase goes on.
    } else if (CLAUSE_OPENER.test(w) || (cap && !capRun) || (!cap && capRun)) break;
    if (CLAUSE_OPENER.test(w)) break;
    end = m.index + w.length;
    n++;
    if (n >= 4) break;
  }
  // A following "that" (or the typo "than") belongs to the complementiser, not the object.
  const tail = /^\s+(?:that|than)(?![\p{L}])/u.exec(rest.slice(end));
  return tail ? end + tail[0].length : end;
}

/** Rule 3: the date and the cue lie on either side of a report (one in the reporting clause, one in the reported clause). */
function acrossReport(m: Span, c: Span, rs: Report[]): string | null {
  for (const r of rs) {
    const inR = (x: Span) => x.start >= r.reported.start && x.start < r.reported.end;
    if (inR(c) && !inR(m)) return 'dates the report, not the reported event';
    if (!inR(c) && inR(m)) return 'dates the reported event, not the report';
  }
  return null;
}

/** A forecast verb before the cue in its clause: "Fed officials projected just one rate cut in 2026". */
const FORECAST_BEFORE = /(?<![\p{L}])(?:projected|projects|projections?|forecasts?|forecasted|predict|predicted|predicts|predicting|predictions?|expect|expects|expecting|(?<!(?:as|than)[\s-])expected|anticipate|anticipated|anticipates|anticipating)(?![\p{L}])/iu;

/** The cue names a forecast event (rule 4): its dates are not the claim's. */
function forecastCue(text: string, s: Span, c: Span): boolean {
  const lead = text.slice(Math.max(s.start, c.start - 80), c.start);
  const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1);
  return FORECAST_BEFORE.test(clause);
}

/** A schedule before the cue: "was due to be published", "had been scheduled for", "was originally set to". */
const SCHEDULE_BEFORE = /(?<![\p{L}])(?:due\s+to(?:\s+be)?|(?:scheduled|set|planned|slated)\s+(?:to(?:\s+be)?|for)|(?:was|were)\s+to(?:\s+be)?)\s+(?:[\p{L}]+\s+){0,2}$|(?<![\p{L}])(?:scheduled|slated)\s+$/iu;
/** …and a schedule that was not kept, after the date. */
const NOT_KEPT_AFTER = /(?<![\p{L}])(?:delayed|postponed|pushed\s+back|put\s+off|cancell?ed|called\s+off|rescheduled|scrapped|abandoned|never\s+(?:happened|took\s+place|held))(?![\p{L}])/iu;

/** The cue names what was scheduled for the date but did not happen then ("was due to be published on 14 May but was delayed"). */
function brokenSchedule(text: string, s: Span, m: Span, c: Span): boolean {
  const lead = text.slice(Math.max(s.start, c.start - 60), c.start);
  // (or between the cue and the date: "The ruling, originally expected by Sept. 19, was delayed")
  const between = c.end <= m.start ? text.slice(c.end, m.start) : '';
  const scheduled =
    SCHEDULE_BEFORE.test(lead) ||
    /^(?:scheduled|slated|due|planned)$/i.test(text.slice(c.start, c.end)) ||
    /^[\s,]*(?:(?:originally|initially|first)\s+)?(?:expected|scheduled|set|due|planned|slated)\s+(?:to\s+\p{L}+\s+)?(?:by|on|for|in)?\s*$/iu.test(between);
  return scheduled && NOT_KEPT_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 80)));
}

/** Words after which "that" is a conjunction or a determiner, not a relative pronoun. */
const NOT_NOUN_BEFORE_THAT = new Set([
  'said', 'says', 'say', 'told', 'tell', 'tells', 'found', 'showed', 'shows', 'show', 'thought', 'think', 'believe',
  'believes', 'knew', 'know', 'so', 'such', 'now', 'than', 'and', 'but', 'or', 'is', 'was', 'are', 'were', 'be',
  'been', 'in', 'on', 'at', 'of', 'for', 'with', 'by', 'from', 'to', 'about', 'after', 'before', 'all', 'like',
  'given', 'ensure', 'means', 'argue', 'argues', 'insist', 'insists', 'hope', 'hopes', 'clear', 'sure', 'fact',
  'noting', 'adding', 'saying', 'warning', 'claiming', 'arguing', 'announced', 'reported', 'added', 'warned',
]);

/** Before/after a time of day ("before dawn Monday", "after the bell on Wednesday") is not another event. */
const TIME_OF_DAY = /^\s+(?:the\s+)?(?:(?:US|U\.S\.|New\s+York|London|Wall\s+Street|European|Asian|stock|US\s+stock|local)\s+)?(?:dawn|daybreak|sunrise|sunset|dusk|nightfall|noon|midday|midnight|(?:opening\s+|closing\s+)?bell|close(?!\s+of)|open(?!\s+of)|(?:stock\s+)?markets?\s+(?:closed|close|opened|open))(?![\p{L}])/iu;

/** Sentences longer than this are read in blocks of {@link BLOCK} characters (see `selectDate`). */
const LONG_SENTENCE = 2000;
const BLOCK = 600;

/** A wire dateline: "Oct 22 (Reuters) -", "WASHINGTON, Dec 6 (Reuters) -". */
const DATELINE_AFTER = /^\s*\((?:\p{Lu}[\p{L}&.\s-]{0,30})\)\s*[-\u2013\u2014]/u;

/** Gap in characters between two spans (0 when they touch or overlap). */
function gap(a: Span, b: Span): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}
const within = (pos: number, spans: Span[]): boolean => {
  // Spans are few here (the dates of one sentence or of one block of a long one); a long
  // list is searched by binary search on its sorted starts.
  if (spans.length < 16) return spans.some((s) => pos > s.start && pos < s.end);
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (pos > spans[i]!.start && pos < spans[i]!.end) return true;
  return false;
};

/** The words of the sentence with offsets (into the full text). */
function words(text: string, s: Span): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
  const slice = text.slice(s.start, s.end);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    out.push({ w: m[0].toLowerCase(), start: s.start + m.index, end: s.start + m.index + m[0].length });
  }
  return out;
}

/** Offsets of clause punctuation in the sentence, ignoring any inside date mentions (`Feb. 23, 2017`). */
function punctuation(text: string, s: Span, dates: Span[]): number[] {
  const out: number[] = [];
  for (let i = s.start; i < s.end; i++) {
    const ch = text[i]!;
    if (within(i, dates)) continue;
    if ((ch === ',' || ch === '.') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue; // 36,000
    if (/[,;:()\u2014"\u201C\u201D]/.test(ch)) out.push(i);
    else if (ch === '\u2013' && text[i - 1] === ' ') out.push(i); // spaced en dash
  }
  return out;
}

/** Independent-clause units of the sentence (see rule 2). */
function clauseUnits(text: string, s: Span, dates: Span[]): { span: Span; verb: boolean }[] {
  const cuts: number[] = [];
  for (let i = s.start; i < s.end; i++) {
    if (within(i, dates)) continue;
    const ch = text[i];
    if (ch === ';') cuts.push(i);
    else if (ch === ',') {
      const rest = text.slice(i + 1, Math.min(s.end, i + 40)).trimStart();
      if (PRONOUN_SUBJECT.test(rest) || /^but\b/i.test(rest)) cuts.push(i);
    }
  }
  const units: { span: Span; verb: boolean }[] = [];
  let from = s.start;
  for (const c of [...cuts, s.end]) {
    const span = { start: from, end: c };
    // A date's own words ("Earlier this week") are not the clause's verb.
    let body = text.slice(span.start, span.end);
    for (const d of dates) {
      if (d.start >= span.start && d.end <= span.end) {
        body = body.slice(0, d.start - span.start) + ' '.repeat(d.end - d.start) + body.slice(d.end - span.start);
      }
    }
    // Semicolons join independent clauses (or list items): both sides count as clauses.
    const semicolon = text[c] === ';' || text[span.start - 1] === ';';
    units.push({ span, verb: semicolon || VERB_MARK.test(body) });
    from = c + 1;
  }
  return units;
}

/** Subordinate clauses and phrases of the sentence (see rule 1). */
function scopes(text: string, s: Span, dates: Span[]): Scope[] {
  const ws = words(text, s);
  const punct = punctuation(text, s, dates);
  const heads: { kind: ScopeKind; word: string; head: Span }[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const two = i + 1 < ws.length ? `${w.w} ${ws[i + 1]!.w}` : '';
    let word = w.w;
    let head: Span = { start: w.start, end: w.end };
    let kind = SUBORDINATORS.find(([re]) => re.test(word))?.[1];
    if (/^(ahead of|prior to)$/.test(two)) {
      kind = 'other-event';
      word = two;
      head = { start: w.start, end: ws[i + 1]!.end };
    }
    if (kind === undefined && word === 'that' && i > 0 && i + 1 < ws.length) {
      // "a strike that began on January 22": "that" after a noun and before a verb is a relative pronoun.
      const prev = ws[i - 1]!;
      const next = ws[i + 1]!.w;
      const gapBefore = text.slice(prev.end, w.start);
      if (/^\s+$/.test(gapBefore) && !NOT_NOUN_BEFORE_THAT.has(prev.w) && !/(?:ed|ly)$/.test(prev.w) && /^(?:has|had|have|was|were|is|are|will|would|could|began|begun|took|came|went|left|hit|struck|\p{L}+ed)$/u.test(next)) kind = 'relative';
    }
    if (kind === undefined) continue;
    if (within(w.start, dates) || within(w.start + 1, dates)) continue; // "the day before yesterday"
    if (word === 'following' && i > 0 && /^(the|a)$/.test(ws[i - 1]!.w)) continue; // the following day
    if (word === 'before' && i > 0 && /^(than|as|ever|never)$/.test(ws[i - 1]!.w)) continue;
    if (/^(before|after|until|till|by)$/.test(word) && TIME_OF_DAY.test(text.slice(head.end, Math.min(s.end, head.end + 60)))) continue; // before dawn, after the bell
    heads.push({ kind, word, head });
  }
  const out: Scope[] = [];
  heads.forEach((h, k) => {
    const nextHead = heads[k + 1]?.head.start ?? s.end;
    const nextPunct = punct.find((p) => p >= h.head.end) ?? s.end;
    out.push({ ...h, start: h.head.start, end: Math.min(nextHead, nextPunct, s.end) });
  });
  return out;
}

/** The date directly follows the scope's head ("since 2008", "after the weekend"). */
function isDirectObject(text: string, sc: Scope, m: Span): boolean {
  const between = text.slice(sc.head.end, m.start);
  return /^\s*(?:the\s+|this\s+|last\s+|next\s+)?$/i.test(between);
}

interface Verdict {
  penalty: number;
  why?: string;
}

/** Penalty of taking mention `m` for cue `c` (0 best, 2 never). */
function judge(text: string, s: Span, m: DateMention, c: Span, scs: Scope[], units: { span: Span; verb: boolean }[], rs: Report[], window: Span | null): Verdict {
  const inWindow = (x: Span): boolean => window !== null && x.start >= window.start && x.start < window.end;
  if (inWindow(m) || inWindow(c)) return { penalty: 2, why: 'lies in a comparison ("… since …")' };
  if (forecastCue(text, s, c)) return { penalty: 2, why: 'dates a forecast, not an event' };
  if (brokenSchedule(text, s, m, c)) return { penalty: 2, why: 'dates a schedule that was not kept' };
  const across = acrossReport(m, c, rs);
  if (across) return { penalty: 2, why: across };
  const unitOf = (x: Span) => units.find((u) => x.start >= u.span.start && x.start <= u.span.end);
  const um = unitOf(m);
  const uc = unitOf(c);
  if (um && uc && um !== uc && um.verb && uc.verb) return { penalty: 2, why: 'belongs to another clause' };
  let worst: Verdict = { penalty: 0 };
  for (const sc of scs) {
    const cueIn = c.start >= sc.start && c.start < sc.end;
    const dateIn = m.start >= sc.start && m.start < sc.end;
    if (cueIn && !dateIn && sc.kind === 'other-event') {
      // "Kelly left on Friday after the meeting": the cue names the other event.
      return { penalty: 2, why: `lies outside the "${sc.word}" clause that holds the cue` };
    }
    if (!dateIn) continue;
    if (cueIn) continue; // the cue is in the same clause
    let v: Verdict;
    const direct = isDirectObject(text, sc, m);
    switch (sc.kind) {
      case 'other-event':
        v = direct ? { penalty: 1, why: `is a bound ("${sc.word} …")` } : { penalty: 2, why: `belongs to the "${sc.word}" clause` };
        break;
      case 'bound':
        v = direct ? { penalty: 0 } : { penalty: 1, why: `belongs to the "${sc.word}" clause` };
        break;
      case 'other':
        v = { penalty: 1, why: `belongs to the "${sc.word}" clause` };
        break;
      case 'relative': {
        // "Tillerson, who arrived Thursday": a relative clause about the cue itself. A relative
        // clause with a verb of its own about something else dates that other event ("ending
        // a strike that began on January 22").
        const before = text.slice(c.end, sc.head.start);
        const own = VERB_MARK.test(text.slice(sc.head.end, sc.end).replace(m.text, ' '));
        v = c.end <= sc.head.start && /^[\s,]*$/.test(before) ? { penalty: 0 } : { penalty: own ? 2 : 1, why: `belongs to the "${sc.word}" clause` };
        break;
      }
      case 'same-time':
        v = { penalty: 0 };
        break;
      case 'deadline':
        // "by March 2027", "by the end of June": a deadline; "by a quarter-point Wednesday" is not.
        v = direct || /^\s*the\s+end\s+of\s+$/iu.test(text.slice(sc.head.end, m.start)) ? { penalty: 1, why: `is a deadline ("${sc.word} …")` } : { penalty: 0 };
        break;
    }
    if (v.penalty > worst.penalty) worst = v;
  }
  return worst;
}

/**
 * Picks the date mention a cue sentence states about the claim (SPEC §2).
 *
 * @param text the full source text.
 * @param sentence the cue sentence, `[start, end)` offsets into `text`.
 * @param dates the date mentions read in that sentence ({@link readDates}).
 * @param cueSpans the cue occurrences in that sentence, offsets into `text`.
 * @returns the chosen mention and the words that tied it to the claim (for the
 *   report), or `null` when the sentence states no comparable date about the claim.
 */
export function selectDate(
  text: string,
  sentence: { start: number; end: number },
  dates: DateMention[],
  cueSpans: { start: number; end: number }[],
): { mention: DateMention; tiedBy: string } | null {
  const cands = dates.filter(
    (m) => isComparable(m) && m.start >= sentence.start && m.end <= sentence.end && !DATELINE_AFTER.test(text.slice(m.end, Math.min(sentence.end, m.end + 40))),
  );
  if (cands.length === 0 || cueSpans.length === 0) return null;

  type Best = { m: DateMention; c: Span; penalty: number; dist: number };
  type Nearest = { m: DateMention; dist: number; why?: string };
  let best = null as Best | null;
  let nearest = null as Nearest | null;
  /** Judges every (date, cue) pair of one stretch of the sentence. */
  const evaluate = (local: Span, localDates: DateMention[], localCands: DateMention[], localCues: Span[]): void => {
    const scs = scopes(text, local, localDates);
    const units = clauseUnits(text, local, localDates);
    const rs = reports(text, local, localDates);
    const window = comparisonWindow(text, local);
    for (const m of localCands) {
      for (const c of localCues) {
        const dist = gap(m, c);
        const v = judge(text, local, m, c, scs, units, rs, window);
        if (!nearest || dist < nearest.dist) nearest = { m, dist, ...(v.why ? { why: v.why } : {}) };
        if (v.penalty >= 2) continue;
        if (!best || v.penalty < best.penalty || (v.penalty === best.penalty && (dist < best.dist || (dist === best.dist && m.start < best.m.start)))) {
          best = { m, c, penalty: v.penalty, dist };
        }
      }
    }
  };
  if (sentence.end - sentence.start <= LONG_SENTENCE) {
    evaluate(sentence, dates, cands, cueSpans);
  } else {
    // A sentence far longer than any real one (a list run together, hostile input): read it
    // in overlapping blocks, each cue with at least BLOCK / 2 characters of context on either
    // side, so that the work stays linear in its length.
    const half = BLOCK / 2;
    const byStart = <T extends Span>(xs: T[]): T[] => [...xs].sort((a, b) => a.start - b.start);
    const cs = byStart(cueSpans);
    const ds = byStart(dates);
    const ms = byStart(cands);
    // Sweep the sorted lists with moving indices: each block costs what it holds.
    let ci = 0;
    let di = 0;
    let mi = 0;
    for (let b = sentence.start; b < sentence.end && ci < cs.length; b += BLOCK) {
      const local = { start: Math.max(sentence.start, b - half), end: Math.min(sentence.end, b + BLOCK + half) };
      const localCues: Span[] = [];
      while (ci < cs.length && cs[ci]!.start < b + BLOCK) localCues.push(cs[ci++]!);
      if (localCues.length === 0) continue;
      while (di < ds.length && ds[di]!.start < local.start) di++;
      while (mi < ms.length && ms[mi]!.start < local.start) mi++;
      const localDates: DateMention[] = [];
      for (let k = di; k < ds.length && ds[k]!.start < local.end; k++) if (ds[k]!.end <= local.end) localDates.push(ds[k]!);
      const localCands: DateMention[] = [];
      for (let k = mi; k < ms.length && ms[k]!.start < local.end; k++) if (ms[k]!.end <= local.end) localCands.push(ms[k]!);
      evaluate(local, localDates, localCands, localCues);
    }
  }
  if (!best) return null;
  const cue = text.slice(best.c.start, best.c.end);
  let tiedBy = `nearest date to "${cue}"`;
  if (nearest && nearest.m !== best.m) tiedBy += ` ("${nearest.m.text}" ${nearest.why ?? 'is about another event'})`;
  return { mention: best.m, tiedBy };
}
