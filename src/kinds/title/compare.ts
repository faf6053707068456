/**
 * Comparing a title phrase with a title claim (SPEC §2, kind: title).
 *
 * The phrase agrees when the claim's value or a variant occurs in it as a whole-word
 * sequence, case- and punctuation-insensitively, not preceded inside the phrase by a rank
 * modifier (former, ex-, deputy, vice, acting, assistant, under, interim, associate) that
 * is not itself part of the matched wording. A phrase that is only a bare role word found
 * in the value or a variant is a short form and agrees ("Secretary Tillerson" for
 * "Secretary of State"). Otherwise it conflicts.
 *
 * Normalisation applied to both sides, beyond SPEC's case and punctuation (decisions
 * recorded in the README):
 * - folding (diacritics, typographic quotes and dashes), hyphens as spaces
 *   ("Vice-President" = "vice president"), possessive 's dropped, "U.S." = "US", "&" = "and";
 * - role abbreviations expanded ("Gen." = "General", "Sen." = "Senator", "CEO" =
 *   "chief executive" = "chief executive officer");
 * - plural role words singularised ("Justices" = "Justice");
 * - "undersecretary" split into "under secretary" (so "under" is seen as a modifier);
 * - inverted wordings, unless the lexicon turns them off: a value "Homeland Security
 *   Secretary" also matches "Secretary of (the) Homeland Security" and "Secretary for …",
 *   and "Secretary of Foreign Affairs" also matches "Foreign Affairs Secretary".
 * Short forms agree only when the bare role is not itself under a rank modifier in the
 * claim's wording: "President Pence" does not agree with "Vice President" (except
 * "associate": "Justice Thomas" agrees with "Associate Justice").
 * "shadow" is a rank modifier too (see `RANK_MODIFIERS`), and "-elect" and "designate"
 * right after the matched wording block it like a rank modifier ("President-elect" is not
 * "President"; the conflict's `modifier` is "-elect" or "-designate"). The converse holds
 * for short forms: "President Ibáñez" is not a short form of a claim "President-elect".
 * A rank modifier's scope is reset by "now", "current" and "currently" ("former
 * ambassador, now foreign minister"). "ex-" is "former". A phrase for a past post that is
 * not the claim's wording at all ("a retired high court judge" for a claim "inquiry
 * chair") is no mention (`past`): it does not say what the person is now. (SPEC §2 calls
 * it a conflict; a past post of the claim's own wording still conflicts: "former
 * ambassador to China" for "ambassador to China".)
 */
import { fold } from '../../core/fold.js';
import type { RoleLexicon } from '../../extract/roles.js';

/** The outcome of comparing one title phrase with a claim. */
export interface TitleComparison {
  /**
   * `past`: the phrase names a past post other than the claim's ("a retired high court
   * judge", "a former finance minister" for a claim "foreign minister"): true of the person
   * whatever their title now, so no mention.
   */
  readonly verdict: 'agreement' | 'conflict' | 'past';
  /** The phrase's wording that matched the value or a variant (as written in the phrase). */
  readonly matched?: string;
  /** The rank modifier, as a canonical word ("former", "ex-", "deputy"), that made a found wording a conflict. */
  readonly modifier?: string;
  /** The claim's wording (value or variant, as written in the claim) that matched or was found. */
  readonly wording?: string;
  /** How it agreed: the wording itself, its inverted form, or a short form. */
  readonly rule?: 'exact' | 'inverted' | 'short-form';
}

interface Tok {
  readonly w: string;
  /** Offsets into the compared string. */
  readonly start: number;
  readonly end: number;
}

const CHIEF_OFFICER = new Set(['executive', 'financial', 'operating', 'technology', 'information', 'marketing']);
const SCOPE_RESET = new Set(['now', 'current', 'currently']);
/** Words after a post that say it is not held yet: "President-elect", "Secretary-designate". */
const POST_MODIFIERS = new Set(['elect', 'designate']);
const LEADING_DETERMINERS = new Set(['the', 'a', 'an']);
/**
 * Rank modifiers in the claim's wording that still allow the bare role as its short form:
 * an associate justice is "Justice Thomas", an associate professor "Professor Smith".
 */
const SHORT_FORM_OK = new Set(['associate']);

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

const WORD_UNIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 unit: 1 when it is a letter or digit alone (`WORD_UNIT`), 2 when not, 0 not known yet. */
const UNIT_WORD = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let c = UNIT_WORD[code]!;
  if (c === 0) {
    c = WORD_UNIT.test(String.fromCharCode(code)) ? 1 : 2;
    UNIT_WORD[code] = c;
  }
  return c === 1;
}

