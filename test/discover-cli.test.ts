import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiscover } from '../src/cli/discover.js';
import { captureIo, ROOT, run, tempTree } from './helpers/io.js';

async function discover(cwd: string, argv: string[], env?: Record<string, string | undefined>): Promise<{ code: number; out: string; err: string }> {
  const c = captureIo(cwd, env);
  const code = await runDiscover(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

/** The bundled articles in a fresh folder (so writing claims never touches the repository). */
function bundledCopy(extra: Record<string, string> = {}): string {
  const files: Record<string, string> = { ...extra };
  for (const f of readdirSync(path.join(ROOT, 'sources'))) files[`sources/${f}`] = readFileSync(path.join(ROOT, 'sources', f), 'utf8');
  return tempTree(files);
}

describe('crosscheck discover on the bundled corpus', () => {
  it('lists the discrepancies first, with file:line:column and the words', async () => {
    const r = await discover(ROOT, []);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const head = r.out.split('What several articles agree on')[0]!;
    expect(r.out.startsWith('crosscheck discover 5 articles: 4 disagreements, ')).toBe(true);
    const items = [...head.matchAll(/^ +\d+\. (\w+) +(.+)$/gmu)].map((m) => `${m[1]} ${m[2]}`);
    expect(items).toEqual([
      'name Enrique Peña Nieto',
      'name Miguel Angel Osorio Chong',
      'figure detentions of non-Mexican nationals (count)',
      'figure low (years)',
    ]);
    expect(head).toContain('diff: Osorio Ch[-o-][+u+]ng');
    expect(head).toContain('diff: Pe[-ñ-][+n+]a Nieto');
    expect(head).toContain('sources/000_3c302dad8eeff72e.txt:11:41  “Miguel Angel Osorio Chung”');
    expect(head).toContain('sources/003_108a14b737e811cf.txt:29:66  “Pena Nieto”');
    expect(head).toContain('✗ more than 220,000 (> 220,000)');
    expect(head).toContain('sources/003_108a14b737e811cf.txt:5:321  “more than 220,000”');
    expect(head).toContain('✓ 45-year (= 45)');
    expect(head).toContain('sources/003_108a14b737e811cf.txt:21:350  “40-year”');
    expect(r.out).toContain('Write these as claims with: crosscheck discover --write claims/discovered.yaml');
    expect(r.out).not.toMatch(/\x1b\[/u);
  });

  it('gives JSON for tools', async () => {
    const r = await discover(ROOT, ['--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.version).toBe(1);
    expect(j.tool).toEqual({ name: 'crosscheck', version: '0.1.0' });
    expect(j.summary).toMatchObject({ sources: 5, disagreements: 4 });
    expect(j.summary.proposals).toBe(j.proposals.length);
    expect(j.proposals.slice(0, 4).map((p: { status: string }) => p.status)).toEqual(['disagreement', 'disagreement', 'disagreement', 'disagreement']);
    const fig = j.proposals.find((p: { id: string }) => p.id === 'figure-detentions-non-mexican-nationals');
    expect(fig.claim).toMatchObject({ kind: 'quantity', value: 218000, cues: ['detentions', 'detained'], confirm: 'confirm: articles say 218,000 and more than 220,000' });
    expect(fig.readings[1].evidence[0]).toMatchObject({ source: '003_108a14b737e811cf', path: 'sources/003_108a14b737e811cf.txt', line: 5, column: 321, text: 'more than 220,000' });
    expect(fig.reproduced).toBe(true);
    expect((await discover(ROOT, ['-f', 'json'])).out).toBe(r.out);
  });

  it('--write writes claims that validate, check cleanly and reproduce the discrepancies', async () => {
    const dir = bundledCopy();
    const r = await discover(dir, ['--write', 'claims/discovered.yaml']);
    // The folder does not exist yet: the file cannot be written.
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^claims\/discovered\.yaml: cannot write the claim file: /mu);

    const dir2 = bundledCopy({ 'claims/.keep': '' });
    const w = await discover(dir2, ['--write', 'claims/discovered.yaml']);
    expect(w.code).toBe(0);
    expect(w.out).toMatch(/\nWrote \d+ claims to claims\/discovered\.yaml; they validate\./u);
    const yaml = readFileSync(path.join(dir2, 'claims/discovered.yaml'), 'utf8');
    expect(yaml).toContain('value: Miguel Angel Osorio Chong  # confirm the spelling');
    expect(yaml).toContain('value: 218000  # confirm: articles say 218,000 and more than 220,000');
    expect(yaml).toContain('value: 45  # confirm: articles say 45-year and 40-year');
    expect(readdirSync(path.join(dir2, 'claims')).sort()).toEqual(['.keep', 'discovered.yaml']); // no temporary file left

    const v = await run(dir2, ['validate', '-c', 'claims/discovered.yaml']);
    expect(v.err).toBe('');
    expect(v.code).toBe(0);

    const c = await run(dir2, ['-c', 'claims/discovered.yaml', '-f', 'json']);
    expect(c.err).toBe('');
    const report = JSON.parse(c.out);
    const conflicts = (id: string): string[] => report.results.filter((x: { claim: string; verdict: string }) => x.claim === id && x.verdict === 'conflict').map((x: { source: string }) => x.source);
    expect(conflicts('name-miguel-angel-osorio-chong')).toEqual(['000_3c302dad8eeff72e']);
    expect(conflicts('name-enrique-pena-nieto')).toEqual(['003_108a14b737e811cf', '004_a2dce47529cea698']);
    expect(conflicts('figure-detentions-non-mexican-nationals')).toEqual(['003_108a14b737e811cf']);
    expect(conflicts('figure-low')).toEqual(['003_108a14b737e811cf']);
    // Agreed facts check without a conflict.
    const agreed = report.results.filter((x: { claim: string }) => /^(?:title|date)-/u.test(x.claim));
    expect(agreed.length).toBeGreaterThan(0);
    expect(agreed.filter((x: { verdict: string }) => x.verdict === 'conflict')).toEqual([]);
  });

  it('--write next to other claim files keeps every id unique across the folder', async () => {
    const claims: Record<string, string> = { 'claims/names.yaml': 'claims:\n  - id: name-miguel-angel-osorio-chong\n    kind: name\n    value: Miguel Ángel Osorio Chong\n    variants: [Miguel Angel Osorio Chong]\n' };
    const dir = bundledCopy(claims);
    const w = await discover(dir, ['--write', 'claims/discovered.yaml', '-f', 'json']);
    expect(w.code).toBe(0);
    expect(w.err).toMatch(/^Wrote \d+ claims to claims\/discovered\.yaml/u);
    expect(JSON.parse(w.out).proposals.map((p: { id: string }) => p.id)).toContain('name-miguel-angel-osorio-chong-2');
    const v = await run(dir, ['validate']);
    expect(v.err).toBe('');
    expect(v.code).toBe(0);
  });

  it('--min-articles raises the bar', async () => {
    const j = JSON.parse((await discover(ROOT, ['-f', 'json', '--min-articles', '3'])).out);
    for (const p of j.proposals) expect(p.sources.length).toBeGreaterThanOrEqual(3);
    expect(j.proposals.some((p: { id: string }) => p.id === 'figure-low')).toBe(false);
  });

  it('follows FORCE_COLOR and NO_COLOR', async () => {
    expect((await discover(ROOT, [], { NO_COLOR: undefined, FORCE_COLOR: '1' })).out).toMatch(/\x1b\[31m4 disagreements/u);
    expect((await discover(ROOT, [], { FORCE_COLOR: '1' })).out).not.toMatch(/\x1b\[/u);
  });
});

describe('crosscheck discover options and bad input', () => {
  it('prints complete help', async () => {
    for (const arg of ['--help', '-h']) {
      const r = await discover(ROOT, [arg]);
      expect(r.code).toBe(0);
      for (const opt of ['-s, --sources <path…>', '-f, --format <name>', '--write <file>', '--min-articles <n>', '--config <file>', '-h, --help', 'Exit status:']) expect(r.out).toContain(opt);
    }
  });

  it.each([
    [['--frmat', 'json'], 'crosscheck discover: unknown option "--frmat" (did you mean "--format"?)'],
    [['-f', 'xml'], 'crosscheck discover: unknown format "xml"; formats: pretty, json'],
    [['-f', 'jsno'], 'unknown format "jsno" (did you mean "json"?)'],
    [['--min-articles', '0'], '--min-articles must be a whole number of at least 1 (got "0")'],
    [['--min-articles', 'two'], '--min-articles must be a whole number of at least 1 (got "two")'],
    [['--write'], 'option --write needs a value <file>'],
    [['-s'], 'option --sources needs at least one path'],
    [['stray'], 'unexpected argument "stray"'],
    [['--help=yes'], 'option --help takes no value'],
  ])('%j is a usage error', async (argv, message) => {
    const r = await discover(ROOT, argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });

  it('reports unreadable articles as file:line:column: message', async () => {
    const dir = tempTree({ 'sources/a.txt': 'date 2017-02-24 Fine.\n', 'sources/b.txt': Buffer.from([0x4f, 0x6b, 0x0a, 0x41, 0xff, 0x42]) });
    const r = await discover(dir, []);
    expect(r.code).toBe(2);
    expect(r.err).toBe('sources/b.txt:2:2: not valid UTF-8 (byte offset 4) (save the article as UTF-8)\n');
    expect(r.out).toBe('');
    const missing = await discover(dir, ['-s', 'nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('nowhere: no such file or folder\n');
    const empty = tempTree({ 'sources/notes.csv': 'a,b\n' });
    const none = await discover(empty, []);
    expect(none.code).toBe(2);
    expect(none.err).toContain('sources: no articles (.txt or .md files) found');
  });

  it('says so when there is nothing to write, and exits 0', async () => {
    const dir = tempTree({ 'sources/a.txt': 'date 2017-02-24 Nothing here.\n', 'out/.keep': '' });
    const r = await discover(dir, ['--write', 'out/claims.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Nothing found that two articles state about the same thing.');
    expect(r.out).toContain('No claims to write: out/claims.yaml was not written.');
    expect(existsSync(path.join(dir, 'out/claims.yaml'))).toBe(false);
  });

  it('reads sources and roles from the config file', async () => {
    const dir = tempTree({
      'crosscheck.config.yaml': 'sources: articles\n',
      'articles/a.txt': 'date 2016-08-25 Mayor Giulia Ferraro said the town was gone.\n',
      'articles/b.txt': 'date 2016-08-25 Mayor Guilia Ferraro said the town was gone.\n',
      'articles/c.txt': 'date 2016-08-25 Giulia Ferraro wept.\n',
    });
    const r = await discover(dir, ['-f', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).proposals[0].subject).toBe('Giulia Ferraro');
    const bad = tempTree({ 'crosscheck.config.yaml': 'sorces: x\n' });
    const b = await discover(bad, []);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/^crosscheck\.config\.yaml:1:1: /u);
  });
});
