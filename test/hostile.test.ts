/**
 * Bad and hostile input (issue 6, SPEC §5, ARCHITECTURE property 4): every case runs
 * `main()` in process on a fresh folder and asserts the exact exit code and the exact
 * stderr lines — `file:line:column: message`, a hint where one helps, never a stack
 * trace, never a hang, nothing written on failure, every problem of the run reported.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, existsSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../src/cli/main.js';
import { EventEmitter } from 'node:events';
import { guardStream, nodeFs, type FileSystem, type Io } from '../src/core/io.js';
import { captureIo, run, tempTree } from './helpers/io.js';

const SRC = path.resolve(import.meta.dirname, '../src');
const NAME = 'claims:\n  - { id: n, kind: name, value: Luis Videgaray }\n';
const GOOD = 'date 2017-02-24\nLuis Videgaray said no.\n';
const BASE = { 'claims/a.yaml': NAME, 'sources/a.txt': GOOD };
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const dirs: string[] = [];
const fifos: string[] = [];
afterEach(() => {
  // A FIFO nobody writes to would keep a reader blocked: open and close its write end.
  for (const f of fifos.splice(0)) {
    try {
      closeSync(openSync(f, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // no reader: nothing to release
    }
  }
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function folder(files: Record<string, string | Uint8Array>, setup?: (dir: string) => void): string {
  const dir = tempTree(files);
  dirs.push(dir);
  setup?.(dir);
  return dir;
}

function mkfifo(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  execFileSync('mkfifo', [file]);
  fifos.push(file);
}

function sparse(file: string, bytes: number): void {
  writeFileSync(file, '');
  truncateSync(file, bytes);
}

/** A claim file nesting `depth` block mappings. */
function deepBlock(depth: number): string {
  const lines = ['claims:', '  - id: a', '    kind: name', '    value: X Y', '    note:'];
  for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(6 + 2 * i)}k${i}:`);
  lines.push(`${' '.repeat(6 + 2 * depth)}x`);
  return `${lines.join('\n')}\n`;
}

/** Nine references per level, twelve levels: 9^12 values once expanded. */
function billionLaughs(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 12; i++) {
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  }
  return `${lines.join('\n')}\nclaims: *l\n`;
}

interface Case {
  readonly name: string;
  readonly files: Record<string, string | Uint8Array>;
  readonly argv?: readonly string[];
  readonly setup?: (dir: string) => void;
  readonly code: number;
  readonly err: readonly string[];
}

const CASES: Case[] = [
  // ---- claim files -------------------------------------------------------------------
  { name: 'YAML syntax error', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - id: a\n   kind: name\n' }, code: 2, err: ['claims/a.yaml:3:1: Sequence item without - indicator'] },
  { name: 'tabs as indentation', files: { ...BASE, 'claims/a.yaml': 'claims:\n\t- id: a\n' }, code: 2, err: ['claims/a.yaml:2:1: Tabs are not allowed as indentation'] },
  { name: 'duplicate key', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - id: a\n    id: b\n    kind: name\n    value: X Y\n' }, code: 2, err: ['claims/a.yaml:3:5: Map keys must be unique'] },
  { name: 'two YAML documents in one file', files: { ...BASE, 'claims/a.yaml': `${NAME}---\n${NAME}` }, code: 2, err: ['claims/a.yaml:3:1: a second YAML document ("---"): a file holds one document (move the second document to a file of its own)'] },
  { name: 'wrong type: yes for a boolean', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: name, value: X Y, required: yes }\n' }, code: 2, err: ['claims/a.yaml:2:48: "required" must be boolean'] },
  { name: 'wrong type: a list for a name', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: name, value: [X, Y] }\n' }, code: 2, err: ['claims/a.yaml:2:33: "value" must be string'] },
  { name: 'wrong type: a negative tolerance (one message for its alternatives)', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: quantity, value: 1, tolerance: -1, cues: [x] }\n' }, code: 2, err: ['claims/a.yaml:2:51: "tolerance" must be a number of at least 0 or a percentage of the value such as "5%"'] },
  { name: 'unknown field with a did-you-mean', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - id: a\n    kind: name\n    valeu: X Y\n' }, code: 2, err: ['claims/a.yaml:4:5: unknown field "valeu" (did you mean "value"?)'] },
  { name: 'unknown field listing the known ones', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: date, value: 2017, cues: [met], colour: red }\n' }, code: 2, err: ['claims/a.yaml:2:52: unknown field "colour"; known fields: id, kind, subject, severity, required, sources, note, reference, examples, value, cues, exclude'] },
  { name: 'unknown kind with a did-you-mean', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: quantitty, value: 1, cues: [x] }\n' }, code: 2, err: ['claims/a.yaml:2:20: unknown kind "quantitty" (did you mean "quantity"?); kinds: quantity, date, name, title, quote'] },
  { name: 'unknown kind without a close match', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: rumour, value: 1 }\n' }, code: 2, err: ['claims/a.yaml:2:20: unknown kind "rumour"; kinds: quantity, date, name, title, quote'] },
  { name: 'missing kind', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, value: X Y }\n' }, code: 2, err: ['claims/a.yaml:2:5: missing required field "kind"'] },
  { name: 'duplicate ids across files, both places named', files: { ...BASE, 'claims/b.yaml': 'claims:\n  - id: other\n    kind: name\n    value: Z W\n  - id: n\n    kind: name\n    value: X Y\n' }, code: 2, err: [
      'claims/a.yaml:2:11: duplicate claim id "n": used again at claims/b.yaml:5:9',
      'claims/b.yaml:5:9: duplicate claim id "n": already used at claims/a.yaml:2:11 (ids must be unique across all claim files)',
    ] },
  { name: 'empty file', files: { ...BASE, 'claims/a.yaml': '' }, code: 2, err: ['claims/a.yaml:1:1: empty claim file (a claim file is a mapping with a "claims:" list)'] },
  { name: 'a file of comments only', files: { ...BASE, 'claims/a.yaml': '# to do\n' }, code: 2, err: ['claims/a.yaml:1:1: empty claim file (a claim file is a mapping with a "claims:" list)'] },
  { name: 'empty claims list', files: { ...BASE, 'claims/a.yaml': 'claims: []\n' }, code: 2, err: ['claims/a.yaml:1:9: "claims" must have at least 1 item'] },
  { name: 'a top-level list instead of a mapping', files: { ...BASE, 'claims/a.yaml': '- id: a\n  kind: name\n  value: X Y\n' }, code: 2, err: ['claims/a.yaml:1:1: a claim file must be a mapping with a "claims:" list, not a list (put the list under "claims:")'] },
  { name: 'a bare scalar document', files: { ...BASE, 'claims/a.yaml': 'just some words\n' }, code: 2, err: ['claims/a.yaml:1:1: a claim file must be a mapping with a "claims:" list'] },
  { name: 'id with spaces', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: my claim, kind: name, value: X Y }\n' }, code: 2, err: ['claims/a.yaml:2:11: claim id must start with a letter or digit and contain only letters, digits, ".", "_" and "-" (no spaces)'] },
  { name: 'impossible date 2017-02-30', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: date, value: 2017-02-30, cues: [met] }\n' }, code: 2, err: ['claims/a.yaml:2:33: "2017-02-30" is not a real date (write YYYY-MM-DD, YYYY-MM or YYYY)'] },
  { name: 'date in another form', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: date, value: 23/02/2017, cues: [met] }\n' }, code: 2, err: ['claims/a.yaml:2:33: "value" of a date claim must be YYYY-MM-DD, YYYY-MM or YYYY'] },
  { name: 'unparsable figure', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: quantity, value: lots, cues: [x] }\n' }, code: 2, err: ['claims/a.yaml:2:37: cannot read "lots" as a number (write digits such as 218000, "218,000", "2.5 billion" or "$21.6bn")'] },
  { name: 'invalid regular expression in cues', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: date, value: 2017, cues: [met, "/(unclosed/"] }\n' }, code: 2, err: ["claims/a.yaml:2:51: cues[1]: invalid regular expression /(unclosed/: missing closing ): `(unclosed` (crosscheck uses RE2 syntax: no look-around or back-references)"] },
  { name: 'look-behind is not RE2', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: date, value: 2017, exclude: ["/(?<=a)b/"], cues: [met] }\n' }, code: 2, err: ["claims/a.yaml:2:49: exclude[0]: invalid regular expression /(?<=a)b/: look-around such as (?=…), (?!…), (?<=…) or (?<!…) is not supported (crosscheck uses RE2 syntax: no look-around or back-references)"] },
  { name: 'invalid glob in sources', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: name, value: X Y, sources: ["wire/[z-a]*"] }\n' }, code: 2, err: ["claims/a.yaml:2:48: sources[0]: invalid glob \"wire/[z-a]*\": invalid character class (a class such as [a-z] must go from low to high)"] },
  { name: 'alias bomb ("billion laughs")', files: { ...BASE, 'claims/a.yaml': billionLaughs() }, code: 2, err: ['claims/a.yaml:1:1: cannot load YAML: too many alias references (a "billion laughs" document?)'] },
  {
    name: 'wide alias: one big list referenced by every claim',
    files: {
      ...BASE,
      'claims/a.yaml': `claims:\n  - { id: c0, kind: quantity, value: 1, cues: &c [${Array.from({ length: 5000 }, (_, i) => `w${i}`).join(', ')}] }\n${Array.from({ length: 300 }, (_, i) => `  - { id: c${i + 1}, kind: quantity, value: 1, cues: *c }\n`).join('')}`,
    },
    code: 2,
    err: ['claims/a.yaml:1:1: cannot load YAML: too many alias references (a "billion laughs" document?)'],
  },
  {
    name: 'a cue list shared by 2,000 claims through one alias is fine',
    files: {
      ...BASE,
      'claims/a.yaml': `claims:\n  - { id: c0, kind: quantity, value: 218000, cues: &c [non-Mexican, Guatemalans] }\n${Array.from({ length: 2000 }, (_, i) => `  - { id: c${i + 1}, kind: quantity, value: 218000, cues: *c }\n`).join('')}`,
    },
    argv: ['validate'],
    code: 0,
    err: [],
  },
  { name: 'alias to an unknown anchor', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: name, value: *who }\n' }, code: 2, err: ['claims/a.yaml:2:33: unknown alias "*who" (an alias must refer to an anchor "&who" written before it)'] },
  { name: 'deeply nested flow document', files: { ...BASE, 'claims/a.yaml': `claims: ${'['.repeat(5000)}${']'.repeat(5000)}\n` }, code: 2, err: ['claims/a.yaml:1:73: the document is nested too deeply (at most 64 levels of mappings and lists)'] },
  { name: 'nested deeper than the limit', files: { ...BASE, 'claims/a.yaml': deepBlock(70) }, code: 2, err: ['claims/a.yaml:67:129: the document is nested too deeply (at most 64 levels of mappings and lists)'] },
  { name: 'a mapping as a field name', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: name, value: X Y, {x: 1}: 2 }\n' }, code: 2, err: ['claims/a.yaml:2:38: a field name must be plain text, not a mapping, list, alias or tagged value'] },
  { name: 'a null field name', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: name, value: X Y, ~: 2 }\n' }, code: 2, err: ['claims/a.yaml:2:38: a field name is missing or empty (~ or null)'] },
  { name: 'control characters in a field name stay on one line', files: { ...BASE, 'claims/a.yaml': 'claims:\n  - { id: a, kind: name, value: X Y, "x\\n::error file=ci::pwned\\e[31m": 1 }\n' }, code: 2, err: ['claims/a.yaml:2:38: unknown field "x\\n::error file=ci::pwned\\u001b[31m"; known fields: id, kind, subject, severity, required, sources, note, reference, examples, value, variants'] },
  { name: 'a 100 KB field name is not echoed whole', files: { ...BASE, 'claims/a.yaml': `claims:\n  - { id: a, kind: name, value: X Y, ${'x'.repeat(100_000)}: 1 }\n` }, code: 2, err: ['claims/a.yaml:2:38: unknown field "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…"; known fields: id, kind, subject, severity, required, sources, note, reference, examples, value, variants'] },
  { name: 'a folder named like a claim file', files: { ...BASE, 'claims/x.yaml/b.yaml': NAME.replace('id: n', 'id: m') }, code: 2, err: ['claims/x.yaml: is a folder, but its name ends in ".yaml" like a file; it was not read (rename the folder)'] },
  { name: 'claim file not UTF-8', files: { ...BASE, 'claims/a.yaml': new Uint8Array([...enc('claims:\n  - { id: a, kind: name, value: Pe'), 0xf1, ...enc('a Nieto }\n')]) }, code: 2, err: ['claims/a.yaml:2:35: not valid UTF-8 (byte offset 42) (save the claim file as UTF-8)'] },
  { name: 'claim file larger than 8 MiB', files: BASE, setup: (d) => sparse(path.join(d, 'claims/big.yaml'), 9 * 1048576), code: 2, err: ['claims/big.yaml: claim file is 9.0 MiB; the limit is 8 MiB (split it into several claim files)'] },
  { name: 'claim file that is a FIFO', files: BASE, setup: (d) => mkfifo(path.join(d, 'claims/pipe.yaml')), code: 2, err: ['claims/pipe.yaml: not a regular file (a FIFO, socket or device); it was not read'] },
  { name: 'no claim files at all', files: { 'claims/README.md': 'x', 'sources/a.txt': GOOD }, code: 2, err: ['claims: no claim files (.yaml or .yml) found (write claims as described in the README, or give their folder with --claims)'] },

  // ---- articles ------------------------------------------------------------------------
  { name: 'invalid UTF-8 (Latin-1 ñ)', files: { ...BASE, 'sources/b.txt': new Uint8Array([...enc('date 2017-02-24\nEnrique Pe'), 0xf1, ...enc('a Nieto\n')]) }, code: 2, err: ['sources/b.txt:2:11: not valid UTF-8 (byte offset 26) (save the article as UTF-8)'] },
  { name: 'a UTF-16 article', files: { ...BASE, 'sources/b.txt': new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]) }, code: 2, err: ['sources/b.txt:1:1: is UTF-16, not UTF-8 (save the article as UTF-8)'] },
  { name: 'a binary file (PNG) named .txt', files: { ...BASE, 'sources/b.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }, code: 2, err: ['sources/b.txt:1:1: not valid UTF-8 (byte offset 0) (save the article as UTF-8)'] },
  { name: 'a NUL byte', files: { ...BASE, 'sources/b.txt': 'Luis Videgaray\nsaid\0 no\n' }, code: 2, err: ['sources/b.txt:2:5: contains a NUL byte: this looks like a binary file, not an article'] },
  { name: 'impossible header date', files: { ...BASE, 'sources/b.txt': 'date 2017-02-30 Luis Videgaray said no.' }, code: 2, err: ['sources/b.txt:1:6: "2017-02-30" is not a real date'] },
  { name: 'front matter syntax error', files: { ...BASE, 'sources/b.md': '---\ndate: 2017-02-24\ntitle: [Mexico\n---\nBody.\n' }, code: 2, err: ["sources/b.md:3:15: front matter: Flow sequence in block collection must be sufficiently indented and end with a ]"] },
  { name: 'front matter nested absurdly deep', files: { ...BASE, 'sources/b.md': `---\nextra: ${'['.repeat(20000)}${']'.repeat(20000)}\n---\nBody.\n` }, code: 2, err: ['sources/b.md:2:1: front matter: it is nested too deeply'] },
  { name: 'front matter date that is not a date', files: { ...BASE, 'sources/b.md': '---\ndate: last week\n---\nBody.\n' }, code: 2, err: ['sources/b.md:2:7: front matter date "last week" is not a date in the form YYYY-MM-DD'] },
  { name: 'an article larger than 64 MiB', files: BASE, setup: (d) => sparse(path.join(d, 'sources/big.txt'), 65 * 1048576), code: 2, err: ['sources/big.txt: article is 65.0 MiB; the limit is 64 MiB (split the file into articles)'] },
  { name: 'an article that is a FIFO, in the folder', files: BASE, setup: (d) => mkfifo(path.join(d, 'sources/pipe.txt')), code: 2, err: ['sources/pipe.txt: not a regular file (a FIFO, socket or device); it was not read'] },
  { name: 'an article that is a FIFO, named on the command line', files: BASE, argv: ['-s', 'sources', 'pipe.txt'], setup: (d) => mkfifo(path.join(d, 'pipe.txt')), code: 2, err: ['pipe.txt: not a regular file (a FIFO, socket or device); it was not read'] },
  { name: 'a link to a device', files: BASE, setup: (d) => symlinkSync('/dev/zero', path.join(d, 'sources/zero.txt')), code: 2, err: ['sources/zero.txt: not a regular file (a FIFO, socket or device); it was not read'] },
  { name: 'a folder named like an article', files: { ...BASE, 'sources/old.txt/c.txt': GOOD }, code: 2, err: ['sources/old.txt: is a folder, but its name ends in ".txt" like a file; it was not read (rename the folder)'] },
  { name: 'a file name with a line break', files: { ...BASE, 'sources/b\n::error::x.txt': GOOD }, code: 2, err: ['sources/b\\n::error::x.txt: the file name contains a control character (a line break, a tab…) (rename the file)'] },
  { name: 'missing sources folder', files: { 'claims/a.yaml': NAME }, code: 2, err: ['sources: no such file or folder'] },
  { name: 'empty sources folder', files: { 'claims/a.yaml': NAME, 'sources/.gitkeep': '' }, code: 2, err: ['sources: no articles (.txt or .md) found (give the folder of articles with --sources)'] },
  { name: 'a symbolic link loop', files: BASE, setup: (d) => symlinkSync(path.join(d, 'sources'), path.join(d, 'sources/again')), code: 2, err: ['sources/again: symbolic link loop: this folder contains itself; it was not read'] },
  { name: 'a link to itself', files: BASE, setup: (d) => symlinkSync(path.join(d, 'sources/self.txt'), path.join(d, 'sources/self.txt')), code: 2, err: ['sources/self.txt: broken symbolic link: symbolic link loop'] },
  { name: 'a broken link', files: BASE, setup: (d) => symlinkSync(path.join(d, 'gone.txt'), path.join(d, 'sources/gone.txt')), code: 2, err: ['sources/gone.txt: broken symbolic link: no such file or folder'] },

  // ---- command line --------------------------------------------------------------------
  { name: 'unknown flag', files: BASE, argv: ['--sorces', 'sources'], code: 2, err: [
      'crosscheck: unknown option "--sorces" (did you mean "--sources"?)',
      'hint: see crosscheck --help',
    ] },
  { name: 'unknown format, with the valid ones', files: BASE, argv: ['-f', 'yaml'], code: 2, err: ['crosscheck: unknown format "yaml"; formats: pretty, json, markdown, html, sarif, junit, github'] },
  { name: 'misspelt format', files: BASE, argv: ['-f', 'jsno=r.json'], code: 2, err: ['crosscheck: unknown format "jsno" (did you mean "json"?); formats: pretty, json, markdown, html, sarif, junit, github'] },
  { name: '--shard out of range', files: BASE, argv: ['--shard', '3/2'], code: 2, err: ['crosscheck: --shard 3/2 is out of range: i must be between 1 and n, n between 1 and 1,000,000'] },
  { name: '--shard 0/4', files: BASE, argv: ['--shard', '0/4'], code: 2, err: ['crosscheck: --shard 0/4 is out of range: i must be between 1 and n, n between 1 and 1,000,000'] },
  { name: '--shard with an absurd count', files: BASE, argv: ['--shard', '1/99999999999999999999'], code: 2, err: ['crosscheck: --shard 1/99999999999999999999 is out of range: i must be between 1 and n, n between 1 and 1,000,000'] },
  { name: 'two formats to stdout', files: BASE, argv: ['-f', 'json', '-f', 'markdown'], code: 2, err: ['crosscheck: only one format can go to stdout (got json, markdown); write the others to files with --format <name>=<file>'] },
  { name: 'two formats to one file', files: BASE, argv: ['-f', 'json=r.out', '-f', 'sarif=./r.out'], code: 2, err: ['crosscheck: two formats would write the same file "r.out"'] },
  { name: 'two different config files', files: BASE, argv: ['--config', 'a.yaml', '--config', 'b.yaml'], code: 2, err: ['crosscheck: --config given twice with different files (a.yaml, b.yaml)'] },
  { name: 'two different waiver files', files: BASE, argv: ['--waivers', 'a.yaml', '--waivers', 'b.yaml'], code: 2, err: ['crosscheck: --waivers given twice with different files (a.yaml, b.yaml)'] },
  { name: 'an option of another command', files: BASE, argv: ['validate', '--sources', 'sources'], code: 2, err: ['crosscheck: option --sources does not apply to "crosscheck validate"'] },
  { name: 'a stray argument', files: BASE, argv: ['claims/a.yaml'], code: 2, err: [
      'crosscheck: unknown command "claims/a.yaml"',
      'hint: commands: check, validate, merge, discover; see crosscheck --help',
    ] },
  { name: 'report to a missing folder', files: BASE, argv: ['-f', 'json=out/r.json'], code: 2, err: ['out/r.json: cannot write the json report: no such file or folder'] },
  { name: 'report to a folder', files: { ...BASE, 'out/keep': '' }, argv: ['-f', 'json=out'], code: 2, err: ['out: cannot write the json report: is a folder, not a file'] },
  { name: 'report below a file', files: BASE, argv: ['-f', 'json=sources/a.txt/r.json'], code: 2, err: ['sources/a.txt/r.json: cannot write the json report: not a folder'] },
  { name: 'report over a claim file', files: BASE, argv: ['-f', 'json=claims/a.yaml'], code: 2, err: ['claims/a.yaml: the json report would overwrite a claim file of this run; nothing was written (write the report to another file)'] },
  { name: 'report over an article', files: BASE, argv: ['-f', 'json=r.json', '-f', 'markdown=sources/a.txt'], code: 2, err: ['sources/a.txt: the markdown report would overwrite an article of this run; nothing was written (write the report to another file)'] },
  { name: 'config: a list instead of a mapping', files: { ...BASE, 'crosscheck.config.yaml': '- claims\n' }, code: 2, err: ['crosscheck.config.yaml:1:1: a config file must be a mapping of options (claims, sources, failOn, absent, formats, waivers, roles)'] },
  { name: 'config: unknown format, at its line', files: { ...BASE, 'crosscheck.config.yaml': 'failOn: never\nformats:\n  - pretty\n  - yaml=r.yaml\n' }, code: 2, err: ['crosscheck.config.yaml:4:5: unknown format "yaml"; formats: pretty, json, markdown, html, sarif, junit, github'] },
  { name: 'config: two formats to stdout', files: { ...BASE, 'crosscheck.config.yaml': 'formats: [json, pretty]\n' }, code: 2, err: ['crosscheck.config.yaml:1:10: "formats": only one format can go to stdout (got json, pretty); write the others to files with --format <name>=<file>'] },
  { name: 'config: claims of the wrong type', files: { ...BASE, 'crosscheck.config.yaml': 'claims: 42\n' }, code: 2, err: ['crosscheck.config.yaml:1:9: "claims" must be a path or a list of paths'] },
  { name: 'config: a FIFO', files: BASE, setup: (d) => mkfifo(path.join(d, 'crosscheck.config.yaml')), code: 2, err: ['crosscheck.config.yaml: cannot read config: not a regular file (a FIFO, socket or device); it was not read'] },
  { name: 'config: not UTF-8', files: { ...BASE, 'crosscheck.config.yaml': new Uint8Array([...enc('roles: [ombudsm'), 0xe1, ...enc('n]\n')]) }, code: 2, err: ['crosscheck.config.yaml:1:16: not valid UTF-8 (byte offset 15) (save the config file as UTF-8)'] },
  { name: 'merge: not JSON', files: { 'r.json': '{"version": 1,' }, argv: ['merge', 'r.json'], code: 2, err: ['r.json: not JSON: Expected double-quoted property name in JSON at position 14'] },
  { name: 'merge: a FIFO', files: {}, argv: ['merge', 'r.json'], setup: (d) => mkfifo(path.join(d, 'r.json')), code: 2, err: ['r.json: cannot read: not a regular file (a FIFO, socket or device); it was not read'] },

  // ---- every problem of a run at once ------------------------------------------------
  {
    name: 'problems in claims, articles and folders are all reported together',
    files: {
      'claims/a.yaml': 'claims:\n  - { id: a, kind: name, valeu: X Y }\n',
      'claims/b.yaml': NAME,
      'claims/c.yaml': 'claims:\n  - { id: n, kind: name, value: Luis Videgaray }\n',
      'sources/a.txt': GOOD,
      'sources/b.txt': new Uint8Array([0x41, 0xff]),
      'sources/c.txt': 'date 2017-13-01 x',
    },
    argv: ['-s', 'sources', 'elsewhere'],
    code: 2,
    err: [
      'claims/a.yaml:2:26: unknown field "valeu" (did you mean "value"?)',
      'claims/b.yaml:2:11: duplicate claim id "n": used again at claims/c.yaml:2:11',
      'claims/c.yaml:2:11: duplicate claim id "n": already used at claims/b.yaml:2:11 (ids must be unique across all claim files)',
      'elsewhere: no such file or folder',
      'sources/b.txt:1:2: not valid UTF-8 (byte offset 1) (save the article as UTF-8)',
      'sources/c.txt:1:6: "2017-13-01" is not a real date',
    ],
  },
];

describe('bad and hostile input: exit 2, exact messages', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = folder(c.files, c.setup);
    const before = snapshot(dir);
    const r = await run(dir, [...(c.argv ?? [])]);
    if (process.env.DUMP) console.log(`@@ ${c.name}\n${JSON.stringify(r.err.split('\n').slice(0, -1), null, 2)}`);
    expect(r.code).toBe(c.code);
    expect(r.err.split('\n')).toEqual([...c.err, '']);
    expect(r.err).not.toMatch(/^\s+at /m); // never a stack trace
    if (c.code === 2) {
      expect(r.out).toBe('');
      expect(snapshot(dir)).toEqual(before); // nothing written, nothing left behind
    }
  });
});

/** Every file's path and content under `dir` (FIFOs and sparse giants by name only). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && !full.includes('big.')) out[path.relative(dir, full)] = readFileSync(full, 'latin1');
      else out[path.relative(dir, full)] = e.isSymbolicLink() ? 'link' : 'special';
    }
  };
  walk(dir);
  return out;
}

/** An Io on the real file system whose `fs` calls can be made to fail for one path. */
function failingIo(dir: string, fail: Partial<Record<keyof FileSystem, { path: string; code: string }>>): { io: Io; out: () => string; err: () => string } {
  const c = captureIo(dir);
  const fs: FileSystem = { ...nodeFs };
  for (const [name, f] of Object.entries(fail) as [keyof FileSystem, { path: string; code: string }][]) {
    const real = nodeFs[name] as (...a: unknown[]) => Promise<unknown>;
    (fs as unknown as Record<string, unknown>)[name] = async (...a: unknown[]) => {
      if (String(a[0]).startsWith(path.join(dir, f.path))) throw Object.assign(new Error(`${f.code}: refused`), { code: f.code });
      return real(...a);
    };
  }
  return { ...c, io: { ...c.io, fs } };
}

describe('BOM and CRLF work, with positions in the original file', () => {
  it('an article with a BOM and CRLF lines: line and column as an editor shows them (the BOM not counted)', async () => {
    const text = '\uFEFFdate 2017-02-24\r\nFirst line.\r\nOn Friday, Miguel Angel Osorio Chung said no.\r\n';
    const dir = folder({ 'claims/a.yaml': 'claims:\n  - { id: n, kind: name, value: Miguel Ángel Osorio Chong, variants: [Miguel Angel Osorio Chong] }\n', 'sources/a.txt': text });
    const r = await run(dir, ['-f', 'json']);
    expect([r.code, r.err]).toEqual([1, '']);
    const m = JSON.parse(r.out).results[0].mentions[0];
    const body = text.slice(1); // offsets count from the first character after the BOM
    expect([m.verdict, m.text, m.line, m.column, m.endColumn]).toEqual(['conflict', 'Miguel Angel Osorio Chung', 3, 12, 37]);
    expect(body.slice(m.offset, m.offset + m.length)).toBe('Miguel Angel Osorio Chung');
    expect(JSON.parse(r.out).sources[0].date).toBe('2017-02-24');
  });

  it('a claim file with a BOM and CRLF lines: problems at their line and column', async () => {
    const dir = folder({ ...BASE, 'claims/a.yaml': '\uFEFFclaims:\r\n  - id: a\r\n    kind: name\r\n    valeu: X Y\r\n' });
    const r = await run(dir, []);
    expect([r.code, r.err]).toEqual([2, 'claims/a.yaml:4:5: unknown field "valeu" (did you mean "value"?)\n']);
  });

  it('a claim file with a BOM and CRLF lines that is valid', async () => {
    const dir = folder({ 'claims/a.yaml': `\uFEFF${NAME.replace(/\n/g, '\r\n')}`, 'sources/a.txt': `\uFEFF${GOOD.replace(/\n/g, '\r\n')}` });
    expect(await run(dir, [])).toMatchObject({ code: 0, err: '' });
  });
});

describe('files the operating system refuses (tests run as root, so refusals are injected)', () => {
  it('an article that cannot be read (EACCES) is named, and the other problems are still reported', async () => {
    const dir = folder({ ...BASE, 'sources/secret.txt': GOOD, 'claims/b.yaml': 'claims: []\n' });
    const c = failingIo(dir, { readFile: { path: 'sources/secret.txt', code: 'EACCES' } });
    expect(await main([], c.io)).toBe(2);
    expect(c.err()).toBe('claims/b.yaml:1:9: "claims" must have at least 1 item\nsources/secret.txt: cannot read article: permission denied\n');
    expect(c.out()).toBe('');
  });

  it('a claim file that cannot be read (EACCES)', async () => {
    const dir = folder(BASE);
    const c = failingIo(dir, { readFile: { path: 'claims/a.yaml', code: 'EACCES' } });
    expect(await main(['validate'], c.io)).toBe(2);
    expect(c.err()).toBe('claims/a.yaml: cannot read claim file: permission denied\n');
  });

  it('a folder that cannot be listed (EACCES)', async () => {
    const dir = folder({ ...BASE, 'sources/locked/b.txt': GOOD });
    const c = failingIo(dir, { readdir: { path: 'sources/locked', code: 'EACCES' } });
    expect(await main([], c.io)).toBe(2);
    expect(c.err()).toBe('sources/locked: cannot read folder: permission denied\n');
  });

  it('a report that cannot be written (EACCES) leaves no file and no partial output', async () => {
    const dir = folder(BASE);
    const c = failingIo(dir, { writeFile: { path: 'b.json', code: 'EACCES' } });
    expect(await main(['-f', 'json=a.json', '-f', 'sarif=b.json', '-f', 'pretty'], c.io)).toBe(2);
    expect(c.err()).toBe('b.json: cannot write the sarif report: permission denied\n');
    expect(c.out()).toBe(''); // stdout's report is not printed either
    expect(readdirSync(dir).sort()).toEqual(['claims', 'sources']); // a.json was staged, then removed
  });

  it('a disk that fills up while writing leaves no file (ENOSPC on rename)', async () => {
    const dir = folder(BASE);
    const c = failingIo(dir, { rename: { path: 'a.json', code: 'ENOSPC' } });
    expect(await main(['-f', 'json=a.json'], c.io)).toBe(2);
    expect(c.err()).toBe('a.json: cannot write the json report: no space left on the device\n');
    expect(readdirSync(dir).sort()).toEqual(['claims', 'sources']);
  });
});

describe('standard streams that cannot be written', () => {
  function fakeProcess() {
    const listeners: Array<() => void> = [];
    const stream = new EventEmitter();
    let err = '';
    const proc = { exitCode: 1 as number | undefined, stderr: { write: (s: string) => ((err += s), true) }, on: (_e: 'exit', l: () => void) => listeners.push(l) };
    guardStream(proc, stream, 'stdout');
    return { proc, stream, exit: () => listeners.forEach((l) => l()), err: () => err };
  }

  it('a full disk behind stdout is one line on stderr and exit 2, not a crash', () => {
    const f = fakeProcess();
    f.stream.emit('error', Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    f.exit();
    expect(f.err()).toBe('crosscheck: cannot write to stdout: no space left on the device\n');
    expect(f.proc.exitCode).toBe(2);
  });

  it('a closed pipe (crosscheck | head) ends the output quietly and keeps the exit code', () => {
    const f = fakeProcess();
    f.stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    f.exit();
    expect(f.err()).toBe('');
    expect(f.proc.exitCode).toBe(1);
  });
});

describe('regular expressions from claim files cannot hang a run', () => {
  it('catastrophic patterns run on RE2, in linear time, against a 1 MB line', async () => {
    // In a JS RegExp each of these backtracks exponentially: 30 characters already take seconds.
    const line = `Officials counted 218,000 migrants in ${'a'.repeat(1_000_000)}b.`;
    const dir = folder({
      'claims/a.yaml': [
        'claims:',
        '  - { id: nested-plus, kind: quantity, value: 218000, cues: ["/(a+)+b/"] }',
        '  - { id: nested-plus-end, kind: quantity, value: 218000, cues: ["/(a+)+$/"] }',
        '  - { id: words-to-end, kind: quantity, value: 218000, cues: ["/(\\\\w+\\\\s?)+$/"] }',
        '  - { id: alternation, kind: date, value: 2017, cues: ["/(a|aa)+c/"] }',
        '',
      ].join('\n'),
      'sources/long.txt': `date 2017-02-24\n${line}\n`,
    });
    const r = await run(dir, ['-f', 'json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const verdicts = Object.fromEntries(JSON.parse(r.out).results.map((x: { claim: string; verdict: string }) => [x.claim, x.verdict]));
    // The folded text ends in "b.\n": `$` (end of text) never follows a run of a's or words.
    expect(verdicts).toEqual({ 'nested-plus': 'agreement', 'nested-plus-end': 'omission', 'words-to-end': 'omission', alternation: 'omission' });
  });

  it('no other place compiles text at run time into a JS RegExp', () => {
    // Every `RegExp(` in src/, by file. Constant patterns (built from word tables) are safe;
    // text from claims, waivers or articles must go to RE2JS (src/extract/terms.ts) instead,
    // or compile to a linear pattern. A new entry here needs that check.
    const KNOWN: Record<string, string> = {
      'extract/date-rules.ts': 'constant rule table',
      'extract/sentences.ts': 'constant speech-verb list',
      'kinds/date/select.ts': 'constant verb list',
      'kinds/quantity/select.ts': 'constant word lists, run on at most 60 characters',
    };
    const found = new Set<string>();
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const full = path.join(d, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name.endsWith('.ts')) {
          const code = readFileSync(full, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
          if (/\bRegExp\s*\(/.test(code)) found.add(path.relative(SRC, full).split(path.sep).join('/'));
          // `'abc'.match(text)` and `.search(text)` compile a string argument into a RegExp too.
          for (const m of code.matchAll(/\.(?:match|matchAll|search)\(\s*([^/\s)][^)]*)\)/g)) {
            expect(`${path.relative(SRC, full)}: ${m[0]}`).toMatch(/\(\s*[A-Z][A-Z_]*\s*\)$/); // a constant RegExp
          }
        }
      }
    };
    walk(SRC);
    expect([...found].sort()).toEqual(Object.keys(KNOWN).sort());
  });
});

describe('a 40 MB article on one line', () => {
  it('is checked end to end, with a claim of each kind, positions right, memory bounded', async () => {
    const head =
      'date 2017-02-24 On Thursday, Mexican Foreign Minister Luis Videgaray met Rex Tillerson. Officials said 218,000 non-Mexican migrants were detained. ' +
      'Videgaray said "We told them that our legal framework does not allow this" on Friday. ';
    const tail = 'In the end Luis Vidgaray left.';
    const filler = 'The committee reviewed several documents and adjourned without a vote. ';
    const size = 40 * 1024 * 1024;
    const body = filler.repeat(Math.ceil(size / filler.length)).slice(0, size - head.length - tail.length);
    const text = head + body + tail;
    expect(text.length).toBe(size);
    expect(text).not.toContain('\n');
    const dir = folder({
      'claims/a.yaml': [
        'claims:',
        '  - { id: q, kind: quantity, value: 218000, cues: [non-Mexican] }',
        '  - { id: d, kind: date, value: 2017-02-23, cues: [met] }',
        '  - { id: n, kind: name, value: Luis Videgaray }',
        '  - { id: t, kind: title, person: Luis Videgaray, value: Foreign Minister }',
        '  - { id: qt, kind: quote, speaker: Luis Videgaray, value: We told them that our legal framework does not allow this }',
        '',
      ].join('\n'),
      'sources/big.txt': text,
    });
    const r = await run(dir, ['-f', 'json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    const verdicts = Object.fromEntries(report.results.map((x: { claim: string; verdict: string }) => [x.claim, x.verdict]));
    expect(verdicts).toEqual({ d: 'agreement', n: 'conflict', q: 'agreement', qt: 'agreement', t: 'agreement' });
    const miss = report.results.find((x: { claim: string }) => x.claim === 'n').mentions.find((m: { verdict: string }) => m.verdict === 'conflict');
    const at = text.lastIndexOf('Luis Vidgaray');
    expect([miss.text, miss.offset, miss.line, miss.column]).toEqual(['Luis Vidgaray', at, 1, at + 1]);
    // Peak memory of this test process, in KiB: 1.5 GiB when measured (about 37 bytes per byte
    // of article: the text, its folded copy and offset map, words, sentences); it was 2.6 GiB
    // before fold() stopped building a per-character rope. Anything quadratic is far beyond.
    expect(process.resourceUsage().maxRSS).toBeLessThan(2.5 * 1024 * 1024);
  }, 300_000);
});
