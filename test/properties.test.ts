/**
 * Property-based tests (fast-check) for the parts that read untrusted text: the claim
 * loader, the article decoder, and the readers of numbers, dates, names, sentences and
 * quotations. Whatever the input, they never throw, and every position they report lies
 * inside the text they were given (and spells what it claims to).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { kindEnv } from '../src/check.js';
import { parseClaims } from '../src/claims/load.js';
import { decodeUtf8 } from '../src/core/io.js';
import { formatProblem, type Problem } from '../src/core/problem.js';
import { readDates } from '../src/extract/dates.js';
import { readNameRuns } from '../src/extract/names.js';
import { readNumbers } from '../src/extract/numbers.js';
import { readQuoteIndex } from '../src/extract/quotes.js';
import { splitSentences } from '../src/extract/sentences.js';
import { matchName, nameForms } from '../src/kinds/name/match.js';
import { parseSource } from '../src/sources/load.js';

const env = kindEnv();
/** FC_RUNS=20000 for a longer hunt; the default keeps the suite quick. */
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 400) };

/** Text built from pieces that matter to a reader, plus arbitrary characters between them. */
function textOf(pieces: readonly string[], maxLength = 40): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), { maxLength })
    .map((parts) => parts.join(''));
}

/** A text and a `[start, end)` window inside it (as readers are called on one sentence). */
function withWindow(text: fc.Arbitrary<string>): fc.Arbitrary<{ text: string; start: number; end: number }> {
  return text.chain((t) =>
    fc
      .tuple(fc.nat({ max: t.length }), fc.nat({ max: t.length }))
      .map(([a, b]) => ({ text: t, start: Math.min(a, b), end: Math.max(a, b) })),
  );
}

/** True when a 1-based line/column lies in `text` (a column may point just past a line's end). */
function inside(text: string, line: number | undefined, column: number | undefined): boolean {
  if (line === undefined || column === undefined) return false;
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  return Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
}

