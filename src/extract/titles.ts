/**
 * Title phrases attached to an occurrence of a person's name (SPEC §2, kind: title).
 *
 * Shapes (`TitlePhrase.shape`):
 * - `before` — directly before the name: "Mexican Foreign Minister Luis Videgaray",
 *   "Secretary of State Rex Tillerson", "Atlantic Council … director Jason Marczak",
 *   "Lt. Gen. H.R. McMaster"; also a plural title shared by a list of names
 *   ("Justices Scalia and Thomas": Thomas is a justice too).
 * - `possessive` — before the name after a possessive owner, with or without a comma
 *   ("Mexico's foreign minister, Luis Videgaray"); the owner is not part of the phrase.
 * - `before-comma` — before the name with a comma or dash, no owner ("The interior
 *   secretary, Miguel Angel Osorio Chong, told").
 * - `appositive` — after the name ("Andrew Selee, executive vice president of the Wilson
 *   Center think tank in Washington, said"), closing comma optional ("John Kelly, the
 *   homeland security secretary asked").
 *
 * One phrase per occurrence. Preference: a title directly before the name, then a plural
 * title over a list of names, then a title before the name with a comma, then an
 * appositive after it ("Foreign Minister Luis Videgaray, a former finance minister," is
 * the foreign minister). A title before a comma is refused when it is someone else's:
 * after another name ("Rex Tillerson, the secretary of state, John Kelly, …") or inside an
 * adverbial clause with no comma closing the name ("After meeting the foreign minister,
 * Tillerson said").
 *
 * A title phrase is a noun phrase whose head is a role word from the lexicon. Determiners
 * and possessive owners ("the", "Mexico's") are left out of the phrase; rank modifiers
 * ("former") stay in, since the comparison needs them. Courtesy titles ("Mr", "Dr") are
 * never titles and are skipped. Relative clauses ("Kelly, who was homeland security
 * secretary, …") are not attached titles.
 *
 * All offsets are half-open UTF-16 code unit offsets into the full text.
 */
import { memoizedUnitTest } from '../core/unit-test.js';
import { foldChar } from '../core/fold.js';
import type { RoleLexicon } from './roles.js';

/** A title phrase attached to one occurrence of a name. */
export interface TitlePhrase {
  /** Start offset in the full text (UTF-16 code units). */
  readonly start: number;
  /** End offset, exclusive. */
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly text: string;
  readonly shape: 'before' | 'appositive' | 'before-comma' | 'possessive';
}

/** A word of the sentence, with what lies between it and the previous word. */
interface Word {
  readonly start: number;
  /** End offset, the possessive suffix and an abbreviation's period included. */
  readonly end: number;
  /** Folded, without possessive suffix or trailing period. */
  readonly f: string;
  /** `f` with a one-word role abbreviation expanded ("gen" → "general"), for role matching. */
  readonly key: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper case ("US", "FBI"). */
  readonly acronym: boolean;
  /** A single capital letter with a period ("F."). */
  readonly initial: boolean;
  /** Ends in a possessive suffix ("Mexico's", "officials'"). */
  readonly poss: boolean;
  readonly num: boolean;
  /** Separation from the previous word: none (first word), white space, a bare hyphen, or punctuation. */
  readonly gap: 'start' | 'space' | 'joiner' | 'punct';
  /** The folded punctuation between the previous word and this one (when `gap` is `punct`). */
  readonly punct: string;
}

