/**
 * Choosing the one figure a cue sentence states about a quantity claim's subject
 * (SPEC §2 "Cue sentences": "Each cue sentence gives at most one mention … the report says
 * which words tied it to the claim").
 *
 * The SPEC floor is the number of the right unit class nearest to a cue occurrence (by
 * character distance). On top of it, grammar that can be read without a parser, in order:
 *
 * 1. **Candidates**: the claim's unit class, the same currency / time unit when both are
 *    known, never a comparative ("138,000 more jobs than", "5,000 fewer deaths"); with an
 *    explicit unit noun (`unit: agents`), never a figure counting another noun.
 * 2. **Cue tie** (`reason: 'noun'`): a cue inside the number's noun phrase ("218,000
 *    detentions of non-Mexican nationals"), continuing it ("3,000 people killed"), in the
 *    noun before "of" ("a death toll of 1,200"); or (`'nearest-cue'`) a cue right next to a
 *    figure whose noun names nothing else ("Trump's 46.1%", "46.1% for Trump").
 * 3. **Noun words** (`'noun'`): a number whose noun shares a content word with the claim's
 *    subject, cues or unit ("120 protesters" for a claim about protesters arrested).
 * 4. **Figure-less quantity phrases**: a cue inside "the number / total / share … of <cue>"
 *    whose clause states no figure of the claim's class ties nothing; with no other cue the
 *    sentence gives no mention ("220,000 Guatemalans …, exceeding the number of Mexicans
 *    apprehended").
 * 5. **Another noun**: a number counting a noun that shares nothing with the claim (and is
 *    not a generic "people") is taken only when a cue stands within {@link NEAR} characters
 *    in its own clause ("Mexico deported 5,000 Guatemalans"), not from across the sentence.
 * 6. **The floor, refined** (`'nearest-cue'`): a number in a cue's clause first; appositive
 *    subsets ("500 of them") and partitive wholes ("120 of the 300") last; then the nearest,
 *    where each coordinating conjunction between cue and number adds a penalty.
 *
 * Clauses are cut at `;`, parentheses, dashes, bare subordinators (`while`, `but`,
 * `although`…) and at commas that open a new clause (`, and`, `, while`, `, compared with`,
 * `, up from`, `, including`, `, exceeding …`, `, bringing …`). Relative clauses (`, which …`)
 * stay with the clause they describe, and commas before the main clause (`In fiscal 2016, …`,
 * `, according to …,`) do not cut.
 */
import { foldString } from '../../core/fold.js';
import type { NumberMention, UnitClass } from '../../extract/numbers.js';

/** What a quantity claim looks for in a sentence (built once per claim). */
export interface QuantityTarget {
  unitClass: UnitClass;
  /** ISO code; a mention with a different known currency is not considered. */
  currency?: string;
  /** For time claims: `years`, `months`, …; a mention with a different time unit is not considered. */
  timeUnit?: string;
  /** The claim's unit when it is a plain noun: `people`, `agents`, `jobs`. */
  unitNoun?: string;
  /** Lower-cased content words of the claim's subject and cues. */
  words: string[];
}

/** The chosen figure and the words that tied it to the claim. */
export interface Selection {
  mention: NumberMention;
  /** Human-readable evidence: `"non-Mexican nationals" (cue), noun "detentions"`. */
  tiedBy: string;
  /** `noun`: the number's noun matched the claim; `nearest-cue`: the SPEC floor, refined by clauses. */
  reason: 'noun' | 'nearest-cue';
}

interface Span {
  start: number;
  end: number;
}

interface Seg extends Span {
  id: number;
}

/** Words that open a new clause after a comma. */
const CLAUSE_STARTERS = new Set([
  'and', 'but', 'while', 'whereas', 'although', 'though', 'as', 'including', 'excluding', 'compared', 'up', 'down',
  'with', 'versus', 'against', 'from', 'or', 'so', 'yet', 'after', 'plus', 'unlike', 'than', 'when', 'whereby',
]);
/** `-ing` words after a comma that do not open a new clause. */
const NOT_CLAUSE_ING = new Set(['according', 'during', 'notwithstanding', 'regarding', 'concerning', 'nothing', 'something', 'anything', 'everything']);