function problemsInside(file: string, text: string, problems: readonly Problem[]): void {
  for (const p of problems) {
    expect(p.file).toBe(file);
    expect(inside(text, p.line, p.column), `${p.code} at ${p.line}:${p.column}: ${p.message}`).toBe(true);
    // User text in a message may hold anything; the printed line never holds a control character.
    expect(formatProblem(p)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  }
}

const YAML_PIECES = [
  'claims:', 'defaults:', '\n', '\r\n', '  ', '    ', '- ', '-', 'id: ', 'kind: ', 'value: ', 'cues: ', 'exclude: ', 'variants: ', 'person: ',
  'severity: ', 'required: ', 'sources: ', 'examples: ', 'text: ', 'verdict: ', 'tolerance: ', 'unit: ',
  'quantity', 'date', 'name', 'title', 'quote', 'agreement', 'conflict', 'warning', 'true', 'yes', '~', 'null',
  '218,000', '2.5 billion', '5%', '-1', '1e400', '.inf', '2017-02-30', '2017-02-23', '2017', 'Luis Videgaray', 'a b',
  '[', ']', '{', '}', ', ', ': ', ':', '"', "'", '#', '|', '>', '---', '...', '? ', '!', '!!binary ', '!foo ', '%YAML 1.1\n',
  '&a ', '*a', '&b ', '*b', '<<: ', '\t', '\\', '/(a+)+$/', '/(?<=a)b/', '[z-a]', '\u2028', '\uFEFF', '😀', 'é', '\0',
];

describe('the claim loader', () => {
  it('never throws on YAML-ish text, and puts every problem inside the text', () => {
    fc.assert(
      fc.property(textOf(YAML_PIECES, 60), (text) => {
        const { claims, problems } = parseClaims([{ file: 'c.yaml', text }], env);
        problemsInside('c.yaml', text, problems);
        for (const c of claims) expect(inside(text, c.line, c.column)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        problemsInside('c.yaml', text, parseClaims([{ file: 'c.yaml', text }], env).problems);
      }),
      RUNS,
    );
  });

  const field = fc.constantFrom('id', 'kind', 'value', 'cues', 'exclude', 'variants', 'person', 'speaker', 'severity', 'required', 'sources', 'examples', 'tolerance', 'unit', 'note', 'valeu', 'x');
  const claimLike = fc.dictionary(field, fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('quantity', 'date', 'name', 'title', 'quote', 'a-1', '2017-02-23', 'Luis Videgaray', '218,000')), { maxKeys: 8 });
  const fileLike = fc.oneof(
    fc.record({ claims: fc.array(claimLike, { maxLength: 4 }) }),
    fc.record({ defaults: fc.dictionary(field, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), claims: fc.array(claimLike, { maxLength: 3 }) }),
    fc.jsonValue({ maxDepth: 4 }),
  );

  it('never throws on JSON-ish values written as YAML, and locates every problem', () => {
    fc.assert(
      fc.property(fileLike, fc.boolean(), (value, flow) => {
        const text = stringify(value, flow ? { collectionStyle: 'flow' } : {});
        const { claims, problems } = parseClaims([{ file: 'c.yaml', text }], env);
        problemsInside('c.yaml', text, problems);
        for (const c of claims) expect(inside(text, c.line, c.column)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('reading articles', () => {
  it('decodes UTF-8 exactly as the strict decoder does, and names the first bad byte', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }).chain((s) =>
        fc.tuple(fc.nat({ max: 40 }), fc.integer({ min: 0x80, max: 0xff })).map(([at, b]) => {
          const good = new TextEncoder().encode(s);
          const out = new Uint8Array(good.length + 1);
          const k = Math.min(at, good.length);
          out.set(good.subarray(0, k));
          out[k] = b;
          out.set(good.subarray(k), k + 1);
          return out;
        }),
      ),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        let strict: string | undefined;
        try {
          strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
        } catch {
          strict = undefined;
        }
        const got = decodeUtf8(b);
        if (strict !== undefined) {
          expect(got).toEqual({ text: strict });
          return;
        }
        expect('error' in got).toBe(true);
        if (!('error' in got)) return;
        const { byte } = got.error;
        expect(byte).toBeLessThan(b.length);
        // Everything before the byte is valid; the character there is not.
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, byte))).not.toThrow();
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(byte, byte + 4))).toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary bytes; problems and the body lie inside the text', () => {
    const pieces = ['date 2017-02-24 ', 'date 2017-02-30\n', '---\n', 'date: 2017-02-24\n', 'title: [x\n', '\r\n', '\n', '\uFEFF', 'Luis Videgaray', '\0', '&a [*a]\n'];
    fc.assert(
      fc.property(fc.oneof(textOf(pieces, 12).map((s) => new TextEncoder().encode(s)), fc.uint8Array({ maxLength: 30 })), (bytes) => {
        const { source, problems } = parseSource('a', 'a.txt', bytes);
        const text = new TextDecoder().decode(bytes);
        for (const p of problems) expect(inside(text, p.line, p.column), `${p.code} at ${p.line}:${p.column}`).toBe(true);
        if (source) {
          expect(source.bodyStart).toBeGreaterThanOrEqual(0);
          expect(source.bodyStart).toBeLessThanOrEqual(source.text.length);
        }
      }),
      RUNS,
    );
  });
});

const NUMBER_PIECES = [
  ' ', '  ', '\n', '218,000', '218000', '1.5', '2.5', '3', '10', '45', '1,000,000', '0.3', '.5', '-', '–', '—', '/', ',', '.', '%', '$', 'US$', '€', '£', '¥',
  'million', 'billion', 'bn', 'm', 'k', 'thousand', 'hundreds of', 'tens of thousands', 'dozens', 'more than', 'over', 'almost', 'about', 'nearly', 'just over', 'at least',
  'fewer than', 'up to', 'between', 'and', 'to', 'or more', 'percent', 'per cent', 'percentage points', 'basis points', 'cents', 'year', 'years', '-year-old', 'aged',
  'people', 'migrants', 'No.', 'MH17', 'F-16', 'Boeing 737', 'one', 'two', 'twenty-five', 'a', 'the', 'rose', 'fell', 'by', 'in', '2017', '1990s', '10:30', '555-1234',
  '1st', 'Feb.', 'February', '(', ')', '"', '’', 'é', '😀', '\u00A0',
];

describe('the number reader', () => {
  it('never throws; every figure lies in its window and spells its text', () => {
    fc.assert(
      fc.property(withWindow(textOf(NUMBER_PIECES)), ({ text, start, end }) => {
        for (const m of readNumbers(text, start, end)) {
          expect(m.start).toBeGreaterThanOrEqual(start);
          expect(m.end).toBeLessThanOrEqual(end);
          expect(m.start).toBeLessThan(m.end);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      RUNS,
    );
  });
});

const DATE_PIECES = [
  ' ', '\n', ',', '.', '-', '/', '–', 'February', 'Feb.', 'Feb', 'March', 'May', '23', '30', '31', '1', '2017', '2016', '2017-02-23', '2017-02-30', '02/23/2017', '23 February 2017',
  'Monday', 'Thursday', 'Thu.', 'last', 'next', 'this', 'week', 'month', 'year', 'today', 'yesterday', 'tomorrow', 'ago', 'days', 'two', 'in', 'on', 'early', 'mid-', 'late',
  'fiscal', 'FY2016', 'spring', 'summer', 'winter', 'the', 'of', 'since', 'until', 'between', 'and', '’', 'é', '😀',
];
const PUBLISHED = fc.constantFrom(null, '2017-02-24', '2016-02-29', '2017-02-30', 'garbage', '0001-01-01', '9999-12-31');

describe('the date reader', () => {
  it('never throws; every date lies in its window, spells its text, and mentions do not overlap', () => {
    fc.assert(
      fc.property(withWindow(textOf(DATE_PIECES)), PUBLISHED, ({ text, start, end }, published) => {
        let last = start;
        for (const m of readDates(text, start, end, published)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeLessThanOrEqual(end);
          expect(m.start).toBeLessThan(m.end);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          last = m.end;
        }
      }),
      RUNS,
    );
  });
});

const NAME_PIECES = [
  ' ', '  ', '\n', '\n\n', ',', '.', "'s", '’s', '-', 'Luis', 'Videgaray', 'Vidgaray', 'Miguel', 'Ángel', 'Angel', 'Osorio', 'Chong', 'Chung', 'OSORIO', 'CHONG', 'de', 'la', 'van',
  'F.', 'J.', 'Jr.', "O'Rourke", 'O’Rourke', 'Peña', 'Pena', 'Nieto', 'Mr', 'Mrs.', 'The', 'said', 'and', 'Secretary', 'of', 'State', 'Ch', 'i̇', 'İ', 'ß', '😀', 'Ω', '\u0301',
];
const NAME_VALUES = fc.constantFrom('Luis Videgaray', 'Miguel Ángel Osorio Chong', 'Enrique Peña Nieto', 'John F. Kelly', "Beto O'Rourke", 'Martin Luther King Jr.', 'Xi', 'İlker Başbuğ');

describe('the name reader and matcher', () => {
  it('never throw; runs, tokens and matches lie in the window and spell their text', () => {
    fc.assert(
      fc.property(withWindow(textOf(NAME_PIECES)), NAME_VALUES, fc.array(NAME_VALUES, { maxLength: 2 }), ({ text, start, end }, value, variants) => {
        const runs = readNameRuns(text, start, end);
        for (const run of runs) {
          expect(run.start).toBeGreaterThanOrEqual(start);
          expect(run.end).toBeLessThanOrEqual(end);
          for (const t of run.tokens) {
            expect(t.start).toBeGreaterThanOrEqual(run.start);
            expect(t.end).toBeLessThanOrEqual(run.end);
            expect(text.slice(t.start, t.end)).toBe(t.text);
          }
        }
        let last = start;
        for (const m of matchName(runs, nameForms(value, variants), text)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeLessThanOrEqual(end);
          expect(m.start).toBeLessThan(m.end);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          if (m.diff) expect(m.diff.filter(([op]) => op !== -1).map(([, s]) => s).join('')).toBe(m.text);
          last = m.end;
        }
      }),
      RUNS,
    );
  });
});

const SENTENCE_PIECES = [
  ' ', '\n', '\n\n', '\r\n', '.', '. ', '?', '!', '…', '...', '"', '“', '”', '‘', '’', "'", '(', ')', '- ', '* ', '# ', '> ', 'U.S.', 'Mr.', 'Dr.', 'Inc.', 'a.m.', 'J.', 'Fla.',
  'He', 'said', 'The', 'president', 'Mexico', 'no', 'it', '1.', '2)', '3.5', 'Image caption,', 'and', 'é', '😀', '\u2028',
];

describe('the sentence splitter', () => {
  it('never throws; sentences are sorted, disjoint, non-empty and inside the window', () => {
    fc.assert(
      fc.property(withWindow(textOf(SENTENCE_PIECES, 50)), ({ text, start, end }) => {
        let last = start;
        for (const s of splitSentences(text, start, end)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.start).toBeLessThan(s.end);
          expect(s.end).toBeLessThanOrEqual(end);
          expect(text.slice(s.start, s.end)).toMatch(/[\p{L}\p{N}]/u);
          last = s.end;
        }
      }),
      RUNS,
    );
  });
});

describe('the quotation index', () => {
  it('never throws; words and passages are sorted and inside the window', () => {
    fc.assert(
      fc.property(withWindow(textOf(SENTENCE_PIECES, 50)), ({ text, start, end }) => {
        const { words, passages, flags } = readQuoteIndex(text, start, end);
        let last = start;
        for (const w of words) {
          expect(w.start).toBeGreaterThanOrEqual(last);
          expect(w.start).toBeLessThan(w.end);
          expect(w.end).toBeLessThanOrEqual(end);
          last = w.end;
        }
        if (flags) expect(flags.length).toBe(words.length);
        let prev = start;
        for (const p of passages) {
          expect(p.start).toBeGreaterThanOrEqual(prev);
          expect(p.start).toBeLessThan(p.end);
          expect(p.end).toBeLessThanOrEqual(end);
          expect(0 <= p.wordFrom && p.wordFrom < p.wordTo && p.wordTo <= words.length).toBe(true);
          prev = p.end;
        }
      }),
      RUNS,
    );
  });
});