// ---------------------------------------------------------------------------------------
// Closed word lists (folded). They describe English title syntax, not the role lexicon.

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);
const WH_RELATIVES = new Set(['who', 'whom', 'whose', 'which']);
/** Prepositions that open a role's complement after it ("ambassador to China"). */
const PREPS_AFTER = new Set(['of', 'for', 'to', 'at', 'in', 'on', 'with', 'under', 'from', 'without', 'within']);
/** Prepositions that open a role's complement when reading leftwards from a name. */
const PREPS_BEFORE = new Set(['of', 'for', 'to', 'on', 'at', 'in']);
/** Lower-case words that may sit inside an organisation name between capitalised words. */
const CONNECTORS = new Set(['of', 'for', 'on', 'and', '&', 'the', 'de', 'del', 'la', 'le', 'du', 'von', 'van', 'da', 'di', 'y']);
const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'about', 'into', 'onto', 'upon', 'over',
  'after', 'before', 'during', 'through', 'across', 'against', 'among', 'between', 'without', 'within',
  'toward', 'towards', 'via', 'per', 'than', 'like', 'unlike', 'near', 'despite', 'following', 'alongside',
  'besides', 'beside', 'behind', 'around', 'since', 'until',
]);
const SUBORDINATORS = new Set([
  'after', 'before', 'when', 'while', 'since', 'although', 'though', 'because', 'if', 'unless', 'until',
  'despite', 'following', 'upon', 'as', 'once', 'whereas', 'whether',
]);
/** Words that end a noun phrase read rightwards (besides verbs and prepositions). */
const STOP = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'his', 'its', 'their', 'our',
  'my', 'your', 'himself', 'herself', 'themselves', 'itself', 'who', 'whom', 'whose', 'which', 'that',
  'what', 'where', 'when', 'why', 'how', 'and', 'or', 'but', 'nor', 'so', 'yet', 'because', 'although',
  'though', 'while', 'whereas', 'if', 'unless', 'until', 'as', 'also', 'not', 'never', 'still', 'already',
  'just', 'only', 'even', 'later', 'recently', 'previously', 'here', 'there', 'too', 'very', 'then',
  'now', 'who', 'this', 'these', 'those', 'the', 'a', 'an', 'both', 'all', 'each', 'some', 'any',
  'told', 'said', 'says', 'according',
]);
/** Capitalised words that are not part of a title (sentence openers, days, months, pronouns). */
const STOP_CAP = new Set([
  ...STOP, ...PREPOSITIONS, ...SUBORDINATORS,
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'yesterday', 'today', 'tomorrow', 'tonight', 'last', 'next', 'however', 'meanwhile', 'moreover',
  'instead', 'indeed', 'speaking', 'asked', 'says', 'said', 'told', 'yes', 'no', 'more',
]);
/** Common verbs, for telling "the secretary asked …" (a missing comma) from a longer title. */
const VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'asked', 'asks', 'added', 'adds', 'is', 'was', 'are',
  'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might',
  'must', 'should', 'shall', 'do', 'does', 'did', 'met', 'meets', 'meet', 'went', 'goes', 'made',
  'makes', 'wrote', 'writes', 'spoke', 'speaks', 'took', 'takes', 'gave', 'gives', 'led', 'leads',
  'left', 'leaves', 'held', 'holds', 'sent', 'sends', 'won', 'wins', 'lost', 'loses', 'got', 'gets',
  'put', 'puts', 'came', 'comes', 'saw', 'sees', 'thought', 'thinks', 'knew', 'knows', 'became',
  'becomes', 'began', 'begins', 'kept', 'keeps', 'stood', 'heard', 'paid', 'felt', 'found', 'chose',
  'rose', 'fell', 'hit', 'cut', 'let', 'read', 'ran', 'brought', 'sought', 'seeks', 'bought', 'set',
  'warns', 'vows', 'insists', 'explains', 'argues', 'believes', 'wants', 'calls', 'urges', 'denies',
  'agrees', 'confirms', 'declines', 'admits', 'plans', 'hopes', 'expects', 'declares', 'notes',
  'promises', 'pledges', 'rejects', 'refuses', 'suggests', 'welcomes', 'describes', 'dismisses',
  'defends', 'tweets', 'responds', 'replies', 'predicts', 'claims', 'accuses', 'faces', 'heads',
  'announces', 'stated', 'reckons', 'quit', 'quits', 'resigned', 'resigns', 'visited', 'visits',
]);
/** -ing words that are title modifiers rather than verbs. */
const ING_OK = new Set(['acting', 'managing', 'outgoing', 'incoming', 'governing', 'ruling', 'presiding', 'sitting', 'founding', 'visiting', 'leading', 'reigning', 'ranking', 'longstanding', 'sporting', 'marketing', 'broadcasting', 'publishing', 'engineering', 'accounting', 'housing', 'policing', 'planning', 'shipping', 'mining', 'banking']);
/** -ed words that are title modifiers rather than verbs, where a verb could stand. */
const ED_OK = new Set(['retired', 'appointed', 'elected', 'designated', 'embattled', 'disgraced', 'beleaguered', 'ousted', 'unelected', 'newly', 'named', 'renowned', 'celebrated', 'respected', 'decorated']);
/** Words after a role that are still part of it ("president-elect", "minister designate"). */
const ROLE_SUFFIXES = new Set(['elect', 'designate', 'emeritus', 'nominee', 'general']);
/** Words that end a role's complement: "ambassador to Mexico since 2016". */
const COMPLEMENT_ENDERS = new Set(['since', 'until', 'till', 'during', 'before', 'after', 'when', 'while', 'who', 'which', 'that', 'but']);
/** Words that may open an appositive before the title ("X, now a senior fellow at …"). */
const APPOSITIVE_OPENERS = new Set(['now', 'then', 'currently', 'formerly', 'once']);

// ---------------------------------------------------------------------------------------
// Tokenising

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** A BMP unit that is a letter, digit or mark alone (`WORD_CHAR`). */
const isWordUnit = memoizedUnitTest(WORD_CHAR);

/**
 * Length of the word character at `i` (before `end`): 1 or 2 units, 0 for none. As
 * `WORD_CHAR` tests `text.slice(i, i + 2)` at a high surrogate: a pair is one code point;
 * a lone high surrogate counts as two units when the unit after it is a word character.
 */
function wordCharLen(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
    return isWordUnit(next) ? 2 : 0;
  }
  return isWordUnit(code) ? 1 : 0;
}

/** True when `s` is all ASCII. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * `foldString` of a word (or of the punctuation between words), as `fold` folds it but
 * with no offset map: ASCII lower-cased, every other code point by `foldChar`.
 */