const DASHES = /^(?:\s[-\u2013\u2014]\s|\u2014|\s--\s)$/;
const BOUNDARY_DASH = /\s[-\u2013\u2014]\s|\u2014|\s--\s/;
const BOUNDARY = /[;()[\]]|\s[-\u2013\u2014]\s|\u2014|\s--\s|,\s*([\p{L}\p{M}]+)|(?<![\p{L}\p{M}])(while|whereas|but|although|though)(?![\p{L}\p{M}])/giu;

/** Cuts `[sentence.start, sentence.end)` into clauses; parentheticals return to the enclosing clause. */
function clauses(text: string, sentence: Span): Seg[] {
  const s = text.slice(sentence.start, sentence.end);
  const segs: Seg[] = [];
  let id = 0;
  let nextId = 1;
  let segStart = sentence.start;
  const stack: number[] = [];
  let dashOpen = false;
  const cut = (at: number, newId: number): void => {
    if (at > segStart) segs.push({ start: segStart, end: at, id });
    segStart = at;
    id = newId;
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s); m; m = BOUNDARY.exec(s)) {
    const at = sentence.start + m.index;
    const tok = m[0];
    if (tok === ';') cut(at, nextId++);
    else if (tok === '(' || tok === '[') {
      stack.push(id);
      cut(at, nextId++);
    } else if (tok === ')' || tok === ']') {
      if (stack.length) cut(at + 1, stack.pop()!);
    } else if (DASHES.test(tok)) {
      if (dashOpen && stack.length) {
        cut(at + tok.length, stack.pop()!);
        dashOpen = false;
      } else if (BOUNDARY_DASH.test(s.slice(m.index + tok.length))) {
        stack.push(id);
        cut(at, nextId++);
        dashOpen = true;
      } else cut(at, nextId++);
    } else if (m[1] !== undefined) {
      const word = m[1];
      const lower = word.toLowerCase();
      const opens = CLAUSE_STARTERS.has(lower) || (word === lower && lower.length > 4 && lower.endsWith('ing') && !NOT_CLAUSE_ING.has(lower)) || (word === lower && /^(?:compared|excluded|adjusted|driven|fueled|fuelled|led)$/.test(lower));
      if (opens) cut(at, nextId++);
    } else if (m[2] !== undefined) {
      if (at > segStart) cut(at, nextId++);
    }
  }
  segs.push({ start: segStart, end: sentence.end, id });
  return segs;
}
function clauseAt(segs: Seg[], offset: number): number {
  for (const g of segs) if (offset >= g.start && offset < g.end) return g.id;
  return segs[segs.length - 1]?.id ?? 0;
}

/** Character distance between two spans (0 when they overlap). */
function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A crude stem for matching a noun against claim words: folded, no possessive, no plural `s`. */
function stem(word: string): string {
  let w = foldString(word).replace(/'s$/, '').replace(/'$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/** Generic words for people: neutral, they neither tie a figure to a claim nor set it apart. */
const PEOPLE = ['people', 'person', 'persons', 'individual', 'individuals', 'others', 'other', 'one', 'ones'];
const MATCH_STOP = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'its', 'their', 'his',
  'her', 'is', 'was', 'were', 'are', 'be', 'number', 'total', 'year', 'years', 'fiscal', 'month', 'week', 'day', 'new',
  'more', 'less', 'than', 'about', 'some', 'other', 'last', 'first', 'this', 'that',
]);

