import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, run, tempTree } from './helpers/io.js';

const CLAIMS = 'claims:\n  - id: spell-chong\n    kind: name\n    value: Miguel Ángel Osorio Chong\n    variants: [Miguel Angel Osorio Chong]\n';
const ARTICLE = ' date 2017-02-24 On Friday, Mexico’s interior secretary, Miguel Angel Osorio Chung, told a radio interviewer.\n';
const GOOD = ' date 2017-02-24 Miguel Angel Osorio Chong said no.\n';

describe('crosscheck on the bundled corpus', () => {
  it('prints the report and exits 1 because of the real misspellings', async () => {
    const r = await run(ROOT, []);
    expect(r.code).toBe(1);
    expect(r.out).toContain('spell-osorio-chong');
    expect(r.out).toMatch(/sources\/000_3c302dad8eeff72e\.txt:\d+:\d+ {2}“Miguel Angel Osorio Chung”/);
    expect(r.out).toContain('Ch[-o-][+u+]ng');
    expect(r.out).toMatch(/“Pena Nieto”/);
    expect(r.err).toBe('');
  });

  it('gives the SPEC §4 JSON report', async () => {
    const r = await run(ROOT, ['--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'crosscheck', version: '0.1.0' });
    expect(report.claimsDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(report.summary.sources).toBe(5);
    expect(report.summary.pairs).toBe(report.summary.claims * 5);
    expect(report.results.length).toBe(report.summary.pairs);
    const chung = report.results.find((x: any) => x.claim === 'spell-osorio-chong' && x.source === '000_3c302dad8eeff72e');
    expect(chung.verdict).toBe('conflict');
    expect(chung.finding).toBe(true);
    const m = chung.mentions.find((x: any) => x.verdict === 'conflict');
    const text = readFileSync(path.join(ROOT, 'sources/000_3c302dad8eeff72e.txt'), 'utf8');
    expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text);
    const lines = text.split('\n');
    expect(lines[m.line - 1]!.slice(m.column - 1, m.column - 1 + m.length)).toBe(m.text);
    const sorted = [...report.results].sort((a: any, b: any) => (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
    expect(report.results).toEqual(sorted);
  });

  it('is byte-identical from run to run', async () => {
    const a = await run(ROOT, ['-f', 'json']);
    const b = await run(ROOT, ['-f', 'json']);
    expect(a.out).toBe(b.out);
  });

  it('validates the bundled claims', async () => {
    const r = await run(ROOT, ['validate']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d+ claims valid\n$/);
  });
});

describe('command line', () => {
  it('exits 2 with file:line:column for a misspelt field', async () => {
    const dir = tempTree({ 'claims/a.yaml': 'claims:\n  - id: a\n    kind: name\n    valeu: X Y\n', 'sources/a.txt': GOOD });
    const r = await run(dir, []);
    expect(r.code).toBe(2);
    expect(r.err).toContain('claims/a.yaml:4:5: unknown field "valeu" (did you mean "value"?)');
    expect(r.out).toBe('');
  });

  it('exits 0 when the articles agree, 1 on a conflict, and --fail-on never forgives it', async () => {
    const good = tempTree({ 'claims/a.yaml': CLAIMS, 'sources/a.txt': GOOD });
    expect((await run(good, [])).code).toBe(0);
    const bad = tempTree({ 'claims/a.yaml': CLAIMS, 'sources/a.txt': ARTICLE });
    expect((await run(bad, [])).code).toBe(1);
    expect((await run(bad, ['--fail-on', 'never'])).code).toBe(0);
  });

  it('treats warnings as non-failing and omissions as failing only when required or --fail-on omission', async () => {
    const dir = tempTree({
      'claims/a.yaml': 'claims:\n  - { id: w, kind: name, value: Miguel Ángel Osorio Chong, severity: warning }\n  - { id: o, kind: name, value: Luis Videgaray }\n',
      'sources/a.txt': ARTICLE,
    });
    expect((await run(dir, [])).code).toBe(0);
    expect((await run(dir, ['--fail-on', 'omission'])).code).toBe(1);
    const req = tempTree({ 'claims/a.yaml': 'claims:\n  - { id: o, kind: name, value: Luis Videgaray, required: true }\n', 'sources/a.txt': ARTICLE });
    expect((await run(req, [])).code).toBe(1);
  });

  it('takes claims and sources as files or folders, several after one flag', async () => {
    const dir = tempTree({ 'c1.yaml': CLAIMS, 'x/a.txt': GOOD, 'y/b.txt': ARTICLE });
    const r = await run(dir, ['-c', 'c1.yaml', '-s', 'x', 'y/b.txt', '-f', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).sources.map((s: any) => s.id)).toEqual(['a', 'b']);
  });

  it('writes several formats in one run, whole files only', async () => {
    const dir = tempTree({ 'claims/a.yaml': CLAIMS, 'sources/a.txt': ARTICLE });
    const r = await run(dir, ['-f', 'json=out/r.json', '-f', 'pretty']);
    expect(r.code).toBe(2); // out/ does not exist
    expect(r.err).toMatch(/^out\/r\.json: cannot write the json report: no such file or folder$/m);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    const ok = await run(dir, ['-f', 'json=r.json', '-f', 'pretty']);
    expect(ok.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).summary.conflict).toBe(1);
    expect(ok.out).toContain('Conflicts (1)');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [['--frmat', 'json'], 'crosscheck: unknown option "--frmat" (did you mean "--format"?)'],
    [['-f', 'yaml'], 'crosscheck: unknown format "yaml"; formats: '],
    [['-f', 'json', '-f', 'pretty'], 'crosscheck: only one format can go to stdout (got json, pretty)'],
    [['--fail-on', 'always'], 'crosscheck: --fail-on must be one of: conflict, omission, never (got "always")'],
    [['--shard', '3/2'], 'crosscheck: --shard 3/2 is out of range'],
    [['--shard', 'x'], 'crosscheck: --shard must be i/n, e.g. 1/4 (got "x")'],
    [['chek'], 'crosscheck: unknown command "chek" (did you mean "check"?)'],
    [['merge'], 'crosscheck: merge needs at least one report.json'],
    [['-c'], 'crosscheck: option --claims needs at least one path'],
    [['validate', '-s', 'x'], 'crosscheck: option --sources does not apply to "crosscheck validate"'],
  ])('usage error %j', async (argv, expected) => {
    const r = await run(ROOT, argv);
    expect(r.code).toBe(2);
    expect(r.err.startsWith(expected)).toBe(true);
    expect(r.out).toBe('');
  });

  it('runs discover as a subcommand, with its own help', async () => {
    const r = await run(ROOT, ['discover', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(JSON.stringify(JSON.parse(r.out))).toContain('Osorio Chung');
    const h = await run(ROOT, ['help', 'discover']);
    expect(h.code).toBe(0);
    expect(h.out).toContain('--write');
    expect((await run(ROOT, ['dicsover'])).err).toContain('did you mean "discover"?');
  });

  it('prints complete help and the version', async () => {
    const h = await run(ROOT, ['--help']);
    expect(h.code).toBe(0);
    for (const word of ['--claims', '--sources', '--format', '--fail-on', '--shard', '--no-progress', '--waivers', '--config', 'validate', 'merge', 'discover', 'pretty', 'json', 'quantity', 'title', 'Exit status']) expect(h.out).toContain(word);
    expect((await run(ROOT, ['-V'])).out).toBe('0.1.0\n');
  });

  it('reports missing claim and source folders together', async () => {
    const dir = tempTree({ 'README': 'x' });
    const r = await run(dir, []);
    expect(r.code).toBe(2);
    expect(r.err).toBe('claims: no such file or folder\nsources: no such file or folder\n');
  });

  it('honours a config file, with flags winning', async () => {
    const dir = tempTree({ 'crosscheck.config.yaml': 'claims: my-claims\nsources: [articles]\nfailOn: never\n', 'my-claims/a.yaml': CLAIMS, 'articles/a.txt': ARTICLE });
    expect((await run(dir, [])).code).toBe(0);
    expect((await run(dir, ['--fail-on', 'conflict'])).code).toBe(1);
    const bad = tempTree({ 'crosscheck.config.yaml': 'claim: x\n' });
    const r = await run(bad, []);
    expect(r.code).toBe(2);
    expect(r.err).toBe('crosscheck.config.yaml:1:1: unknown field "claim" (did you mean "claims"?)\n');
  });
});
