import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource, loadSources, readSimpleFrontMatter, readYamlFrontMatter } from '../src/sources/load.js';
import { formatProblem } from '../src/core/problem.js';
import { captureIo, tempTree } from './helpers/io.js';
import { symlinkSync } from 'node:fs';
import * as path from 'node:path';

const enc = (s: string) => new TextEncoder().encode(s);

describe('source files', () => {
  it('reads the seed-style date header on the same line as the text', () => {
    const { source } = parseSource('a', 'a.txt', enc(' date 2017-02-24 Mexico has informed the Trump administration.'));
    expect(source!.meta.date).toBe('2017-02-24');
    expect(source!.text.slice(source!.bodyStart)).toBe('Mexico has informed the Trump administration.');
    expect(source!.position(source!.bodyStart)).toEqual({ line: 1, column: 18 });
  });

  it('reads a date header alone on its line', () => {
    const { source } = parseSource('a', 'a.txt', enc('date 2017-02-22\nMexico is not happy.\n'));
    expect(source!.meta.date).toBe('2017-02-22');
    expect(source!.text.slice(source!.bodyStart)).toBe('Mexico is not happy.\n');
    expect(source!.position(source!.bodyStart)).toEqual({ line: 2, column: 1 });
  });

  it('reads YAML front matter', () => {
    const { source, problems } = parseSource('a', 'a.md', enc('---\ndate: 2017-02-24\ntitle: Mexico says no\noutlet: Reuters\n---\nBody text.\n'));
    expect(problems).toEqual([]);
    expect(source!.meta).toEqual({ date: '2017-02-24', title: 'Mexico says no', outlet: 'Reuters', url: null, author: null });
    expect(source!.position(source!.bodyStart)).toEqual({ line: 6, column: 1 });
  });

  it('drops a BOM and counts positions from the first character, with CRLF lines', () => {
    const { source } = parseSource('a', 'a.txt', enc('\uFEFFdate 2017-02-24\r\nFirst line.\r\nSecond Chung line.\r\n'));
    expect(source!.meta.date).toBe('2017-02-24');
    const at = source!.text.indexOf('Chung');
    expect(source!.position(at)).toEqual({ line: 3, column: 8 });
  });

  it('counts columns in UTF-16 code units', () => {
    const { source } = parseSource('a', 'a.txt', enc('😀 Peña 😀 Chong'));
    expect(source!.position(source!.text.indexOf('Chong'))).toEqual({ line: 1, column: 12 });
  });

  it('gives no metadata to a text that merely starts with the word date', () => {
    const { source } = parseSource('a', 'a.txt', enc('date night is back in Washington.'));
    expect(source!.meta.date).toBeNull();
    expect(source!.bodyStart).toBe(0);
  });

  it.each([
    ['invalid UTF-8', new Uint8Array([0x4d, 0x65, 0x0a, 0x78, 0xff, 0x41]), 'a.txt:2:2: not valid UTF-8 (byte offset 4) (save the article as UTF-8)'],
    ['a NUL byte', enc('Hello\nwor\0ld'), 'a.txt:2:4: contains a NUL byte: this looks like a binary file, not an article'],
    ['an impossible header date', enc('date 2017-02-30 Text'), 'a.txt:1:6: "2017-02-30" is not a real date'],
    ['a bad front matter date', enc('---\ndate: yesterday\n---\nText'), 'a.txt:2:7: front matter date "yesterday" is not a date in the form YYYY-MM-DD'],
  ])('reports %s', (_n, bytes, expected) => {
    const { source, problems } = parseSource('a', 'a.txt', bytes);
    expect(source).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([expected]);
  });
});

describe('finding sources', () => {
  it('walks folders recursively, ids are relative paths without extension', async () => {
    const dir = tempTree({ 'src/a.txt': 'A', 'src/wire/b.md': 'B', 'src/notes.pdf': 'x', 'src/.hidden/c.txt': 'C' });
    const { sources, problems } = await loadSources(captureIo(dir).io, ['src']);
    expect(problems).toEqual([]);
    expect(sources.map((s) => [s.id, s.path])).toEqual([
      ['a', 'src/a.txt'],
      ['wire/b', 'src/wire/b.md'],
    ]);
  });

  it('reports missing folders, duplicate ids and symlink loops, and still reads the rest', async () => {
    const dir = tempTree({ 'src/a.txt': 'A', 'src/a.md': 'A again', 'src/sub/b.txt': 'B' });
    symlinkSync(path.join(dir, 'src'), path.join(dir, 'src/sub/loop'));
    const { sources, problems } = await loadSources(captureIo(dir).io, ['src', 'nowhere']);
    expect(sources.map((s) => s.id)).toEqual(['a', 'sub/b']);
    expect(problems.map(formatProblem).sort()).toEqual([
      'nowhere: no such file or folder',
      'src/a.txt: source id "a" is also the id of src/a.md (rename one of the files)',
      'src/sub/loop: symbolic link loop: this folder contains itself; it was not read',
    ]);
  });
});

describe('front matter without the YAML parser (readSimpleFrontMatter)', () => {
  const keys = ['date', 'title', 'outlet', 'url', 'author', 'tags', 'date', 'x_id'];
  const values = [
    '2017-02-23', '2017-02-30', '"2017-02-23"', "'2017-02-23'", 'Reuters', 'The Washington Post', "Trump's wall", 'U.S.-Mexico talks: day two',
    'a: b', 'a #b', 'a#b', 'https://example.com/a?b=c#d', '"quoted: yes # no"', "'single'", 'true', 'null', 'No', 'yes minister',
    'Peña Nieto', '[a, b]', '{a: 1}', '"esc\\"aped"', '* star', '& anchor', '1234', '12.5', '-dash', '"', "''", '"a\tb"', 'tab\there', 'x:', ' spaced  out  ',
  ];
  const line = fc.tuple(fc.constantFrom(...keys), fc.constantFrom(':', ': ', ':\t', ' : '), fc.constantFrom(...values), fc.constantFrom('', ' ', '\r', ' # c'));
  it('reads what the YAML parser reads, or leaves the front matter to it', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        const yaml = lines.map(([k, sep, v, end]) => `${k}${sep}${v}${end}`).join('\n');
        const simple = readSimpleFrontMatter(yaml);
        if (simple === undefined) return;
        fast++;
        expect(simple).toEqual(readYamlFrontMatter(yaml));
      }),
      { numRuns: 5000 },
    );
    expect(fast).toBeGreaterThan(50); // the fast path is taken, not always declined
  });

  it('leaves to the parser what it reads otherwise (review)', () => {
    expect(readSimpleFrontMatter('null: a\nNULL: b')).toBeUndefined();
    expect(readSimpleFrontMatter('title: Foo\u00a0')).toEqual(readYamlFrontMatter('title: Foo\u00a0'));
  });

  it('reads the bundled articles’ kind of front matter itself', () => {
    expect(readSimpleFrontMatter('date: 2017-02-23\ntitle: "Tillerson, Kelly in Mexico"\noutlet: Reuters\nurl: https://www.reuters.com/x')).toEqual({
      meta: { date: '2017-02-23', title: 'Tillerson, Kelly in Mexico', outlet: 'Reuters', url: 'https://www.reuters.com/x', author: null },
    });
  });
});
