import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldString, unfoldSpan } from '../src/core/fold.js';

describe('fold', () => {
  it.each([
    ['Peña Nieto', 'pena nieto'],
    ['L’Aquila', "l'aquila"],
    ['“unilateral”', '"unilateral"'],
    ['U.S.–Mexico', 'u.s.-mexico'],
    ['Mérida\u00a0Initiative', 'merida initiative'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['ERDOĞAN', 'erdogan'],
    ['Zoë', 'zoe'],
  ])('%s → %s', (input, expected) => {
    expect(foldString(input)).toBe(expected);
  });

  it('maps folded offsets back to the original text, also across decomposed accents', () => {
    const text = 'Se\u0301bastien met Peña — “yesterday”';
    const f = fold(text);
    const at = f.text.indexOf('pena');
    const span = unfoldSpan(f, at, at + 4);
    expect(text.slice(span.start, span.end)).toBe('Peña');
    const y = f.text.indexOf('"yesterday"');
    const s2 = unfoldSpan(f, y, y + '"yesterday"'.length);
    expect(text.slice(s2.start, s2.end)).toBe('“yesterday”');
    const sb = unfoldSpan(f, 0, 'sebastien'.length);
    expect(text.slice(sb.start, sb.end)).toBe('Se\u0301bastien');
  });

  it('folds a slice with offsets into the whole text', () => {
    const text = 'date 2017-02-24 Mexico’s secretary';
    const f = fold(text, 16);
    expect(f.text).toBe("mexico's secretary");
    expect(f.map[0]).toBe(16);
    expect(f.map[f.text.length]).toBe(text.length);
  });

  it('keeps astral characters whole', () => {
    const text = 'a 😀 Chong';
    const f = fold(text);
    const at = f.text.indexOf('chong');
    expect(text.slice(f.map[at]!, f.map[at + 5]!)).toBe('Chong');
  });
});

describe('foldString', () => {
  it('is the text of fold() for any string (ASCII, accents, surrogates, lone halves)', () => {
    const alphabet = fc.constantFrom('a', 'Z', ' ', '-', '’', '“', 'é', 'E\u0301', 'İ', 'ß', 'Ø', '\u00a0', '😀', '\ud800', '\udc00', '—', '9');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }).map((a) => a.join('')), (s) => {
        expect(foldString(s)).toBe(fold(s).text);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(foldString(s)).toBe(fold(s).text);
      }),
      { numRuns: 2000 },
    );
  });
});