function foldWord(s: string): string {
  if (isAscii(s)) return s.toLowerCase(); // nearly every word
  let out = '';
  const n = s.length;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i]!;
      i++;
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    out += foldChar(pair ? s.slice(i, i + 2) : s[i]!);
    i += pair ? 2 : 1;
  }
  return out;
}

const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '\u2019' || ch === '\u02BC';
const isHyphen = (ch: string | undefined): boolean => ch === '-' || ch === '\u2010' || ch === '\u2011';

/** Reads the words of `text.slice(from, to)`. */
function tokenize(text: string, from: number, to: number, lex: RoleLexicon): Word[] {
  const words: Word[] = [];
  let prevEnd = from;
  let i = from;
  while (i < to) {
    let len = wordCharLen(text, i, to);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    let j = i;
    for (;;) {
      len = wordCharLen(text, j, to);
      if (len > 0) {
        j += len;
        continue;
      }
      // An apostrophe inside a word: "O'Brien", "Mexico's".
      if (isApostrophe(text[j]) && wordCharLen(text, j + 1, to) > 0) {
        j++;
        continue;
      }
      break;
    }
    let raw = text.slice(start, j);
    let f = foldWord(raw);
    let poss = false;
    let initial = false;
    let abbr = false;
    if (f.endsWith("'s")) {
      poss = true;
      f = f.slice(0, -2);
    } else if (f.endsWith('s') && isApostrophe(text[j]) && wordCharLen(text, j + 1, to) === 0) {
      // plural possessive: "officials'", "The Times'"
      poss = true;
      j++;
    }
    if (!poss && text[j] === '.') {
      // An initialism ("U.S.", "H.R."): single letters each followed by a period.
      let k = j;
      if (j - start === 1) {
        while (text[k] === '.' && wordCharLen(text, k + 1, to) === 1 && wordCharLen(text, k + 2, to) === 0 && text[k + 2] === '.') k += 2;
      }
      if (k > j) {
        j = k + 1;
        raw = text.slice(start, j);
        f = foldWord(raw).replace(/\./g, '');
        abbr = true;
      } else if (/^\p{Lu}$/u.test(raw)) {
        initial = true; // a middle initial: "John F. Kelly"
        j++;
      } else if (lex.abbreviations.has(f) || lex.courtesy.has(f) || f === 'st' || f === 'jr') {
        abbr = true; // "Gen.", "Sen.", "Mr.", "Jr."
        j++;
      }
    }
    if (!poss && (text.slice(j, j + 2) === "'s" || text.slice(j, j + 2) === '\u2019s') && wordCharLen(text, j + 2, to) === 0) {
      poss = true; // "U.S.'s"
      j += 2;
    }
    // One space between words (the common case) needs no slice.
    const oneSpace = start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32;
    const between = oneSpace ? ' ' : text.slice(prevEnd, start);
    let gap: Word['gap'];
    let punct = '';
    if (words.length === 0) gap = 'start';
    else if (oneSpace || /^\s*$/u.test(between)) gap = 'space';
    else if (between.length === 1 && isHyphen(between)) gap = 'joiner';
    else {
      gap = 'punct';
      punct = foldWord(between.replace(/\s+/gu, ''));
    }
    if (words.length === 0 && between !== '' && between.trim() !== '') {
      gap = 'punct';
      punct = foldWord(between.replace(/\s+/gu, ''));
    }
    const expanded = lex.abbreviations.get(f);
    const key = expanded && expanded.length === 1 && (abbr || f.length > 1) ? expanded[0]! : f.includes("'") ? f.replace(/'/g, '') : f;
    let cap: boolean;
    let acronym: boolean;
    let num: boolean;
    const c0 = raw.charCodeAt(0);
    if (isAscii(raw)) {
      // ASCII: capitals are A–Z, letters A–Z and a–z, digits 0–9.
      cap = c0 >= 65 && c0 <= 90;
      num = c0 >= 48 && c0 <= 57;
      let letters = 0;
      let lower = false;
      for (let k = 0; k < raw.length; k++) {
        const c = raw.charCodeAt(k);
        if (c >= 97 && c <= 122) {
          letters++;
          lower = true;
        } else if (c >= 65 && c <= 90) letters++;
      }
      acronym = letters >= 2 && !lower;
    } else {
      const letters = raw.replace(/[^\p{L}]/gu, '');
      cap = /^\p{Lu}/u.test(raw);
      acronym = letters.length >= 2 && /^\p{Lu}+$/u.test(letters);
      num = /^\p{N}/u.test(raw);
    }
    words.push({ start, end: j, f, key, cap, acronym, initial, poss, num, gap, punct });
    prevEnd = j;
    i = j;
  }
  return words;
}

// ---------------------------------------------------------------------------------------
// The reader

class Reader {
  constructor(
    readonly text: string,
    readonly w: readonly Word[],
    readonly lex: RoleLexicon,
  ) {}

  /** True when words `i-1` and `i` are separated by white space or a bare hyphen only. */
  tight(i: number): boolean {
    const g = this.w[i]?.gap;
    return g === 'space' || g === 'joiner';
  }

  isStopCap(x: Word): boolean {
    return !x.acronym && (STOP_CAP.has(x.f) || this.lex.courtesy.has(x.f));
  }

  /** A capitalised word that could belong to a name or an organisation. */
  isCapContent(x: Word): boolean {
    return (x.cap || x.num) && !this.isStopCap(x);
  }

  isPortfolio(x: Word): boolean {
    return this.lex.portfolio.has(x.f);
  }

  isCourtesy(x: Word): boolean {
    return this.lex.courtesy.has(x.f) && !x.acronym;
  }

  /**
   * The longest role phrase ending at word `j` (its words tightly joined): its first word's
   * index, and whether its last word is a plural. With `plural`, the last word may be the
   * plural of a role word ("Justices"). Null when no role ends there.
   */
  roleEndingAt(j: number, plural: boolean): { start: number; plural: boolean } | null {
    const last = this.w[j];
    if (!last || last.poss) return null;
    // "President-elect", "Secretary-designate"
    if ((last.f === 'elect' || last.f === 'designate') && j > 0 && this.tight(j)) {
      const r = this.roleEndingAt(j - 1, false);
      if (r) return r;
    }
    const keys: { key: string; plural: boolean }[] = [{ key: last.key, plural: false }];
    if (plural) {
      const s = this.lex.singular(last.f);
      if (s && !this.lex.roleLastWords.has(last.key)) keys.push({ key: s, plural: true });
    }
    for (const { key, plural: isPlural } of keys) {
      if (!this.lex.roleLastWords.has(key)) continue;
      for (let n = Math.min(this.lex.maxRoleWords, j + 1); n >= 1; n--) {
        const s = j - n + 1;
        let ok = true;
        const parts: string[] = [];
        for (let k = s; k < j; k++) {
          const x = this.w[k]!;
          if (x.poss || (k > s && !this.tight(k))) {
            ok = false;
            break;
          }
          parts.push(x.key);
        }
        if (!ok || (n > 1 && !this.tight(j))) continue;
        parts.push(key);
        if (this.lex.isRole(parts)) return { start: s, plural: isPlural };
      }
    }
    return null;
  }

  /** End index of the longest (singular) role phrase starting at word `i`, or -1. */
  roleStartingAt(i: number): number {
    for (let n = Math.min(this.lex.maxRoleWords, this.w.length - i); n >= 1; n--) {
      const parts: string[] = [];
      let ok = true;
      for (let k = i; k < i + n; k++) {
        const x = this.w[k]!;
        if ((k > i && !this.tight(k)) || (x.poss && k < i + n - 1)) {
          ok = false;
          break;
        }
        parts.push(x.key);
      }
      if (ok && this.lex.isRole(parts)) return i + n - 1;
    }
    return -1;
  }

  /**
   * A title whose role ends at word `j`, or whose role's complement does ("Secretary of
   * State" ending at "State"), read leftwards. `loose` (a comma follows) lets the
   * complement hold any lower-case words; otherwise they must be capitalised or portfolio
   * words ("secretary of homeland security John Kelly").
   */
  titleEndingAt(j: number, loose: boolean): { roleStart: number; plural: boolean } | null {
    const last = this.w[j];
    if (!last) return null;
    const direct = this.roleEndingAt(j, true);
    if (direct) return { roleStart: direct.start, plural: direct.plural };
    if (last.poss || !(this.isCapContent(last) || this.isPortfolio(last) || (loose && this.isLooseWord(last)))) return null;
    for (let k = j, n = 0; k > 0 && n < 14; k--, n++) {
      if (!this.tight(k)) {
        // Commas may separate portfolio words ("Minister for Digital, Culture, Media and Sport").
        const here = this.w[k]!;
        const prev = this.w[k - 1]!;
        if (!(here.gap === 'punct' && here.punct === ',' && this.isPortfolio(here) && this.isPortfolio(prev))) return null;
      }
      const p = this.w[k - 1]!;
      if (PREPS_BEFORE.has(p.f) && !p.cap && k - 2 >= 0 && this.tight(k - 1)) {
        const role = this.roleEndingAt(k - 2, false);
        if (role) return { roleStart: role.start, plural: false };
      }
      const ok =
        CONNECTORS.has(p.f) || PREPS_BEFORE.has(p.f) || this.isCapContent(p) || this.isPortfolio(p) || (loose && this.isLooseWord(p));
      if (!ok || this.isCourtesy(p)) return null;
    }
    return null;
  }

  /** A word that ends a noun phrase: a pronoun, conjunction, preposition, adverb (capitalised: see `isStopCap`). */
  isStopWord(x: Word): boolean {
    if (x.cap) return this.isStopCap(x);
    return STOP.has(x.f) || PREPOSITIONS.has(x.f) || RELATIVES.has(x.f);
  }

  /** A lower-case word that may sit in a title's complement when a comma closes it. */
  isLooseWord(x: Word): boolean {
    return (
      !x.cap &&
      !STOP.has(x.f) &&
      !VERBS.has(x.f) &&
      !RELATIVES.has(x.f) &&
      (!PREPOSITIONS.has(x.f) || PREPS_BEFORE.has(x.f)) &&
      !this.isVerbLike(x, false)
    );
  }

  /** May word `k` stand in front of the role (or further premodifiers) starting at `k + 1`? */
  isPremod(k: number): boolean {
    const x = this.w[k]!;
    const next = this.w[k + 1]!;
    const prev = this.w[k - 1];
    if (this.isCourtesy(x)) return false;
    // "under" is a rank only in "under secretary" / "under-secretary"; elsewhere it is the
    // preposition of "unbeaten in 13 games under interim boss Dermot Kavanagh".
    if (x.key === 'under' && !(next.gap === 'joiner' || next.key === 'secretary')) return false;
    if (this.lex.rankModifiers.has(x.key) || this.lex.modifiers.has(x.f) || this.isPortfolio(x)) return !x.cap || !this.isStopCap(x);
    if (this.lex.roleLastWords.has(x.key) || this.roleStartingAt(k) >= 0) return true;
    if (x.f === 'and' || x.f === '&' || x.f === 'or') {
      if (!prev || !this.tight(k)) return false;
      // "Work and Pensions Secretary", "Chairman and CEO" — but not "Tillerson and Homeland Security Secretary".
      if (this.isPortfolio(prev) && (this.isPortfolio(next) || this.isCapContent(next))) return true;
      if (this.roleEndingAt(k - 1, false) && this.roleStartingAt(k + 1) >= 0 && (prev.cap === next.cap || prev.acronym || next.acronym)) return true;
      return false;
    }
    if (CONNECTORS.has(x.f) && !x.cap) {
      // Inside an organisation name: "Bank of England", "Center for Human Rights", "of the".
      if (!prev || !this.tight(k)) return false;
      if (x.f === 'the') return prev.f === 'of' || prev.f === 'for' || prev.f === 'on';
      return (this.isCapContent(prev) || prev.acronym) && (next.cap || next.f === 'the');
    }
    if (x.cap || x.num) return !this.isStopCap(x) || x.acronym;
    return false;
  }

  /**
   * Extends a title leftwards from its role's first word over premodifiers. Returns the
   * index of the phrase's first word and whether a possessive owner stood before it.
   */
  extendLeft(roleStart: number): { start: number; possessive: boolean } {
    let k = roleStart;
    let possessive = false;
    for (let n = 0; k > 0 && n < 14; n++) {
      const x = this.w[k - 1]!;
      const here = this.w[k]!;
      if (here.gap === 'joiner') {
        if (x.poss) break;
        k--; // the rest of a hyphenated word: "ex-", "non-executive", "Vice-"
        continue;
      }
      if (here.gap === 'punct') {
        // "Culture, Media and Sport Secretary"
        if (here.punct === ',' && this.isPortfolio(x) && this.isPortfolio(here) && x.cap && here.cap) {
          k--;
          continue;
        }
        break;
      }
      if (x.poss) {
        // "Children's Commissioner" is a title; "Mexico's foreign minister" has an owner.
        if (x.cap && this.isPortfolio(x) && x.f !== 'state') {
          k--;
          continue;
        }
        possessive = true;
        break;
      }
      if (!this.isPremod(k - 1)) break;
      k--;
    }
    // Never start on a connector ("of", "and").
    for (;;) {
      const x = this.w[k]!;
      if (k < roleStart && (CONNECTORS.has(x.f) || x.f === 'or') && !x.cap) k++;
      else break;
    }
    return { start: k, possessive };
  }

  phrase(first: number, last: number, shape: TitlePhrase['shape']): TitlePhrase {
    const start = this.w[first]!.start;
    const end = this.w[last]!.end;
    return { start, end, text: this.text.slice(start, end), shape };
  }

  /** Index of the first word of the name, after courtesy titles before it ("Mr Tillerson"). */
  firstOfName(a: number): number {
    let first = a;
    while (first > 0 && this.w[first]!.gap === 'space' && this.isCourtesy(this.w[first - 1]!)) first--;
    return first;
  }

  /**
   * How many capitalised words directly before word `a` could be given names or initials
   * (not roles, portfolio words, modifiers or sentence openers), at most 3.
   */
  givenNamesBefore(a: number): number {
    let e = 0;
    while (e < 3 && a - e - 1 >= 0 && this.tight(a - e)) {
      const x = this.w[a - e - 1]!;
      const plain =
        x.initial ||
        (x.cap && !x.acronym && !x.poss && !x.num && !this.isStopCap(x) && !this.isPortfolio(x) &&
          !this.lex.modifiers.has(x.f) && !this.lex.rankModifiers.has(x.f) && !this.lex.roleLastWords.has(x.key) &&
          this.roleStartingAt(a - e - 1) < 0);
      if (!plain) break;
      e++;
    }
    return e;
  }

  /** Shape 1: "Foreign Minister Luis Videgaray", "Mexico's foreign minister Luis Videgaray". */
  readBefore(a: number, directOnly = false): TitlePhrase | null {
    const first = this.firstOfName(a);
    if (first === 0 || this.w[first]!.gap !== 'space') return null;
    const j = first - 1;
    const direct = this.roleEndingAt(j, true);
    const t = direct ? { roleStart: direct.start } : directOnly ? null : this.titleEndingAt(j, false);
    if (!t) return null;
    const left = this.extendLeft(t.roleStart);
    return this.phrase(left.start, j, left.possessive ? 'possessive' : 'before');
  }

  /** A plural title shared by a list of names: "Justices Antonin Scalia, Clarence Thomas and Samuel Alito". */
  readPluralList(a: number): TitlePhrase | null {
    const first = this.firstOfName(a);
    if (first === 0) return null;
    const g = this.w[first]!;
    const prev = this.w[first - 1]!;
    const afterAnd = g.gap === 'space' && (prev.f === 'and' || prev.f === '&') && !prev.cap;
    const afterComma = g.gap === 'punct' && g.punct === ',';
    if (!afterAnd && !afterComma) return null;
    let sawName = false;
    for (let i = afterAnd ? first - 2 : first - 1, n = 0; i >= 0 && n < 16; i--, n++) {
      const x = this.w[i]!;
      const after = this.w[i + 1]!;
      if (after.gap === 'punct' && after.punct !== ',') return null;
      if (sawName) {
        const role = this.roleEndingAt(i, true);
        if (role) {
          if (!role.plural) return null; // "Secretary of State Rex Tillerson and John Kelly"
          const left = this.extendLeft(role.start);
          const shape = after.gap === 'punct' ? 'before-comma' : left.possessive ? 'possessive' : 'before';
          return this.phrase(left.start, i, shape);
        }
      }
      if ((x.f === 'and' || x.f === '&') && !x.cap) continue;
      if ((this.isCapContent(x) || x.initial) && !x.poss && !x.num) {
        sawName = true;
        continue;
      }
      return null;
    }
    return null;
  }

  /** Shapes 2 and 3: "Mexico's interior secretary, Miguel Angel Osorio Chung, told". */
  readBeforeComma(a: number, b: number): TitlePhrase | null {
    const first = this.firstOfName(a);
    const g = this.w[first]!;
    if (first === 0 || g.gap !== 'punct' || (g.punct !== ',' && g.punct !== '-')) return null;
    if (this.w[b]!.poss) return null;
    const j = first - 1;
    const t = this.titleEndingAt(j, true);
    if (!t) return null;
    const left = this.extendLeft(t.roleStart);
    // The clause the title stands in: back to the previous punctuation.
    let cs = left.start;
    while (cs > 0 && this.w[cs]!.gap !== 'punct') cs--;
    const c0 = this.w[cs]!;
    if (WH_RELATIVES.has(c0.f) && cs < left.start) return null; // "…, who is also a senator, Luis …"
    const next = this.w[b + 1];
    const closed = next ? next.gap === 'punct' : true;
    // Words of the clause before the title (after a determiner or owner).
    let npStart = left.start;
    while (npStart > cs && (DETERMINERS.has(this.w[npStart - 1]!.f) || this.w[npStart - 1]!.poss)) npStart--;
    if (cs < npStart && !closed) {
      // "After meeting the foreign minister, Tillerson said": the title is someone else's.
      if (SUBORDINATORS.has(c0.f) || PREPOSITIONS.has(c0.f) || this.isVerbLike(c0, true)) return null;
    }
    if (cs === npStart && cs > 0 && c0.punct === ',' && this.endsWithName(cs - 1)) {
      // "Rex Tillerson, the secretary of state, John Kelly, …": that title is Tillerson's.
      return null;
    }
    if (cs === npStart && cs === 0 && c0.gap === 'start' && !closed && this.isVerbLike(c0, true)) return null;
    return this.phrase(left.start, j, left.possessive ? 'possessive' : 'before-comma');
  }

  /** Does word `e` end a run of capitalised words that looks like a person's name? */
  endsWithName(e: number): boolean {
    let r = e;
    while (r >= 0) {
      const x = this.w[r]!;
      if (!(x.initial || (x.cap && !this.isStopCap(x) && !x.acronym && !x.num)) || x.poss) break;
      if (this.roleEndingAt(r, true)) break;
      if (r < e && !this.tight(r + 1)) break;
      r--;
    }
    if (r === e) return false;
    const p = this.w[r];
    if (!p || !this.tight(r + 1)) return true;
    // "In Washington, the foreign minister, …" is a place, not a person.
    return !(PREPOSITIONS.has(p.f) || DETERMINERS.has(p.f) || this.isStopCap(p));
  }

  /** A verb (or a participle opening a clause) rather than part of a title. */
  isVerbLike(x: Word, clauseStart: boolean): boolean {
    if (x.cap && !clauseStart) return false;
    const f = x.f;
    if (VERBS.has(f)) return true;
    if (clauseStart && f.endsWith('ing') && f.length > 4 && !ING_OK.has(f)) return true;
    if (f.endsWith('ed') && f.length > 4 && !ED_OK.has(f)) return true;
    return false;
  }

  /** Shape 4: "Andrew Selee, executive vice president of the Wilson Center think tank in Washington, said". */
  readAppositive(b: number): TitlePhrase | null {
    const w = this.w;
    if (w[b]!.poss) return null; // "Trump's secretary of state, …" is not Trump's title
    let i = b + 1;
    const open = w[i];
    if (!open || open.gap !== 'punct' || !/^(,|-|\(|:)$/.test(open.punct)) return null;
    // "X, 45, a former police officer"
    if (w[i]!.num && w[i + 1]?.gap === 'punct' && w[i + 1]!.punct === ',') i++;
    if (w[i] && APPOSITIVE_OPENERS.has(w[i]!.f) && !w[i]!.cap && this.tight(i + 1)) i++;
    let owned = false;
    if (w[i] && DETERMINERS.has(w[i]!.f) && this.tight(i + 1)) {
      i++;
      owned = true;
    }
    // A possessive owner: "Mexico's", "the Wilson Center's".
    for (let k = i; k < Math.min(w.length, i + 6); k++) {
      const x = w[k]!;
      if (k > i && !this.tight(k)) break;
      if (this.isStopWord(x) && x.f !== 'the') break;
      if (this.roleStartingAt(k) >= 0 && !x.poss) break;
      if (x.poss) {
        if (x.cap && this.isPortfolio(x) && x.f !== 'state') break; // "Children's Commissioner"
        i = k + 1;
        owned = true;
        break;
      }
    }
    const s = i;
    const x0 = w[s];
    if (!x0 || (s > b + 1 && !this.tight(s))) return null;
    if (this.isStopWord(x0) && !this.lex.rankModifiers.has(x0.f)) return null;
    let start = s;
    let lastRole = -1;
    let consumed = -1;
    let complement = false;
    let k = s;
    let premods = 0;
    while (k < w.length) {
      const x = w[k]!;
      if (k > start && !this.tight(k)) break;
      const re = this.roleStartingAt(k);
      if (re >= 0) {
        if (w[re]!.poss) {
          // "the foreign minister's spokesman": the minister owns the title that follows.
          start = re + 1;
          lastRole = -1;
          consumed = -1;
          k = re + 1;
          continue;
        }
        lastRole = re;
        consumed = re;
        k = re + 1;
        continue;
      }
      if (lastRole >= 0 && lastRole === k - 1) {
        if (PREPS_AFTER.has(x.f) && !x.cap) {
          consumed = this.readComplement(k, lastRole);
          complement = true;
          break;
        }
        if ((x.f === 'and' || x.f === '&') && this.roleAhead(k + 1)) {
          k++;
          continue;
        }
        if (ROLE_SUFFIXES.has(x.f)) {
          lastRole = k;
          consumed = k;
          k++;
          continue;
        }
        if (x.cap && !x.acronym && !this.isStopCap(x)) {
          // "…, Ridgeview's Chief Information Security Officer.": capitals that end in a role
          // word go on with the title; others are a name ("…, Homeland Security Secretary
          // John Kelly": a title for the next name).
          const end = this.capitalsEndingInRole(k);
          if (end < 0) return null;
          lastRole = end;
          consumed = end;
          k = end + 1;
          continue;
        }
        if (this.isCourtesy(x)) return null;
        if ((x.f === 'and' || x.f === 'or') && !this.closedLater(k)) return null; // "X, the prime minister and the president met"
        if (this.isStopWord(x) || this.isVerbLike(x, false) || (x.f.length > 3 && /[^su]s$/.test(x.f) && !x.cap)) break;
      } else {
        if (x.poss) {
          start = k + 1;
          lastRole = -1;
          consumed = -1;
          k++;
          continue;
        }
        if (this.isStopWord(x) || this.isVerbLike(x, k === s && !owned)) break;
        if (x.f.endsWith('ing') && !ING_OK.has(x.f) && !x.cap) break;
      }
      consumed = k;
      if (++premods > 10) return null;
      k++;
    }
    if (lastRole < 0 || (!complement && consumed !== lastRole)) return null;
    return this.phrase(start, consumed, 'appositive');
  }

  /**
   * The last word of a run of capitalised words from `k` that ends with a role word and is
   * not followed by another capitalised word (a name), or -1.
   */
  capitalsEndingInRole(k: number): number {
    const w = this.w;
    for (let j = k; j < w.length && j - k < 6; j++) {
      const x = w[j]!;
      if (j > k && !this.tight(j)) return -1;
      if (!x.cap || this.isCourtesy(x)) return -1;
      if (this.lex.roleLastWords.has(x.key)) {
        const next = w[j + 1];
        if (next && this.tight(j + 1) && next.cap) continue; // "Officer Jane …" or a longer title: keep looking
        return j;
      }
    }
    return -1;
  }

  /**
   * Does a comma, dash or parenthesis follow word `k` before the sentence ends? An
   * appositive cut by "and" is a coordination inside it only when something closes it
   * ("Kelly, the homeland security secretary and a retired general, said").
   */
  closedLater(k: number): boolean {
    for (let i = k + 1; i < this.w.length; i++) {
      const x = this.w[i]!;
      if (x.gap === 'punct') return /^[,)\-;]/.test(x.punct);
    }
    return false;
  }

  /** Is there a role within the next few words (after "and": "chairman and chief executive")? */
  roleAhead(i: number): boolean {
    for (let k = i; k < Math.min(this.w.length, i + 3); k++) {
      if (k > i && !this.tight(k)) return false;
      if (this.roleStartingAt(k) >= 0) return true;
      const x = this.w[k]!;
      if (!(this.lex.modifiers.has(x.f) || this.lex.rankModifiers.has(x.f) || this.isPortfolio(x) || x.cap)) return false;
    }
    return false;
  }

  /** Reads a role's complement from the preposition at `k`; returns the index of its last word. */
  readComplement(k: number, role: number): number {
    let last = role;
    let n = 0;
    for (let i = k + 1; i < this.w.length && n < 25; i++, n++) {
      const x = this.w[i]!;
      if (!this.tight(i)) {
        // Commas between portfolio words stay inside: "Minister for Digital, Culture, Media and Sport".
        if (!(x.gap === 'punct' && x.punct === ',' && this.isPortfolio(x) && this.isPortfolio(this.w[i - 1]!) && x.cap)) break;
      }
      if (RELATIVES.has(x.f) || VERBS.has(x.f) || (this.isVerbLike(x, false) && !x.cap)) break;
      if (this.isCourtesy(x) || COMPLEMENT_ENDERS.has(x.f)) break;
      if ((x.f === 'and' || x.f === 'or' || x.f === '&') && !x.cap) {
        // "Allergy and Infectious Diseases", "women and equalities" stay; "and a retired general" does not.
        const nx = this.w[i + 1];
        if (!nx || !this.tight(i + 1) || !(nx.cap || this.isPortfolio(nx))) break;
      }
      last = i;
    }
    // Never end on a preposition, connector or determiner.
    while (last > role) {
      const x = this.w[last]!;
      if (!x.cap && (PREPOSITIONS.has(x.f) || CONNECTORS.has(x.f) || DETERMINERS.has(x.f) || STOP.has(x.f))) last--;
      else break;
    }
    return last;
  }
}

/** Characters read on either side of a name for its title (a title phrase is far shorter). */
const WINDOW = 400;

/**
 * The title phrase attached to one occurrence of a name, or null (SPEC §2: a person named
 * with no attached title gives no mention).
 *
 * @param text the full source text
 * @param sentence the sentence containing the occurrence (half-open UTF-16 offsets into `text`)
 * @param name the occurrence of the name, covering the name as written (given names included)
 * @param lexicon the role lexicon (`makeRoleLexicon`)
 * @returns the phrase, with offsets into `text`; determiners and possessive owners
 *   ("the", "Mexico's") are not part of it, rank modifiers ("former") are.
 */
export function readTitle(
  text: string,
  sentence: { start: number; end: number },
  name: { start: number; end: number },
  lexicon: RoleLexicon,
): TitlePhrase | null {
  let from = Math.max(0, Math.min(sentence.start, name.start));
  let to = Math.min(text.length, Math.max(sentence.end, name.end));
  // A window around the name, cut at white space: a title is a few words from it, and reading
  // the whole sentence for every occurrence would be quadratic in a very long sentence.
  if (name.start - from > WINDOW) {
    const ws = text.slice(name.start - WINDOW, name.start).search(/\s/u);
    if (ws >= 0) from = name.start - WINDOW + ws;
  }
  if (to - name.end > WINDOW) {
    const tail = text.slice(name.end, name.end + WINDOW);
    const ws = tail.search(/\s\S*$/u);
    if (ws >= 0) to = name.end + ws;
  }
  const words = tokenize(text, from, to, lexicon);
  let a = -1;
  let b = -1;
  for (let i = 0; i < words.length; i++) {
    const x = words[i]!;
    if (x.end > name.start && x.start < name.end) {
      if (a < 0) a = i;
      b = i;
    }
  }
  if (a < 0) return null;
  const r = new Reader(text, words, lexicon);
  // A span that leaves out given names the article writes ("Peña Nieto" in "President
  // Enrique Peña Nieto"): a role word directly before the capitalised words that precede
  // the span means those words are given names. Only a role word counts, so "Ambassador
  // to the United Nations Nikki Haley" keeps "Nations" in the title.
  const given = r.givenNamesBefore(a);
  for (let e = given; e >= 1; e--) {
    const t = r.readBefore(a - e, true);
    if (t) return t;
  }
  return r.readBefore(a) ?? r.readPluralList(a - given) ?? r.readBeforeComma(a - given, b) ?? r.readAppositive(b);
}
