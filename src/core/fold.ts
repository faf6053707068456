/**
 * Text folding with an offset map (ARCHITECTURE: "normalise text in a shadow copy
 * with an offset map").
 *
 * Folding lower-cases, strips diacritics, and maps typographic quotes, apostrophes,
 * dashes and exotic spaces to their ASCII forms (SPEC §2, cue sentences). Matching is
 * done on the folded copy; every match is mapped back to `[start, end)` offsets in the
 * original text (UTF-16 code units) through `map`.
 */

/** A folded shadow copy of a text, with a map back to original offsets. */
export interface FoldedText {
  /** The folded string. */
  readonly text: string;
  /**
   * `map[i]` is the original offset of folded code unit `i`; `map[text.length]` is the
   * original end offset. Length `text.length + 1`.
   */
  readonly map: Int32Array;
  /** Original offset the folded text starts at (for folding a slice). */
  readonly base: number;
}

const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/;
const DOUBLE_QUOTES = /["\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const EXTRA: Record<string, string> = {
  ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i', ħ: 'h', Ħ: 'h', ß: 'ss',
  æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd',
};

const cache = new Map<string, string>();

/** Folds one code point (given as a string of 1–2 UTF-16 units). */
export function foldChar(ch: string): string {
  let f = cache.get(ch);
  if (f !== undefined) return f;
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) {
    f = ch.toLowerCase();
  } else if (SINGLE_QUOTES.test(ch)) {
    f = "'";
  } else if (DOUBLE_QUOTES.test(ch)) {
    f = '"';
  } else if (DASHES.test(ch)) {
    f = '-';
  } else if (SPACES.test(ch)) {
    f = ' ';
  } else if (EXTRA[ch] !== undefined) {
    f = EXTRA[ch];
  } else {
    f = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    // Lower-casing may expand (İ → i̇); strip marks again.
    f = f.normalize('NFD').replace(/\p{M}/gu, '');
  }
  if (cache.size < 10_000) cache.set(ch, f);
  return f;
}

/**
 * Folds `text.slice(start, end)`; offsets in `map` refer to the whole `text`. Runs of ASCII
 * fold with one `toLowerCase` each and the map is a growable Int32Array, so a 40 MB
 * article folds in about 3 bytes of map and text per character.
 */
export function fold(text: string, start = 0, end = text.length): FoldedText {
  const parts: string[] = [];
  let map = new Int32Array(end - start + 1);
  let len = 0;
  const room = (extra: number): void => {
    if (len + extra + 1 <= map.length) return;
    const bigger = new Int32Array(Math.max(map.length * 2, len + extra + 1));
    bigger.set(map.subarray(0, len));
    map = bigger;
  };
  let i = start;
  while (i < end) {
    let j = i;
    while (j < end && text.charCodeAt(j) < 0x80) j++;
    if (j > i) {
      parts.push(text.slice(i, j).toLowerCase());
      room(j - i);
      for (let k = i; k < j; k++) map[len++] = k;
      i = j;
      continue;
    }
    // A run of non-ASCII characters, folded one code point at a time.
    let run = '';
    while (i < end) {
      const code = text.charCodeAt(i);
      if (code < 0x80) break;
      let cu = 1;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) cu = 2;
      }
      const f = foldChar(cu === 1 ? text[i]! : text.slice(i, i + 2));
      run += f;
      room(f.length);
      for (let k = 0; k < f.length; k++) map[len++] = i;
      i += cu;
    }
    parts.push(run);
  }
  map[len] = end;
  return { text: parts.join(''), map: map.subarray(0, len + 1), base: start };
}

/**
 * Folds a string with no need for offsets (terms, claim values, report fingerprints): the
 * same text as `fold(s).text`, without building the map. Readers call it per word, so an
 * all-ASCII string (nearly every word of an English article) is one `toLowerCase`.
 */
export function foldString(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && s.charCodeAt(i) < 0x80) i++;
  if (i === n) return s.toLowerCase();
  let out = s.slice(0, i).toLowerCase();
  while (i < n) {
    let j = i;
    while (j < n && s.charCodeAt(j) < 0x80) j++;
    if (j > i) {
      out += s.slice(i, j).toLowerCase();
      i = j;
      continue;
    }
    const code = s.charCodeAt(i);
    const cu = code >= 0xd800 && code <= 0xdbff && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    out += foldChar(cu === 1 ? s[i]! : s.slice(i, i + 2));
    i += cu;
  }
  return out;
}

/** Maps a folded `[fs, fe)` range to original `[start, end)` offsets. */
export function unfoldSpan(f: FoldedText, fs: number, fe: number): { start: number; end: number } {
  return { start: f.map[fs]!, end: fe > fs ? f.map[fe]! : f.map[fs]! };
}

/** True for letters, digits and combining marks: the characters that make words. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);
}
