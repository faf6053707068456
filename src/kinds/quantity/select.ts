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
import { CHANGE_WORDS } from '../../extract/number-words.js';
import { comparisonWindow } from '../comparison.js';
import type { NumberMention, UnitClass } from '../../extract/numbers.js';
import { spanIndexAt } from '../../core/span.js';

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
  /**
   * The head noun of the claim's subject ("seekers" in "Asylum seekers housed in hotels").
   * When known, a figure's noun ties by its words only to the head, the unit and the cues,
   * not to the subject's other words ("120 hotels" is not a count of asylum seekers).
   */
  head?: string;
  /** Lower-cased content words of the cues alone (with `head`). */
  cueWords?: string[];
  /** Months (1–12) and years the subject names: a figure stated for another month or year is another figure. */
  months?: number[];
  years?: number[];
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
  /** The clause gives a figure's earlier value or a comparison (", up from …", ", compared with …"). */
  baseline: boolean;
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
  const baselineIds = new Set<number>();
  let dashOpen = false;
  const cut = (at: number, newId: number): void => {
    if (at > segStart) segs.push({ start: segStart, end: at, id, baseline: baselineIds.has(id) });
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
      } else if (BOUNDARY_DASH.test(s.slice(m.index + tok.length, m.index + tok.length + 400))) {
        stack.push(id);
        cut(at, nextId++);
        dashOpen = true;
      } else cut(at, nextId++);
    } else if (m[1] !== undefined) {
      const word = m[1];
      const lower = word.toLowerCase();
      const opens = CLAUSE_STARTERS.has(lower) || (word === lower && lower.length > 4 && lower.endsWith('ing') && !NOT_CLAUSE_ING.has(lower)) || (word === lower && /^(?:compared|excluded|adjusted|driven|fueled|fuelled|led)$/.test(lower));
      if (opens) {
        const newId = nextId++;
        // ", up from 4.1%", ", down from a peak of 56,000", ", compared with $19.3bn": an earlier value.
        const rest = s.slice(m.index + m[0].length - word.length, m.index + m[0].length + 20).toLowerCase();
        // (", from 6.5% to 10%" states the change: its first figure is left out by earlierValue.)
        const fromTo = /^from\b/.test(rest) && /^[^,;]*?\sto\s+(?:[$€£¥]|us\$)?\d/iu.test(s.slice(m.index + m[0].length, m.index + m[0].length + 80));
        if (/^(?:(?:up|down)\s+from|compared|versus|against|from|than)\b/.test(rest) && !fromTo) baselineIds.add(newId);
        cut(at, newId);
      }
    } else if (m[2] !== undefined) {
      // "all but 11 of the 72", "nothing but": not a conjunction.
      if (m[2].toLowerCase() === 'but' && /(?<![\p{L}])(?:all|nothing|anything|everything|everyone|none|last|first)\s+$/iu.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (at > segStart) cut(at, nextId++);
    }
  }
  segs.push({ start: segStart, end: sentence.end, id, baseline: baselineIds.has(id) });
  return segs;
}
/** The clause segment holding `offset` (segments are sorted and contiguous; binary search). */
function segAt(segs: Seg[], offset: number): Seg | undefined {
  const i = spanIndexAt(segs, offset);
  return i === -1 ? segs[segs.length - 1] : segs[i];
}
function clauseAt(segs: Seg[], offset: number): number {
  return segAt(segs, offset)?.id ?? 0;
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
const PARTITIVE_GAP = /^\s+of\s+(?:(?:the|its|their|all|his|her|our)\s+)?(?:[\p{L}.]+['’]s?\s+)?$/iu;
const CONJUNCTIONS = /(?<![\p{L}])(?:and|or|but|while|whereas)(?![\p{L}])/giu;
const CONJUNCTION_PENALTY = 50;
const ADJ_BEFORE = /^\s*(?:['’]s?)?\s*$/u;
/** A cue right after the figure, or after a preposition and the given names before a surname cue ("47.1% for Joaquín Ospina"). */
const ADJ_AFTER = /^\s*(?:(?:for|to|in|at|from|among)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3})?$/u;

const QUANTITY_NP = /(?:^|[^\p{L}\p{M}])(?:number|numbers|total|count|share|proportion|percentage|amount|tally|majority|minority|most|many|some|all|half|few|several|none|bulk|rest)\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:[\p{L}\p{M}'’-]+\s+){0,3}$/iu;

/**
 * Words that make the figure after them someone's expectation, not a stated fact: forecasts,
 * consensus estimates, guidance, "should" ("Economists had forecast payrolls increasing by
 * 200,000", "the median estimate … called for a 220,000 gain", "should be capped at
 * $500,000"), and what someone preferred or proposed ("dissented in favor of a
 * 50-basis-point cut"), and limits ("caps class sizes at 28 students"). "as expected", "than expected" are not (the figure is the fact);
 * nor are plans and proposals ("guidance called for the hiring of 15,000 agents", "has proposed
 * €150 billion in loans"), which claims are often about.
 */
const FORECAST = /(?<![\p{L}])(?:forecasts?|forecasting|forecasted|expects|expecting|expectations|(?<!(?:as|than)[\s-])expected|predicted|predicts|predicting|predictions?|projected|projections?|anticipated|anticipates|estimates\s+(?:of|ranging|for|from)|(?:median|average|consensus|mean|analysts['’]?|economists['’]?)\s+estimates?|consensus|should|in\s+favou?r\s+of|favou?red|preferred|sought|urged|pushed\s+for|argued\s+for|cap(?:s|ped|ping)?(?:\s+[\p{L}]+){0,3}\s+at|capped\s+at)(?![\p{L}])/giu;
/**
 * Hedges: a figure after "could", "might" or "may" is a possibility, not a stated fact ("the
 * death toll could rise to 300", "the plan may cost up to $25 billion"); a negated one is not
 * ("could not stop the forint's 6.2% plunge" states the plunge). Lower case only:
 * "May" is a month. "would" is not one: it is how plans are stated ("the wall would cost
 * $21.6 billion"), and claims are often about plans.
 */
const HEDGE = /(?<![\p{L}])(?:could|might|may)(?![\p{L}])(?!\s+(?:not|only|just|barely|still|already)(?![\p{L}]))/gu;
/** A hedge right after the figure and its noun: the figure is what may happen, not what did. */
const HEDGE_AFTER = /^\s*(?:[\p{L}'’-]+\s+){0,3}(?:could|might|may)\s+(?!(?:not|only|just|also|still|have)(?![\p{L}]))[\p{L}]/u;
// (Not "may have been accessed": a breach notice's figure of those affected, hedged only as to what happened to them.)
/** A relative or subordinate clause between a hedge and the figure: the figure is that clause's ("could bring flooding to areas where 2,000 people live"). */
const CLAUSE_BETWEEN = /(?<![\p{L}])(?:where|who|whom|whose|which|that|when|because|after|before|while|since|although)(?![\p{L}])/iu;
/** A claim about an expectation (or a possibility) keeps such figures. */
const FORECAST_CLAIM = /^(?:forecast|expect|predict|projected|projection|anticipat|estimat|consensus|guidance|outlook|propos|prefer|favou?r|cap|limit|maximum|ceiling|possib|potential|scenario|demand|sought|seek|request|urged)/u;

/** Relative pronouns; "that" only after a noun and before a verb (not "said that"). */
const RELATIVE = /(?<![\p{L}])(who|whom|whose|which|that)(?![\p{L}])/giu;
const NOT_NOUN_BEFORE_THAT = new Set([
  'said', 'says', 'say', 'told', 'tell', 'tells', 'found', 'showed', 'shows', 'show', 'thought', 'think', 'believe',
  'believes', 'knew', 'know', 'so', 'such', 'now', 'than', 'and', 'but', 'or', 'is', 'was', 'are', 'were', 'be',
  'been', 'in', 'on', 'at', 'of', 'for', 'with', 'by', 'from', 'to', 'about', 'after', 'before', 'all', 'like',
  'given', 'ensure', 'ensuring', 'means', 'meaning', 'mean', 'argue', 'argues', 'insist', 'insists', 'hope', 'hopes',
  'clear', 'sure', 'fact', 'noting', 'adding', 'saying', 'warning', 'claiming', 'arguing',
]);
const AUX_AFTER_THAT = /^\s+(?:has|had|have|was|were|is|are|will|would|could|can|may|might|killed|left|hit|struck|took|made|won|lost|rose|fell|saw|came|went|held|led|\p{L}+ed|\p{L}+s)(?![\p{L}])/u;

interface Relative extends Span {
  /** The noun phrase the clause describes: from the last comma, "of" or clause start to the pronoun. */
  antecedent: Span;
}

/** Relative clauses of the sentence ("…, who had led the first round with 41.3%", "a crash that killed 61"). */
function relativeClauses(text: string, sentence: Span): Relative[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: Relative[] = [];
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(s); m; m = RELATIVE.exec(s)) {
    const word = m[1]!.toLowerCase();
    // Windows of a few hundred characters keep this linear on pathological sentences.
    const offset = Math.max(0, m.index - 300);
    const before = s.slice(offset, m.index);
    if (word === 'that') {
      const prev = /([\p{L}\p{M}'’-]+)\s*$/u.exec(before);
      if (!prev || prev.index + prev[0].length !== before.length) continue; // ", that" or "(that"
      const pw = prev[1]!.toLowerCase();
      if (NOT_NOUN_BEFORE_THAT.has(pw) || /(?:ed|ly)$/.test(pw)) continue;
      if (!AUX_AFTER_THAT.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    }
    const tail = s.slice(m.index + m[0].length, m.index + m[0].length + 400);
    const stop = tail.search(/(?<!\d),|,(?!\d)|[;:()\u2014]|\s[-\u2013]\s/u);
    const end = stop === -1 ? Math.min(s.length, m.index + m[0].length + 400) : m.index + m[0].length + stop;
    // The antecedent: back over an optional comma to the previous comma, "of", or the start.
    const head = before.replace(/[\s,(\u2014\u2013-]+$/u, '');
    let from = 0;
    const comma = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('('), head.lastIndexOf('\u2014'));
    if (comma >= 0) from = comma + 1;
    let lastOf = -1;
    for (const o of head.slice(from).matchAll(/(?<![\p{L}])of\s+/gu)) lastOf = o.index + o[0].length;
    if (lastOf >= 0) from += lastOf;
    out.push({ start: sentence.start + m.index, end: sentence.start + end, antecedent: { start: sentence.start + offset + from, end: sentence.start + offset + head.length } });
  }
  return out;
}

/** Words before "rose", "fell", "up", … that are not the subject of the change. */
const NOT_SUBJECT = new Set([
  'it', 'its', 'they', 'them', 'he', 'she', 'we', 'which', 'that', 'who', 'this', 'these', 'those', 'and', 'or', 'but',
  'also', 'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'would', 'could', 'figure',
  'number', 'total', 'count', 'tally', 'toll', 'rate', 'share', 'percentage', 'proportion', 'level', 'value', 'price',
]);
const CHANGE_VERBS = [...CHANGE_WORDS].filter((w) => w !== 'cut' && w !== 'cuts').join('|');
/** "<noun> rose 12%", "its shares up 6%": the figure is the change of that noun. */
const CHANGE_TAIL = String.raw`\s+(?:(?:has|have|had|was|were|is|are|been)\s+)*(?:[\p{L}]+(?:ed|ly)\s+)?(?:${CHANGE_VERBS})\s+(?:by\s+|to\s+)?$`;
/** The word right before the change verb: "Nonfarm payrolls increased by", "Revenue rose". */
const WORD_CHANGE = new RegExp(String.raw`([\p{L}\p{M}][\p{L}\p{M}'’-]*)${CHANGE_TAIL}`, 'iu');
/** The same word opening its noun phrase, so that it is the subject ("its shares up", "Exports fell"), not "hours of Tuesday has risen". */
const SUBJECT_CHANGE = new RegExp(
  String.raw`(?:^|[,;:]\s*|(?<![\p{L}])(?:the|its|their|his|her|our|whose)\s+|[\p{L}]['’]s\s+)([\p{L}\p{M}][\p{L}\p{M}'’-]*)${CHANGE_TAIL}`,
  'iu',
);

const PLURAL_WORDS = new Set(['people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'troops', 'dead', 'injured', 'wounded', 'missing']);
/** A cue that is itself a counted noun ("asylum seekers", "hotels"), not a verb or an event ("killed", "death toll"). */
function nominalCue(cueText: string): boolean {
  // Lower-case only: "Texas", "Athens" are places, not plurals.
  const word = (cueText.match(/[\p{L}\p{M}]+$/u) ?? [''])[0];
  if (/^\p{Lu}/u.test(word)) return false;
  const last = word.toLowerCase();
  if (PLURAL_WORDS.has(last) && !['dead', 'injured', 'wounded', 'missing'].includes(last)) return true;
  return last.length > 3 && last.endsWith('s') && !/(?:ss|us|is)$/.test(last);
}

/** A cue naming who a figure's group are: "…, most of them Central Americans", "mainly Guatemalans". */
const DESCRIBES_GROUP = /(?:of\s+(?:them|whom)|mostly|mainly|largely|including|chiefly|predominantly)\s+$/iu;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** "4.4% in October", "36,000 in October 2024", "2.1m in 2023": the period a figure is stated for. */
const PERIOD_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}]+\s+){0,2}?(?:in|for|during|through)\s+(?:the\s+month\s+of\s+)?(?:(${MONTH_RE})(?:\s+((?:1[89]|20)\d\d))?|((?:1[89]|20)\d\d))(?![\p{L}\p{N}])`, 'u');
/** "October's 36,000", "October’s figure of 36,000". */
const PERIOD_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${MONTH_RE})['’]s\s+(?:[\p{L}]+\s+){0,3}(?:of\s+)?$`, 'u');

/** The verb right before a partitive's part, or right after its whole's noun, is one of the claim's words. */
function partVerbWanted(text: string, m: Span, wholeNoun: Span, wanted: ReadonlySet<string>): boolean {
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
  const after = /^\s+([\p{L}]+)/u.exec(text.slice(wholeNoun.end, wholeNoun.end + 30))?.[1];
  return [before, after].some((w) => w !== undefined && wanted.has(stem(foldString(w))));
}

/** Units of measure: a figure counting these is a distance, a weight, an area…, never a count of the claim's noun. */
const MEASURE_NOUNS = new Set([
  'metre', 'metres', 'meter', 'meters', 'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'mile', 'miles', 'feet', 'foot', 'ft',
  'inch', 'inches', 'yard', 'yards', 'cm', 'centimetres', 'centimeters', 'mm', 'millimetres', 'millimeters', 'kg', 'kilos', 'kilograms',
  'kilogrammes', 'gram', 'grams', 'tonnes', 'tons', 'pounds', 'lbs', 'ounces', 'litres', 'liters', 'gallons', 'barrels', 'acres', 'hectares',
  'degrees', 'mph', 'kph', 'knots', 'volts', 'watts', 'megawatts', 'gigawatts', 'kilowatts',
]);

/** The last word of the figure's noun phrase, folded ("" when it has none). */
function lastNounWord(m: NumberMention): string {
  return m.noun ? foldString(m.noun.text.split(/\s+/).pop() ?? '') : '';
}

/** "fell about 12 metres": a measurement, unless the claim is about that measure. */
function measureOfOther(m: NumberMention, target: QuantityTarget): boolean {
  const head = lastNounWord(m);
  if (!MEASURE_NOUNS.has(head)) return false;
  const own = [target.unitNoun ?? '', ...target.words, ...(target.cueWords ?? [])].map((w) => foldString(w));
  return !own.includes(head) && !own.some((w) => sameUnit(stem(w), stem(head)));
}

/** The figure's noun is one the claim counts (its unit, head or words). */
function countsClaimsNoun(m: NumberMention, target: QuantityTarget): boolean {
  const head = lastNounWord(m);
  if (head === '') return false;
  const own = [target.unitNoun ?? '', target.head ?? '', ...target.words].map((w) => foldString(w)).filter(Boolean);
  return own.some((w) => w === head || stem(w) === stem(head));
}

/**
 * A figure right after a participle that is not a cue, joined to the cue by "and" or a comma,
 * is that verb's object: "killing three people and injuring 11" gives the injured 11, not
 * the dead; "ignored warnings …, killing three people" gives no count of warnings.
 */
function otherVerbsObject(text: string, sentence: Span, m: NumberMention, cues: readonly Span[], target: QuantityTarget): boolean {
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(sentence.start, m.start - 30), m.start));
  if (!before) return false;
  const verb = before[1]!;
  const lower = verb.toLowerCase();
  if (!/^[\p{Ll}]{3,}(?:ing|ed)$/u.test(verb) || CHANGE_WORDS.has(lower) || NOT_OTHER_VERB.has(lower)) return false;
  const vStart = m.start - before[0].length;
  const vEnd = vStart + verb.length;
  if (cues.some((c) => c.start < vEnd && c.end > vStart)) return false; // the verb is a cue
  // A noun cue ("The earthquake struck, killing 300 people"): the verb's object is the claim's
  // when it counts what the claim counts; a participle cue ("killing … and injuring 11") never.
  const participleCue = cues.some((c) => /(?:ing|ed)$/iu.test(text.slice(c.start, c.end)));
  if (!participleCue && countsClaimsNoun(m, target)) return false;
  // A cue in the figure's own noun phrase ties it ("detained 220,000 Guatemalans").
  const nounEnd = Math.max(m.end, m.noun?.end ?? m.end);
  if (cues.some((c) => c.start >= m.start && c.start <= nounEnd + 1)) return false;
  // Parallel clauses with the same verb ("the EU pledged €1.5bn, while Britain pledged …") are left to the other rules.
  const sameVerb = new RegExp(`^\\s+${lower}(?![\\p{L}])`, 'iu');
  if (cues.some((c) => sameVerb.test(text.slice(c.end, c.end + verb.length + 4)))) return false;
  return cues.some((c) => {
    const between = c.end <= vStart ? text.slice(c.end, vStart) : c.start >= m.end ? text.slice(m.end, c.start) : '';
    // A participle clause ("…, killing three people") is joined by a comma or "and"; a finite
    // past verb only by "and" ("killed 11 and injured 20"; not "Globally, the film earned $112.5 million").
    return /ing$/iu.test(verb) ? /,|(?<![\p{L}])and(?![\p{L}])/u.test(between) : /(?<![\p{L}])and(?![\p{L}])/u.test(between);
  });
}
/** Participles that introduce a figure of the same thing ("totalling", "including", "reaching") or none. */
const NOT_OTHER_VERB = new Set([
  'totalling', 'totaling', 'including', 'excluding', 'reaching', 'exceeding', 'topping', 'bringing', 'numbering', 'involving', 'affecting',
  'estimated', 'reported', 'recorded', 'registered', 'counted', 'confirmed', 'listed', 'expected', 'projected', 'forecast', 'compared',
  'ranked', 'rated', 'valued', 'priced', 'worth', 'averaging', 'averaged', 'representing', 'accounting', 'nearing', 'approaching', 'surpassing', 'passing',
  'involved', 'affected', 'having', 'being', 'employing', 'employed', 'housing', 'serving', 'served',
]);

const COMPARED_BEFORE = /(?<![\p{L}])(?:compares|compare|compared|comparing)\s+(?:with|to|against)\s+[^,;:]{0,80}$/iu;

/**
 * The other side of a comparison made inside the clause: "The charge compares with net
 * income of 412 million euros" states no charge of 412 million — unless a cue stands in
 * the compared part of the clause (the claim is about net income, or "1.9% in April").
 */
function comparedWith(text: string, seg: Span, m: NumberMention, cues: readonly Span[]): boolean {
  const from = Math.max(seg.start, m.start - 120);
  const c = COMPARED_BEFORE.exec(text.slice(from, m.start));
  if (!c) return false;
  const at = from + c.index;
  return !cues.some((q) => q.start >= at && q.start < seg.end);
}

/** Spellings of one unit of measure ("kilometres", "kilometers", "km"), by stem. */
const UNIT_SPELLINGS: readonly (readonly string[])[] = [
  ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'],
  ['m', 'metre', 'metres', 'meter', 'meters'],
  ['mi', 'mile', 'miles'],
  ['ft', 'foot', 'feet'],
  ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'],
  ['t', 'tonne', 'tonnes', 'ton', 'tons'],
  ['l', 'litre', 'litres', 'liter', 'liters'],
  ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'],
];
const UNIT_CANON = new Map<string, number>();
UNIT_SPELLINGS.forEach((list, k) => {
  for (const w of list) UNIT_CANON.set(stem(w), k);
});
/** Two stems that spell the same unit of measure. */
function sameUnit(a: string, b: string): boolean {
  const x = UNIT_CANON.get(a);
  return x !== undefined && x === UNIT_CANON.get(b);
}

/** Speeds written out: "125 miles per hour" is 125 mph, "200 kilometres an hour" 200 km/h. */
function speedUnit(unit: string, m: NumberMention, text: string): boolean {
  if (!m.noun) return false;
  const phrase = text.slice(m.noun.start, Math.min(text.length, m.noun.end + 12)).toLowerCase();
  if (unit === 'mph') return /^miles?\s+(?:per|an|a)\s+hour/.test(phrase);
  if (unit === 'kph' || unit === 'km/h' || unit === 'kmh') return /^(?:kilomet(?:re|er)s?|km)\s+(?:per|an|a)\s+hour/.test(phrase);
  return false;
}

/** Words of a claim about a change itself ("the cut in the ban", "rate rise"), which wants the "by" figure. */
const CHANGE_CLAIM = /^(?:cut|cuts|reduction|increase|rise|fall|drop|decline|change|growth|gain|loss|hike|raise|extension)$/;

/**
 * "cut her four-year ban by 18 months, to 30 months": the "by" figure is the change, the
 * "to" figure the new level. A claim about the level (not about the change) takes the second.
 */
function changeBeforeLevel(text: string, m: NumberMention, numbers: readonly NumberMention[], target: QuantityTarget): boolean {
  if (!/(?<![\p{L}])by\s+$/iu.test(text.slice(Math.max(0, m.start - 4), m.start))) return false;
  const next = numbers.find((n) => n.start >= m.end && n.start - m.end <= 12);
  if (!next || next.unitClass !== m.unitClass || !/^,?\s*to\s+$/iu.test(text.slice(m.end, next.start))) return false;
  return !target.words.some((w) => CHANGE_CLAIM.test(foldString(w)));
}

/**
 * A part the sentence lists inside its total: "earned $112.5 million, including $64.3 million
 * from 52 markets", "the cancellations, including 44 international flights" — unless the
 * claim's cue is the part's own noun ("44 international flights" for a claim about those).
 */
function includedPart(text: string, m: NumberMention, cues: readonly Span[]): boolean {
  if (!/(?<![\p{L}])(?:including|included|includes|among\s+them|of\s+which)\s+(?:[\p{L}]+\s+){0,2}$/iu.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
  const nounEnd = Math.max(m.end, m.noun?.end ?? m.end);
  // (the cue in the part's own phrase: "44 international flights", "$112,000 in prize money")
  return !cues.some((c) => c.start >= m.start && (c.start <= nounEnd + 1 || /^\s+(?:in|of)\s+$/iu.test(text.slice(m.end, c.start))));
}

const FROM_BEFORE = /(?<![\p{L}])from\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:peak|high|low|record|level|total)\s+of\s+)?$/iu;
const CHANGE_WORD_RE = new RegExp(String.raw`^(?:${[...CHANGE_WORDS].join('|')})$`, 'iu');

/**
 * The figure a change starts from: "from 6.5% to 10%", "had risen from £1.2m", "fell from a
 * peak of 56,000" — after "from", with "to <figure>" next or a change verb before it in the
 * clause. ("donations from 5,000 people" is none of these: a count.)
 */
function earlierValue(text: string, seg: Span, m: NumberMention, numbers: readonly NumberMention[]): boolean {
  if (!FROM_BEFORE.test(text.slice(Math.max(seg.start, m.start - 40), m.start))) return false;
  const next = numbers.find((n) => n.start >= m.end && n.start - m.end <= 8);
  if (next && /^\s*to\s*$/iu.test(text.slice(m.end, next.start))) return true;
  // The change verb right before "from" (an adverb may stand between): "had risen from £1.2m",
  // "fell sharply from"; not "orders from 300 customers", "picked up survivors from 12 villages".
  const before = /([\p{L}]+)\s+(?:[\p{L}]+ly\s+)?from\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:peak|high|low|record|level|total)\s+of\s+)?$/iu.exec(
    text.slice(Math.max(seg.start, m.start - 60), m.start),
  );
  return before !== null && CHANGE_WORD_RE.test(before[1]!) && !/^(?:up|down|went)$/i.test(before[1]!);
}

/** Does the figure name a period other than the claim's ("4.4% in October" for a November rate)? */
function otherPeriod(text: string, seg: Span, m: NumberMention, target: QuantityTarget): boolean {
  if (!target.months && !target.years) return false;
  const after = PERIOD_AFTER.exec(text.slice(m.end, Math.min(seg.end, m.end + 40)));
  const before = PERIOD_BEFORE.exec(text.slice(Math.max(seg.start, m.start - 40), m.start));
  const month = after?.[1] ?? before?.[1];
  const year = after?.[2] ?? after?.[3];
  if (month && target.months && !target.months.includes(MONTHS.indexOf(month.toLowerCase()) + 1)) return true;
  if (year && target.years && !target.years.includes(Number(year))) return true;
  return false;
}

/** Nouns of change: the figure is the change of what follows ("a 12% rise in revenue"). Stems. */
const CHANGE_NOUNS = new Set([
  'rise', 'increase', 'gain', 'advance', 'jump', 'climb', 'growth', 'fall', 'drop', 'decline', 'decrease', 'cut',
  'reduction', 'hike', 'slump', 'surge', 'boost', 'dip', 'improvement', 'contraction', 'expansion', 'slide', 'plunge',
]);

/** Prepositions of a chain of complements ("loans for joint procurement of air defence"). */
const PREPOSITIONS_IN_GAP = /(?<![\p{L}])(?:of|for|in|on|at|from|to|with|by|about|against|into)(?![\p{L}])/giu;

/** A verb between a figure's noun and a later cue: "5,000 Guatemalans were deported by Mexico". */
const VERB_BETWEEN = /(?<![\p{L}])(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may|might|\p{L}+ed|\p{L}{3,}ing|said|told|fell|rose|left|fled|died|won|lost|took|made|came|went|got|hit|ran|saw|met|paid|spent|sold|held|kept)(?![\p{L}])/iu;

/** Cues whose first word is a preposition describe a noun ("people on board", "22 in the league"). */
const PREPOSITIONAL_CUE = /^(?:on|in|at|aboard|onboard|of|from|inside|for)(?![\p{L}])/iu;

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
  const ofClass = numbers.filter(
    (m) =>
      m.unitClass === target.unitClass &&
      !m.comparative &&
      !(target.currency && m.currency && target.currency !== m.currency) &&
      !(target.timeUnit && m.timeUnit && target.timeUnit !== m.timeUnit),
  );
  if (ofClass.length === 0) return null;
  // A cue matched inside "non-Mexicans" (SPEC §2: hyphenated parts are words) is weak
  // evidence next to a cue standing on its own; use the strong ones when there are any.
  const sorted = [...cueSpans].sort((a, b) => a.start - b.start);
  const strong = sorted.filter((c) => !/non[-\u2010\u2011\u2013]$/iu.test(text.slice(Math.max(0, c.start - 4), c.start)));
  const segs = clauses(text, sentence);
  // A comparison window ("the deadliest crash since 1996, when 70 people died") is another
  // event: its figures and cues say nothing about the claim.
  const window = comparisonWindow(text, sentence);
  const inWindow = (x: Span): boolean => window !== null && x.start >= window.start && x.start < window.end;
  const cues = (strong.length ? strong : sorted).filter((c) => {
    if (inWindow(c)) return false;
    const before = text.slice(Math.max(sentence.start, c.start - 30), c.start);
    // "Among the dead were …": a subset of the cue, not its total.
    if (/(?<![\p{L}])among\s+(?:the\s+|those\s+)?$/iu.test(before)) return false;
    // "a sharp rebound from October, when …": a comparison's baseline with no figure of its own.
    // ("4% from a year earlier" keeps its cue: the phrase is the figure's own baseline.)
    const base = /(?<![\p{L}])(?:from|than|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|a\s+|last\s+)?$/iu.exec(before);
    if (base) {
      const at = c.start - before.length + base.index;
      const seg = segAt(segs, c.start);
      const ownFigure = ofClass.some((m) => m.end <= at && at - m.end <= 3 && /^\s*$/u.test(text.slice(m.end, at)));
      if (!ownFigure && !ofClass.some((m) => m.start >= c.end && m.start < (seg?.end ?? sentence.end))) return false;
    }
    return true;
  });
  if (cues.length === 0) return null;

  // Content words that tie a noun to the claim (generic words for people excluded).
  const wanted = new Set<string>();
  for (const w of [...target.words, ...(target.unitNoun ? [target.unitNoun] : [])]) {
    const f = foldString(w);
    if (f.length >= 3 && !MATCH_STOP.has(f) && !/^\d/.test(f) && !NEUTRAL_NOUNS.has(stem(f))) wanted.add(stem(f));
  }
  // With a known subject head, a noun ties by the head, the unit and the cues only.
  const nounWanted = new Set<string>();
  if (target.head !== undefined) {
    for (const w of [target.head, ...(target.unitNoun ? [target.unitNoun] : []), ...(target.cueWords ?? [])]) {
      const f = foldString(w);
      if (f.length >= 3 && !MATCH_STOP.has(f) && !/^\d/.test(f) && !NEUTRAL_NOUNS.has(stem(f))) nounWanted.add(stem(f));
    }
  }
  const nounTies = target.head !== undefined ? nounWanted : wanted;
  const forecastClaim = target.words.some((w) => FORECAST_CLAIM.test(foldString(w)));
  const relatives = relativeClauses(text, sentence);
  // Cues are sorted by start: find the ones that can overlap a span by binary search.
  const cueIn = (sp: Span): boolean => {
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid]!.end <= sp.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = Math.max(0, lo - 1); i < cues.length && cues[i]!.start < sp.end; i++) if (overlaps(cues[i]!, sp)) return true;
    return false;
  };
  const relativeHolds = relatives.map((r) => cueIn(r) || cueIn(r.antecedent));
  // Cues that all stand inside relative clauses ("The release, which opened in 4,125 theaters,
  // earned nearly $9 million"): they describe the antecedent, so a figure after the clause,
  // outside its antecedent, is the main verb's, not theirs ("the three people who lost their
  // lives" keeps its antecedent's figure).
  const cueRelatives = cues.map((c) => relatives.find((r) => c.start >= r.start && c.start < r.end));
  const cuesOnlyInRelatives = cues.length > 0 && cueRelatives.every((r) => r !== undefined);

  // Figures that are not the sentence's statement of a fact: a forecast, a figure in a
  // relative clause about something else, an earlier value, a comparison window.
  const candidates = ofClass.filter((m) => {
    if (inWindow(m)) return false;
    const seg = segAt(segs, m.start);
    if (seg?.baseline && !cues.some((c) => c.start >= seg.start && c.start < seg.end)) return false;
    if (!forecastClaim) {
      const lead = text.slice(Math.max(seg?.start ?? sentence.start, m.start - 120), m.start);
      // The last forecast or hedge word before the figure, with no clause break after it.
      let lastEnd = -1;
      FORECAST.lastIndex = 0;
      for (let f = FORECAST.exec(lead); f; f = FORECAST.exec(lead)) lastEnd = Math.max(lastEnd, f.index + f[0].length);
      HEDGE.lastIndex = 0;
      for (let f = HEDGE.exec(lead); f; f = HEDGE.exec(lead)) {
        // (Ability with a limit is no hedge: "could only save 3", "could reach just 40 villages".)
        const between = lead.slice(f.index + f[0].length);
        if (!CLAUSE_BETWEEN.test(between) && !/(?<![\p{L}])(?:only|just|barely|merely)(?![\p{L}])/iu.test(between)) lastEnd = Math.max(lastEnd, f.index + f[0].length);
      }
      if (lastEnd >= 0 && !/[,;:]/.test(lead.slice(lastEnd))) return false;
      // The figure as the subject of a hedge: "more than 900,000 customers could lose power".
      if (HEDGE_AFTER.test(text.slice(m.end, Math.min(seg?.end ?? sentence.end, m.end + 50)))) return false;
    }
    for (let k = 0; k < relatives.length; k++) {
      const r = relatives[k]!;
      if (m.start >= r.start && m.start < r.end && !relativeHolds[k]) return false;
    }
    if (cuesOnlyInRelatives && cueRelatives.every((r) => m.start >= r!.end && !(m.start >= r!.antecedent.start && m.start < r!.antecedent.end))) return false;
    if (seg && otherPeriod(text, seg, m, target)) return false;
    if (earlierValue(text, seg ?? sentence, m, numbers)) return false;
    if (comparedWith(text, seg ?? sentence, m, cues)) return false;
    if (changeBeforeLevel(text, m, numbers, target)) return false;
    if (includedPart(text, m, cues)) return false;
    if (measureOfOther(m, target) && !(target.unitNoun && speedUnit(foldString(target.unitNoun), m, text))) return false;
    if (otherVerbsObject(text, sentence, m, cues, target)) return false;
    return true;
  });
  if (candidates.length === 0) return null;

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
    /** Tied only by a cue that is the claim's unit noun ("votes" for a margin in votes). */
    unitCue: boolean;
    /** The cue is the subject of the change the figure states ("Payrolls increased by 138,000"). */
    subjectCue: Span | null;
  }
  const unitStem = target.unitNoun ? stem(target.unitNoun) : null;
  const peopleUnit = target.unitNoun !== undefined && PEOPLE.includes(foldString(target.unitNoun));
  const position = new Map(numbers.map((n, i) => [n, i] as const));
  const built: (Cand | null)[] = candidates.map((m) => {
    const before = nounBefore(text, sentence, m);
    // Partitives: "48 of the 108 seats" counts seats; "Eight of the survivors" is a subset.
    // (Numbers are in text order: only the neighbours can make a partitive.)
    const at = position.get(m) ?? -1;
    const next = numbers[at + 1];
    const prev = at > 0 ? numbers[at - 1] : undefined;
    const wholeAfter = next && next.start - m.end <= 40 && PARTITIVE_GAP.test(text.slice(m.end, next.start)) ? next : undefined;
    const partitiveOf = m.noun !== undefined && /^\s+of\s+(?:the|those|these|its|their|our|his|her|all)\s/iu.test(text.slice(m.end, m.noun.start + 1));
    if (partitiveOf && cueIn(m.noun!)) return null;
    const noun = m.noun;
    // The part of a partitive counts the whole's noun, for matching words and units only.
    const typeNoun = m.noun ?? wholeAfter?.noun;
    // A percentage's "of the vote" is its base, shared by every share in the sentence.
    const baseNoun = noun !== undefined && m.unitClass !== 'count' && /^\s+of\s/iu.test(text.slice(m.end, noun.start + 1));
    const nounSpan = noun ? { start: noun.start, end: noun.end } : null;
    let cueInNoun: Span | null = null;
    let head: string | null = null;
    // Demoted: an appositive subset ("1,200 died, 500 of them children") and the whole of a
    // partitive ("120 of the 300 passengers survived") are not what the clause's verb counts.
    const subset = SUBSET_AFTER.test(text.slice(m.end, m.end + 20));
    const whole = prev !== undefined && m.start - prev.end <= 40 && PARTITIVE_GAP.test(text.slice(prev.end, m.start));
    // A compound modifier ("a 6.9-magnitude quake") measures its own noun: it is the claim's
    // figure only when that noun is the claim's.
    if (m.measure) {
      const ms = { start: m.measure.start, end: m.measure.end };
      const c = cues.find((x) => overlaps(x, ms));
      if (c) {
        cueInNoun = c;
        head = m.measure.text;
      } else if (!wanted.has(stem(m.measure.text))) return null;
    }
    // "a 12 per cent rise in quarterly revenue", "a 36,000 advance in October": a change noun
    // names what changed in its complement.
    const changeNoun = noun !== undefined && CHANGE_NOUNS.has(stem(headOf(noun.text)));
    if (changeNoun && !cueInNoun) {
      const after = /^\s+(?:in|of)\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}\p{M}'’-]+\s+){0,2}/u.exec(text.slice(noun!.end, noun!.end + 60));
      if (after) {
        const from = noun!.end;
        const to = noun!.end + after[0].length;
        const c = cues.find((x) => x.start >= from && x.start <= to);
        if (c) {
          cueInNoun = c;
          head = headOf(noun!.text);
        }
      }
    }
    for (const c of cueInNoun ? [] : cues) {
      // The cue inside the noun phrase, or continuing it ("3,000 people killed", "jobs added";
      // not for the whole of a partitive, whose verb belongs to the part, unless the cue
      // describes the noun: "72 people on board").
      const continues =
        nounSpan !== null && c.start >= nounSpan.end && c.start - nounSpan.end <= 3 && /^\s+$/u.test(text.slice(nounSpan.end, c.start)) && (!whole || PREPOSITIONAL_CUE.test(text.slice(c.start, c.end)));
      if (nounSpan && (overlaps(c, nounSpan) || continues)) {
        cueInNoun = c;
        head = headOf(noun!.text);
        break;
      }
      if (overlaps(c, m)) {
        cueInNoun = c;
        head = noun ? headOf(noun.text) : null;
        break;
      }
      if (before && overlaps(c, before.span)) {
        cueInNoun = c;
        head = before.word;
        break;
      }
      // The part of a partitive counts its whole's noun when the claim names what happened to the
      // part ("replaced seven of his 22 ministers" for ministers replaced); otherwise the whole
      // keeps it ("120 of the 300 passengers survived" for passengers on board).
      if (!noun && wholeAfter?.noun && overlaps(c, wholeAfter.noun) && partVerbWanted(text, m, wholeAfter.noun, wanted)) {
        cueInNoun = c;
        head = headOf(wholeAfter.noun.text);
        break;
      }
    }
    let wordMatch = false;
    // A cue right next to the figure: "Trump's 46.1%", "46.1% for Trump", "300 in Texas".
    let adjacent: Span | null = null;
    for (const c of cues) {
      if (c.end < m.start - 60 || c.start > m.end + 60) continue;
      if (c.end <= m.start && ADJ_BEFORE.test(text.slice(c.end, m.start))) adjacent = c;
      // "50.4% to Mr Ospina's 47.1%": a possessive cue owns the figure after it, not the one before.
      else if (m.end <= c.start && ADJ_AFTER.test(text.slice(m.end, c.start)) && !/^['’]s(?![\p{L}])/u.test(text.slice(c.end, c.end + 3))) adjacent = c;
      if (adjacent) break;
    }
    if (!cueInNoun) {
      if (m.measure && wanted.has(stem(m.measure.text))) {
        wordMatch = true;
        head = m.measure.text;
      } else if (typeNoun && !baseNoun && nounTies.has(stem(headOf(typeNoun.text)))) {
        wordMatch = true;
        head = headOf(typeNoun.text);
      } else if (before && wanted.has(stem(before.word))) {
        wordMatch = true;
        head = before.word;
      }
    }
    const nounHead = noun && !baseNoun ? stem(headOf(noun.text)) : null;
    let foreign = noun !== undefined && !baseNoun && !cueInNoun && !wordMatch && !changeNoun && !NEUTRAL_NOUNS.has(nounHead ?? '');
    // "Payrolls increased by 138,000", "Revenue rose 12%": the figure is the change of the
    // cue; "its shares up 6%", "Exports fell 3%": the change of another noun.
    let subjectCue: Span | null = null;
    if (!cueInNoun) {
      const seg = segAt(segs, m.start);
      const lead = text.slice(Math.max(seg?.start ?? sentence.start, m.start - 60), m.start);
      const wc = WORD_CHANGE.exec(lead);
      if (wc) {
        const at = m.start - lead.length + wc.index;
        subjectCue = cues.find((c) => overlaps(c, { start: at, end: at + wc[1]!.length })) ?? null;
      }
      const sc = subjectCue ? null : SUBJECT_CHANGE.exec(lead);
      if (subjectCue) foreign = false;
      else if (sc) {
        const w = sc[1]!.toLowerCase();
        if (!wordMatch && !NOT_SUBJECT.has(w) && !wanted.has(stem(w)) && !NEUTRAL_NOUNS.has(stem(w))) foreign = true;
      }
    }
    const unitCue = cueInNoun !== null && unitStem !== null && stem(foldString(text.slice(cueInNoun.start, cueInNoun.end))) === unitStem;
    return { m, clause: clauseAt(segs, m.start), cueInNoun, wordMatch, adjacent, hasNoun: typeNoun !== undefined && !baseNoun, head, demoted: subset || whole, foreign, nounWords: typeNoun ? words(typeNoun.text).map(stem) : [], unitCue, subjectCue };
  });
  const cands = built.filter((c): c is Cand => {
    if (c === null) return false;
    // An explicit unit noun (`unit: agents`) is a type: a figure that counts something else
    // ("191,000 undocumented Mexican citizens") is not read for it. "people" is lenient:
    // demonyms and roles ("Guatemalans", "passengers") count people too.
    if (!unitStem || peopleUnit || !c.hasNoun || c.cueInNoun) return true;
    return c.nounWords.includes(unitStem) || c.nounWords.some((w) => sameUnit(w, unitStem)) || speedUnit(unitStem, c.m, text);
  });
  if (cands.length === 0) return null;

  const cueText = (c: Span): string => `"${text.slice(c.start, c.end)}" (cue)`;
  // Character distance (the SPEC floor), plus a penalty per coordinating conjunction between
  // the two: in "1,000 people have died and 5,000 have been injured" the cue "died" belongs
  // to the first conjunct, though 5,000 is fewer characters away.
  //   Among cues sorted by start, only the nearest on each side can win (a farther one has a
  //   longer gap, so no fewer conjunctions); results are memoised per list for the sorts.
  const memo = new Map<Span[], Map<Span, { cue: Span; d: number } | null>>();
  const nearestCue = (m: Span, among: Span[]): { cue: Span; d: number } | null => {
    let byList = memo.get(among);
    if (!byList) memo.set(among, (byList = new Map()));
    const known = byList.get(m);
    if (known !== undefined) return known;
    let lo = 0;
    let hi = among.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (among[mid]!.start < m.end) lo = mid + 1;
      else hi = mid;
    }
    let best: { cue: Span; d: number } | null = null;
    const consider = (c: Span | undefined): void => {
      if (!c) return;
      const gap = m.end <= c.start ? text.slice(m.end, c.start) : c.end <= m.start ? text.slice(c.end, m.start) : '';
      const d = distance(m, c) + CONJUNCTION_PENALTY * (gap.match(CONJUNCTIONS)?.length ?? 0);
      if (!best || d < best.d) best = { cue: c, d };
    };
    // Cues starting before the figure's end: the latest few (one may overlap the figure).
    for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) consider(among[i]);
    consider(among[lo]);
    byList.set(m, best);
    return best;
  };

  // 2. A cue inside the number's noun phrase, or right next to a number whose noun does not
  //    name something else ("Trump's 46.1%" beats "48.2% of the vote" for a Trump claim).
  const tied = cands.filter((c) => c.cueInNoun || c.subjectCue || (c.adjacent && (!c.hasNoun || c.wordMatch)));
  if (tied.length) {
    // A cue that only repeats the claim's unit ("votes") ties less than one naming the subject
    // ("a margin of 739,615" beats "11,284,917 votes" for a margin in votes).
    tied.sort(
      (a, b) =>
        Number(!!b.cueInNoun) - Number(!!a.cueInNoun) ||
        Number(!!b.subjectCue) - Number(!!a.subjectCue) ||
        Number(a.unitCue) - Number(b.unitCue) ||
        Number(a.demoted) - Number(b.demoted) ||
        Number(b.wordMatch) - Number(a.wordMatch) ||
        a.m.start - b.m.start,
    );
    const best = tied[0]!;
    const cue = (best.cueInNoun ?? best.subjectCue ?? best.adjacent)!;
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
        Number(a.demoted) - Number(b.demoted) ||
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
  //    A cue that is itself a counted noun ("asylum seekers") does not lend itself to a figure
  //    counting another noun ("120 hotels … used to house asylum seekers").
  const rest = cands.filter((c) => {
    if (!c.foreign) return true;
    const counted = c.m.unitClass === 'count' && c.head !== null ? nominalCue(c.head) : c.m.unitClass === 'count' && c.m.noun !== undefined && nominalCue(headOf(c.m.noun.text));
    const near = effective.filter((e) => {
      if (distance(c.m, e) > NEAR || clauseAt(segs, e.start) !== c.clause) return false;
      if (counted && nominalCue(text.slice(e.start, e.end)) && !DESCRIBES_GROUP.test(text.slice(Math.max(sentence.start, e.start - 20), e.start))) return false;
      // A cue deep in the noun's own complements ("€150 billion in EU-backed loans for joint
      // procurement of air defence") describes that noun; one preposition away ("218,000
      // migrants in Texas") or with a verb between ("were deported by Mexico") it is the clause's.
      const nounEnd = c.m.noun?.end ?? c.m.end;
      const describes = DESCRIBES_GROUP.test(text.slice(Math.max(sentence.start, e.start - 20), e.start));
      if (describes || e.start < nounEnd) return true;
      const gap = text.slice(nounEnd, e.start);
      return VERB_BETWEEN.test(gap) || (gap.match(PREPOSITIONS_IN_GAP) ?? []).length < 2;
    });
    return near.length > 0 && nearestCue(c.m, near)!.d <= NEAR;
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
