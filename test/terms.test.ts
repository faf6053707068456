/**
 * Cue terms and the word index the claim index is built on (issue 7): the hand-written word
 * scan equals the regular expression it replaces, a plain term's words are whole words of
 * the folded text wherever the term matches, and the cue index finds every claim whose
 * terms match.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kindEnv } from '../src/check.js';
import { parseClaims } from '../src/claims/load.js';
import { SourceFile } from '../src/core/source-file.js';
import { AnalyzedSource, scanWords, WordIndex } from '../src/extract/analyzed-source.js';
import { TermMatcher } from '../src/extract/terms.js';
import { CandidateSet } from '../src/engine/candidates.js';
import { CueIndex } from '../src/engine/cue-index.js';
import { findCueSentences } from '../src/kinds/cue-sentences.js';
import type { Claim } from '../src/kinds/registry.js';

const doc = (text: string): AnalyzedSource => new AnalyzedSource(new SourceFile('s', 's.txt', text, 0, { date: null, title: null, outlet: null, url: null, author: null }));

describe('the word scan', () => {
  const regexWords = (text: string): Array<[number, number]> => [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]);
  const scanned = (text: string): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    scanWords(text, (s, e) => out.push([s, e]));
    return out;
  };

  it.each([
    ['', []],
    ['non-mexican l\'aquila 218,000', [[0, 3], [4, 11], [12, 13], [14, 20], [21, 24], [25, 28]]],
    ['𝐀𝐁 x', [[0, 4], [5, 6]]], // astral letters
    ['a\uD800b', [[0, 1], [2, 3]]], // a lone surrogate is not a letter
    ['é\u0301x', [[0, 1], [2, 3]]], // a combining mark is not a letter or digit
    ['٣٤ 中文', [[0, 2], [3, 5]]],
  ])('%j', (text, expected) => {
    expect(scanned(text)).toEqual(expected);
    expect(regexWords(text)).toEqual(expected);
  });

  it('equals /[\\p{L}\\p{N}]+/gu on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(scanned(text)).toEqual(regexWords(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('indexes each distinct word once, its occurrences in order', () => {
    const index = new WordIndex('the wall, the border and the wall');
    expect([...index.keys()]).toEqual(['the', 'wall', 'border', 'and']);
    expect(index.positions('the')).toEqual([0, 10, 25]);
    expect(index.positions('wall')).toEqual([4, 29]);
    expect(index.positions('nope')).toEqual([]);
    expect(index.has('border')).toBe(true);
  });
});

describe('term info', () => {
  it('gives the folded text and words of plain terms, and marks regular expressions', () => {
    const { matcher, errors } = TermMatcher.compile(['Mérida Initiative', 'non-Mexican', 'L’Aquila', '/bord.r/', '%']);
    expect(errors).toEqual([]);
    expect(matcher.info).toEqual([
      { kind: 'plain', source: 'Mérida Initiative', folded: 'merida initiative', words: ['merida', 'initiative'] },
      { kind: 'plain', source: 'non-Mexican', folded: 'non-mexican', words: ['non', 'mexican'] },
      { kind: 'plain', source: 'L’Aquila', folded: "l'aquila", words: ['l', 'aquila'] },
      { kind: 'regex', source: '/bord.r/' },
      { kind: 'plain', source: '%', folded: '%', words: [] },
    ]);
  });
});

describe('the cue index', () => {
  const env = kindEnv();
  const TERMS = ['wall', 'border wall', 'Mérida', 'Merida Initiative', 'non-Mexican', 'Mexican', 'L\'Aquila', 'fiscal year', '218,000', 'U.S.', '%', '$', '/w.ll/', '/^the/', 'the wall', 'année'];
  const TEXT_WORDS = ['the', 'wall', 'Wall', 'border', 'Mérida', 'MERIDA', 'Initiative', 'non-Mexican', 'non–Mexican', 'Mexican', 'L’Aquila', 'fiscal', 'year', 'fiscal\nyear', '218,000', '1218,000', 'U.S.', '45%', '$5', 'walls', 'Année', 'annee', '.', ','];

  it('finds every claim with a cue in the article (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...TERMS), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom(...TEXT_WORDS), { maxLength: 30 }),
        (termLists, words) => {
          const yaml = termLists.map((cues, i) => `  - { id: c${i}, kind: quantity, value: 5, cues: ${JSON.stringify(cues)} }`).join('\n');
          const { claims, problems } = parseClaims([{ file: 'c.yaml', text: `claims:\n${yaml}\n` }], env);
          expect(problems).toEqual([]);
          const d = doc(`${words.join(' ')}.`);
          const index = new CueIndex(claims.map((c, i) => ({ claim: i, cues: (c as Extract<Claim, { kind: 'quantity' }>).terms.cues.info })));
          const set = new CandidateSet(claims.length);
          index.collect(d, set);
          const candidates = new Set(set.take());
          claims.forEach((c, i) => {
            const found = findCueSentences(d, (c as Extract<Claim, { kind: 'quantity' }>).terms).length > 0;
            if (found) expect(candidates.has(i), `${JSON.stringify(termLists[i])} in "${words.join(' ')}"`).toBe(true);
          });
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('files a term under its rarest word, so a common word does not make every claim a candidate', () => {
    const { claims } = parseClaims([{ file: 'c.yaml', text: 'claims:\n  - { id: a, kind: quantity, value: 1, cues: [the wall] }\n  - { id: b, kind: quantity, value: 1, cues: [the border] }\n' }], env);
    const index = new CueIndex(claims.map((c, i) => ({ claim: i, cues: (c as Extract<Claim, { kind: 'quantity' }>).terms.cues.info })));
    const set = new CandidateSet(2);
    index.collect(doc('the fence'), set);
    expect(set.take()).toEqual([]);
    index.collect(doc('the border'), set);
    expect(set.take()).toEqual([1]);
  });
});