/** Normalised words of a title text, with offsets into it. */
export function titleTokens(s: string, lex: RoleLexicon): Tok[] {
  // ASCII folds to itself lower-cased, offset for offset (as `fold` folds it): no map needed.
  const f = isAscii(s) ? undefined : fold(s);
  const t = f ? f.text : s.toLowerCase();
  const at = (k: number): number => (f ? f.map[k]! : k);
  const raw: Tok[] = [];
  const isW = (ch: string | undefined): boolean => ch !== undefined && isWordUnit(ch.charCodeAt(0));
  let i = 0;
  while (i < t.length) {
    const ch = t[i]!;
    if (ch === '&') {
      raw.push({ w: 'and', start: at(i), end: at(i + 1) });
      i++;
      continue;
    }
    if (!isW(ch)) {
      i++;
      continue;
    }
    let j = i;
    // An initialism: "u.s." → "us" (a letter here is one unit: a full stop must follow it).
    const ini = t.charCodeAt(i + 1) === 46 ? /^(?:\p{L}\.){2,}/u.exec(t.slice(i, i + 20)) : null;
    let word: string;
    if (ini && (i === 0 || !isW(t[i - 1]))) {
      j = i + ini[0].length;
      word = ini[0].replace(/\./g, '');
    } else {
      while (j < t.length && (isW(t[j]) || (t[j] === "'" && isW(t[j + 1])))) j++;
      word = t.slice(i, j);
      if (word.endsWith("'s")) word = word.slice(0, -2);
      if (word.includes("'")) word = word.replace(/'/g, '');
    }
    if (word) raw.push({ w: word, start: at(i), end: at(j) });
    i = j;
  }
  const out: Tok[] = [];
  for (let n = 0; n < raw.length; n++) {
    const tok = raw[n]!;
    const exp = lex.abbreviations.get(tok.w);
    let words: readonly string[] = exp ?? [tok.w];
    if (!exp) {
      const m = /^(under|vice)(.{4,})$/.exec(tok.w);
      if (m && (lex.roleLastWords.has(m[2]!) || lex.singular(m[2]!))) words = [m[1]!, m[2]!];
    }
    for (const word of words) {
      // "ex-" is "former" ("Ex-council leader" = "former council leader").
      // ("then-chairman": the post held then, as "former" says it.)
      const w = (word === 'ex' && raw[n + 1]?.w !== 'im') || word === 'then' ? 'former' : lex.roleLastWords.has(word) ? word : (lex.singular(word) ?? word);
      out.push({ w, start: tok.start, end: tok.end });
    }
  }
  // "chief executive officer" = "chief executive" (= "CEO")
  return out.filter((tok, k) => !(tok.w === 'officer' && k >= 2 && out[k - 2]!.w === 'chief' && CHIEF_OFFICER.has(out[k - 1]!.w)));
}

/** Per lexicon: a claim wording's words (claims compare their wordings with every phrase found). */
const wordsCache = new WeakMap<RoleLexicon, Map<string, readonly string[]>>();

function words(s: string, lex: RoleLexicon): readonly string[] {
  let byText = wordsCache.get(lex);
  if (!byText) {
    byText = new Map();
    wordsCache.set(lex, byText);
  }
  let w = byText.get(s);
  if (!w) {
    const list = titleTokens(s, lex).map((t) => t.w);
    while (list.length > 1 && LEADING_DETERMINERS.has(list[0]!)) list.shift();
    w = list;
    if (byText.size >= 50_000) byText.clear();
    byText.set(s, w);
  }
  return w;
}

/** Positions where `needle` occurs in `hay` as a whole-word sequence. */
function occurrences(hay: readonly string[], needle: readonly string[]): number[] {
  const at: number[] = [];
  if (needle.length === 0) return at;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    at.push(i);
  }
  return at;
}

/** The rank modifier governing position `i` of `toks` (before it, after the last scope reset), if any. */
function modifierBefore(toks: readonly string[], i: number, lex: RoleLexicon, except?: ReadonlySet<string>): string | undefined {
  let found: string | undefined;
  for (let k = 0; k < i; k++) {
    const w = toks[k]!;
    if (SCOPE_RESET.has(w)) found = undefined;
    else if (lex.rankModifiers.has(w) && !except?.has(w)) found = w;
  }
  return found;
}

/** Length of the longest role phrase at the end of `w[0..end)` starting after `min`, or 0. */
function roleSuffixLength(w: readonly string[], end: number, min: number, lex: RoleLexicon): number {
  for (let n = Math.min(lex.maxRoleWords, end - min); n >= 1; n--) {
    if (lex.isRole(w.slice(end - n, end))) return n;
  }
  return 0;
}

/**
 * The inverted wordings of a claim wording: "Homeland Security Secretary" ↔ "Secretary
 * of Homeland Security" (also "of the", "for"). Leading rank modifiers stay in front.
 */