function words(s: string): string[] {
  return s.split(/[^\p{L}\p{M}\p{N}'’-]+/u).filter((w) => w.length > 0);
}

/** The head of a noun phrase: the last word before "of", a comma or a conjunction. */
function headOf(noun: string): string {
  const first = noun.split(/\s+of\s+|,|\s+and\s+|\s+or\s+/u)[0] ?? noun;
  const ws = words(first);
  return ws[ws.length - 1] ?? noun;
}

/** The noun right before "of" in front of the mention: "apprehensions of almost 191,000", "a death toll of 300". */
function nounBefore(text: string, sentence: Span, m: NumberMention): { span: Span; word: string } | null {
  const from = Math.max(sentence.start, m.start - 60);
  const before = text.slice(from, m.start);
  const r = /([\p{L}\p{M}][\p{L}\p{M}'’-]*)\s+of\s+$/u.exec(before);
  if (!r) return null;
  const word = r[1]!;
  if (MATCH_STOP.has(word.toLowerCase())) return null;
  const start = from + r.index;
  return { span: { start, end: start + word.length }, word };
}

const NEUTRAL_NOUNS = new Set(PEOPLE.map((w) => stem(w)));
/** How close (characters, conjunction penalty included) a cue must be to a figure that counts another noun. */
const NEAR = 60;
const SUBSET_AFTER = /^\s+of\s+(?:them|whom|which|these|those)(?![\p{L}])/iu;
const PARTITIVE_GAP = /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?$/iu;
const CONJUNCTIONS = /(?<![\p{L}])(?:and|or|but|while|whereas)(?![\p{L}])/giu;
const CONJUNCTION_PENALTY = 50;
const ADJ_BEFORE = /^\s*(?:['’]s?)?\s*$/u;
const ADJ_AFTER = /^\s+(?:for|to|in|at|from|among)\s+(?:the\s+)?$/iu;

const QUANTITY_NP = /(?:^|[^\p{L}\p{M}])(?:number|numbers|total|count|share|proportion|percentage|amount|tally|majority)\s+of\s+(?:the\s+)?(?:[\p{L}\p{M}'’-]+\s+){0,3}$/iu;

/**
 * Picks the one number `sentence` states about the claim's subject, or null.
 *
 * @param text       the full source text; all spans are half-open UTF-16 offsets into it
 * @param sentence   the cue sentence
 * @param numbers    every number read in the sentence (`readNumbers(text, sentence.start, sentence.end)`)
 * @param cueSpans   where the claim's cue terms matched in the sentence
 * @param target     the claim's unit class, currency, time unit, unit noun and content words
 */
export function selectMention(
  text: string,
  sentence: Span,
  numbers: NumberMention[],
  cueSpans: Span[],
  target: QuantityTarget,
): Selection | null {
  const candidates = numbers.filter(
    (m) =>
      m.unitClass === target.unitClass &&
      !m.comparative &&
      !(target.currency && m.currency && target.currency !== m.currency) &&
      !(target.timeUnit && m.timeUnit && target.timeUnit !== m.timeUnit),
  );
  if (candidates.length === 0) return null;
  // A cue matched inside "non-Mexicans" (SPEC §2: hyphenated parts are words) is weak
  // evidence next to a cue standing on its own; use the strong ones when there are any.
  const sorted = [...cueSpans].sort((a, b) => a.start - b.start);
  const strong = sorted.filter((c) => !/non[-\u2010\u2011\u2013]$/iu.test(text.slice(Math.max(0, c.start - 4), c.start)));
  const cues = strong.length ? strong : sorted;
  const segs = clauses(text, sentence);

  // Content words that tie a noun to the claim (generic words for people excluded).
  const wanted = new Set<string>();
  for (const w of [...target.words, ...(target.unitNoun ? [target.unitNoun] : [])]) {
    const f = foldString(w);
    if (f.length >= 3 && !MATCH_STOP.has(f) && !/^\d/.test(f) && !NEUTRAL_NOUNS.has(stem(f))) wanted.add(stem(f));
  }

  interface Cand {
    m: NumberMention;
    clause: number;
    cueInNoun: Span | null;
    wordMatch: boolean;
    adjacent: Span | null;
    hasNoun: boolean;
    demoted: boolean;
    foreign: boolean;
    nounWords: string[];
    head: string | null;
  }
  const unitStem = target.unitNoun ? stem(target.unitNoun) : null;
  const peopleUnit = target.unitNoun !== undefined && PEOPLE.includes(foldString(target.unitNoun));
  const cands: Cand[] = candidates.map((m) => {
    const before = nounBefore(text, sentence, m);
    const nounSpan = m.noun ? { start: m.noun.start, end: m.noun.end } : null;
    let cueInNoun: Span | null = null;
    let head: string | null = null;
    // Demoted: an appositive subset ("1,200 died, 500 of them children") and the whole of a
    // partitive ("120 of the 300 passengers survived") are not what the clause's verb counts.
    const subset = SUBSET_AFTER.test(text.slice(m.end, m.end + 20));
    const whole = numbers.some((n) => n !== m && n.end <= m.start && PARTITIVE_GAP.test(text.slice(n.end, m.start)));
    for (const c of cues) {
      // The cue inside the noun phrase, or continuing it ("3,000 people killed", "jobs added";
      // not for the whole of a partitive, whose verb belongs to the part).
      const continues = !whole && nounSpan !== null && c.start >= nounSpan.end && /^\s+$/u.test(text.slice(nounSpan.end, c.start));
      if (nounSpan && (overlaps(c, nounSpan) || continues)) {
        cueInNoun = c;
        head = headOf(m.noun!.text);
        break;
      }
      if (overlaps(c, m)) {
        cueInNoun = c;
        head = m.noun ? headOf(m.noun.text) : null;
        break;
      }
      if (before && overlaps(c, before.span)) {
        cueInNoun = c;
        head = before.word;
        break;
      }
    }
    let wordMatch = false;
    // A cue right next to the figure: "Trump's 46.1%", "46.1% for Trump", "300 in Texas".
    let adjacent: Span | null = null;
    for (const c of cues) {
      if (c.end <= m.start && ADJ_BEFORE.test(text.slice(c.end, m.start))) adjacent = c;
      else if (m.end <= c.start && ADJ_AFTER.test(text.slice(m.end, c.start))) adjacent = c;
      if (adjacent) break;
    }
    if (!cueInNoun) {
      if (m.noun && words(m.noun.text).some((w) => wanted.has(stem(w)))) {
        wordMatch = true;
        head = headOf(m.noun.text);
      } else if (before && wanted.has(stem(before.word))) {
        wordMatch = true;
        head = before.word;
      }
    }
    const nounHead = m.noun ? stem(headOf(m.noun.text)) : null;
    const foreign = m.noun !== undefined && !cueInNoun && !wordMatch && !NEUTRAL_NOUNS.has(nounHead ?? '');
    return { m, clause: clauseAt(segs, m.start), cueInNoun, wordMatch, adjacent, hasNoun: m.noun !== undefined, head, demoted: subset || whole, foreign, nounWords: m.noun ? words(m.noun.text).map(stem) : [] };
  }).filter((c) => {
    // An explicit unit noun (`unit: agents`) is a type: a figure that counts something else
    // ("191,000 undocumented Mexican citizens") is not read for it. "people" is lenient:
    // demonyms and roles ("Guatemalans", "passengers") count people too.
    if (!unitStem || peopleUnit || !c.hasNoun || c.cueInNoun) return true;
    return c.nounWords.includes(unitStem);
  });
  if (cands.length === 0) return null;

  const cueText = (c: Span): string => `"${text.slice(c.start, c.end)}" (cue)`;
  // Character distance (the SPEC floor), plus a penalty per coordinating conjunction between
  // the two: in "1,000 people have died and 5,000 have been injured" the cue "died" belongs
  // to the first conjunct, though 5,000 is fewer characters away.
  const nearestCue = (m: Span, among: Span[]): { cue: Span; d: number } | null => {
    let best: { cue: Span; d: number } | null = null;
    for (const c of among) {
      const gap = m.end <= c.start ? text.slice(m.end, c.start) : c.end <= m.start ? text.slice(c.end, m.start) : '';
      const d = distance(m, c) + CONJUNCTION_PENALTY * (gap.match(CONJUNCTIONS)?.length ?? 0);
      if (!best || d < best.d) best = { cue: c, d };
    }
    return best;
  };

  // 2. A cue inside the number's noun phrase, or right next to a number whose noun does not
  //    name something else ("Trump's 46.1%" beats "48.2% of the vote" for a Trump claim).
  const tied = cands.filter((c) => c.cueInNoun || (c.adjacent && (!c.hasNoun || c.wordMatch)));
  if (tied.length) {
    tied.sort((a, b) => Number(!!b.cueInNoun) - Number(!!a.cueInNoun) || Number(b.wordMatch) - Number(a.wordMatch) || a.m.start - b.m.start);
    const best = tied[0]!;
    const cue = (best.cueInNoun ?? best.adjacent)!;
    const parts = [cueText(cue)];
    if (best.head && (best.cueInNoun || best.wordMatch)) parts.push(`noun "${best.head}"`);
    return { mention: best.m, tiedBy: parts.join(', '), reason: best.cueInNoun || best.wordMatch ? 'noun' : 'nearest-cue' };
  }

  // 3. A number whose noun carries the claim's words.
  const byNoun = cands.filter((c) => c.wordMatch);
  if (byNoun.length) {
    const cueClauses = new Set(cues.map((c) => clauseAt(segs, c.start)));
    byNoun.sort(
      (a, b) =>
        Number(cueClauses.has(b.clause)) - Number(cueClauses.has(a.clause)) ||
        (nearestCue(a.m, cues)?.d ?? 0) - (nearestCue(b.m, cues)?.d ?? 0) ||
        a.m.start - b.m.start,
    );
    const best = byNoun[0]!;
    const cue = nearestCue(best.m, cues)?.cue;
    const parts: string[] = [];
    if (cue) parts.push(cueText(cue));
    if (best.head) parts.push(`noun "${best.head}"`);
    return { mention: best.m, tiedBy: parts.join(', '), reason: 'noun' };
  }
  if (cues.length === 0) return null;

  // 4. Cues inside a figure-less "the number of <cue>" phrase tie nothing.
  const candClauses = new Set(cands.map((c) => c.clause));
  const effective = cues.filter((c) => {
    const clause = clauseAt(segs, c.start);
    if (candClauses.has(clause)) return true;
    const seg = segs.find((g) => g.id === clause && c.start >= g.start && c.start < g.end);
    const before = text.slice(Math.max(seg?.start ?? sentence.start, c.start - 80), c.start);
    return !QUANTITY_NP.test(before);
  });
  if (effective.length === 0) return null;
  const effClauses = new Set(effective.map((c) => clauseAt(segs, c.start)));

  // 5. A number attached to another noun (one that shares no word with the claim and is not
  //    a generic "people") is not the subject's (SPEC §2) unless a cue stands close to it in
  //    its own clause ("Mexico deported 5,000 Guatemalans"); so "… deport non-Mexican
  //    immigrants … amid a rift between the two nations" gives no mention.
  const rest = cands.filter((c) => {
    if (!c.foreign) return true;
    return effClauses.has(c.clause) && nearestCue(c.m, effective.filter((e) => clauseAt(segs, e.start) === c.clause))!.d <= NEAR;
  });
  if (rest.length === 0) return null;
  // 6. The floor: nearest to a cue, preferring the cue's clause and demoting subsets and wholes.
  rest.sort(
    (a, b) =>
      Number(effClauses.has(b.clause)) - Number(effClauses.has(a.clause)) ||
      Number(a.demoted) - Number(b.demoted) ||
      nearestCue(a.m, effective)!.d - nearestCue(b.m, effective)!.d ||
      a.m.start - b.m.start,
  );
  const best = rest[0]!;
  return { mention: best.m, tiedBy: cueText(nearestCue(best.m, effective)!.cue), reason: 'nearest-cue' };
}
