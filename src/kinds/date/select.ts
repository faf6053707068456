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
 * 3. **Reported earlier events.** "On Friday, the secretary told a radio interviewer
 *    that Mexican authorities had informed … Tillerson": the date dates the telling;
 *    the past perfect (`had` + verb) in the reported clause puts the cue's event
 *    before it. A date attached to a reporting verb (`said`, `told`, …; before it, or
 *    right after it as in "said Friday that") is not taken for a cue in such a
 *    reported clause. Without `had` the report date is kept ("Mexico will not accept
 *    deportees, he said Friday").
 *
 * Mentions that cannot be compared (a relative date in an undated article,
 * {@link isComparable}) are never selected (SPEC §2: they give no mention).
 */
import { isComparable, type DateMention } from '../../extract/dates.js';

interface Span {
  start: number;
  end: number;
}

/** How strongly a clause type keeps its dates from a cue outside it. */
type ScopeKind = 'other-event' | 'bound' | 'other' | 'relative' | 'same-time';

interface Scope extends Span {
  kind: ScopeKind;
  /** The introducing word(s), for the report. */
  word: string;
  /** The introducing word's own span. */
  head: Span;
}

const SUBORDINATORS: [RegExp, ScopeKind][] = [
  [/^(after|before|following|ahead of|prior to)$/, 'other-event'],
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

const REPORTING = /\b(?:said|says|told|tells|added|announced|reported|stated|explained|noted|insisted|warned|confirmed|acknowledged|wrote|argued|according to)\b/giu;
const PLUPERFECT = /\bhad\s+(?!to\b)(?:not\s+|already\s+|never\s+|just\s+)?\p{L}{2,}/iu;

/** Reporting verbs of the sentence, with offsets into the full text. */
function reportingVerbs(text: string, s: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(s.start, s.end);
  for (const m of slice.matchAll(REPORTING)) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  return out;
}

/** Rule 3: the date dates a report of an earlier (past perfect) event that holds the cue. */
function datesTheReport(text: string, s: Span, m: Span, c: Span, verbs: Span[]): boolean {
  for (const r of verbs) {
    if (c.start < r.end) continue; // the cue must be in the reported clause
    const attached = m.end <= r.start || /^\s*(?:on\s+)?$/i.test(text.slice(r.end, m.start));
    if (!attached) continue;
    // The reported clause: from the verb to the first clause break after the cue (a
    // relative pronoun starts another clause: "deportees who had crossed").
    const tail = text.slice(c.end, s.end);
    const stop = tail.search(/[,;:()\u2014]|\b(?:who|which|whom|whose|where)\b/i);
    const clauseEnd = stop === -1 ? s.end : c.end + stop;
    if (PLUPERFECT.test(text.slice(Math.max(r.end, m.end), clauseEnd))) return true;
  }
  return false;
}

/** Gap in characters between two spans (0 when they touch or overlap). */
function gap(a: Span, b: Span): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}
const within = (pos: number, spans: Span[]): boolean => spans.some((s) => pos > s.start && pos < s.end);

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
    if (kind === undefined) continue;
    if (within(w.start, dates) || within(w.start + 1, dates)) continue; // "the day before yesterday"
    if (word === 'following' && i > 0 && /^(the|a)$/.test(ws[i - 1]!.w)) continue; // the following day
    if (word === 'before' && i > 0 && /^(than|as|ever|never)$/.test(ws[i - 1]!.w)) continue;
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
function judge(text: string, s: Span, m: DateMention, c: Span, scs: Scope[], units: { span: Span; verb: boolean }[], verbs: Span[]): Verdict {
  if (datesTheReport(text, s, m, c, verbs)) return { penalty: 2, why: 'dates the report, not the earlier event' };
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
        // "Tillerson, who arrived Thursday": a relative clause about the cue itself.
        const before = text.slice(c.end, sc.head.start);
        v = c.end <= sc.head.start && /^[\s,]*$/.test(before) ? { penalty: 0 } : { penalty: 1, why: `belongs to the "${sc.word}" clause` };
        break;
      }
      case 'same-time':
        v = { penalty: 0 };
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
  const cands = dates.filter((m) => isComparable(m) && m.start >= sentence.start && m.end <= sentence.end);
  if (cands.length === 0 || cueSpans.length === 0) return null;
  const scs = scopes(text, sentence, dates);
  const units = clauseUnits(text, sentence, dates);
  const verbs = reportingVerbs(text, sentence);

  let best: { m: DateMention; c: Span; penalty: number; dist: number } | null = null;
  let nearest: { m: DateMention; dist: number; why?: string } | null = null;
  for (const m of cands) {
    for (const c of cueSpans) {
      const dist = gap(m, c);
      const v = judge(text, sentence, m, c, scs, units, verbs);
      if (!nearest || dist < nearest.dist) nearest = { m, dist, ...(v.why ? { why: v.why } : {}) };
      if (v.penalty >= 2) continue;
      if (!best || v.penalty < best.penalty || (v.penalty === best.penalty && (dist < best.dist || (dist === best.dist && m.start < best.m.start)))) {
        best = { m, c, penalty: v.penalty, dist };
      }
    }
  }
  if (!best) return null;
  const cue = text.slice(best.c.start, best.c.end);
  let tiedBy = `nearest date to "${cue}"`;
  if (nearest && nearest.m !== best.m) tiedBy += ` ("${nearest.m.text}" ${nearest.why ?? 'is about another event'})`;
  return { mention: best.m, tiedBy };
}