function inversions(w: readonly string[], lex: RoleLexicon): string[][] {
  const out: string[][] = [];
  let m = 0;
  while (m < w.length && lex.rankModifiers.has(w[m]!)) m++;
  const mods = w.slice(0, m);
  // "Q R" → "R of Q"
  const r = roleSuffixLength(w, w.length, m, lex);
  const q = w.slice(m, w.length - r);
  if (r > 0 && q.length >= 1 && q.length <= 4 && !q.some((x) => x === 'of' || x === 'for' || x === 'to')) {
    const role = w.slice(w.length - r);
    out.push([...mods, ...role, 'of', ...q], [...mods, ...role, 'of', 'the', ...q], [...mods, ...role, 'for', ...q]);
  }
  // "R of Q" → "Q R"
  for (let p = m + 1; p < w.length - 1; p++) {
    if (w[p] !== 'of' && w[p] !== 'for') continue;
    if (!lex.isRole(w.slice(m, p))) continue;
    let qs = p + 1;
    if (w[qs] === 'the') qs++;
    const qq = w.slice(qs);
    if (qq.length >= 1 && qq.length <= 4) out.push([...mods, ...qq, ...w.slice(m, p)]);
    break;
  }
  return out;
}

/**
 * Compares a title phrase with a title claim's value and variants (SPEC §2).
 *
 * @param phrase the title phrase as read from the article ("Mexico's former ambassador to China")
 * @param value the claim's title
 * @param variants other correct wordings
 * @param lexicon the role lexicon (roles for short forms and inversions, rank modifiers)
 */
export function compareTitle(phrase: string, value: string, variants: readonly string[], lexicon: RoleLexicon): TitleComparison {
  const ptoks = titleTokens(phrase, lexicon);
  const p = ptoks.map((t) => t.w);
  const wordings = [value, ...variants].map((text) => ({ text, w: words(text, lexicon) })).filter((x) => x.w.length > 0);
  const slice = (i: number, n: number): string => phrase.slice(ptoks[i]!.start, ptoks[i + n - 1]!.end);

  let blocked: TitleComparison | undefined;
  const tryForm = (form: readonly string[], text: string, rule: 'exact' | 'inverted'): TitleComparison | undefined => {
    for (const i of occurrences(p, form)) {
      const after = p[i + form.length];
      const mod = modifierBefore(p, i, lexicon) ?? (after && POST_MODIFIERS.has(after) ? `-${after}` : undefined);
      if (!mod) return { verdict: 'agreement', matched: slice(i, form.length), wording: text, rule };
      // ("ex-" is read as "former": named as written.)
      const shown = mod === 'former' && !/\bformer\b/i.test(phrase) && /\bex\b/i.test(phrase) ? 'ex-' : mod;
      blocked ??= { verdict: 'conflict', matched: slice(i, form.length), modifier: shown, wording: text };
    }
    return undefined;
  };
  for (const x of wordings) {
    const hit = tryForm(x.w, x.text, 'exact');
    if (hit) return hit;
  }
  if (lexicon.invert) {
    for (const x of wordings) {
      for (const inv of inversions(x.w, lexicon)) {
        const hit = tryForm(inv, x.text, 'inverted');
        if (hit) return hit;
      }
    }
  }
  // A short form: the phrase is only a bare role word found in the value or a variant.
  let bare = p;
  while (bare.length > 1 && LEADING_DETERMINERS.has(bare[0]!)) bare = bare.slice(1);
  if (bare.length > 0 && lexicon.isRole(bare)) {
    for (const x of wordings) {
      for (const i of occurrences(x.w, bare)) {
        // "President" is not a short form of "President-elect": the post is not held yet.
        const post = x.w[i + bare.length];
        if (post !== undefined && POST_MODIFIERS.has(post)) continue;
        if (!modifierBefore(x.w, i, lexicon, SHORT_FORM_OK)) return { verdict: 'agreement', matched: phrase.trim(), wording: x.text, rule: 'short-form' };
      }
    }
  }
  if (blocked) return blocked;
  if (PAST_POST.has(bare[0] ?? '')) {
    // "former ambassador" for "ambassador to China": the claim's own post, modified: a conflict.
    const rest = bare.slice(1);
    if (rest.length > 0 && lexicon.isRole(rest) && wordings.some((x) => occurrences(x.w, rest).length > 0)) {
      return { verdict: 'conflict', matched: phrase.trim(), modifier: bare[0]!, wording: value };
    }
    return { verdict: 'past' };
  }
  return { verdict: 'conflict' };
}

/** Modifiers of a post held before ("ex-" reads as "former"). */
const PAST_POST = new Set(['former', 'retired', 'onetime', 'erstwhile']);
