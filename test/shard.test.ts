/**
 * `--shard i/n` and `crosscheck merge`: the merged reports of the shards of a run are the
 * report of the whole run, byte for byte — through the command line, in process.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateArticle, generateClaims } from '../bench/generate.js';
import { check } from '../src/check.js';
import { nodeIo } from '../src/core/io.js';
import { ROOT, run, tempTree } from './helpers/io.js';

/** A generated corpus: articles of a few stories, claims of every kind about them, a waiver, claims scoped to some articles. */
function corpus(articles: number, claims: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < articles; i++) {
    const a = generateArticle(i, { stories: 12 });
    // Two folders: source ids with a `/`, and globs that pick one of them.
    files[`sources/${i % 3 === 0 ? 'wire/' : ''}${a.id}.txt`] = a.text;
  }
  files['claims/generated.yaml'] = generateClaims({ count: claims, stories: 12 });
  files['claims/scoped.yaml'] = [
    'defaults:',
    '  sources: ["wire/*"]',
    'claims:',
    '  - { id: scoped-name, kind: name, value: Miguel Ángel Osorio Chong }',
    '  - { id: scoped-quote, kind: quote, value: "We told them that our legal framework does not allow this", required: true }',
    '',
  ].join('\n');
  // Waives the scoped quote's omissions in some articles only: used in some shards, not in others.
  files['crosscheck.waivers.yaml'] = [
    'waivers:',
    '  - { claim: scoped-quote, source: "wire/a00000*", reason: not quoted in the early wire copy }',
    '  - { claim: no-such-claim, reason: never used }',
    '',
  ].join('\n');
  return tempTree(files);
}

const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');

describe('sharded runs', () => {
  it.each([2, 3, 5])('merged into one report equal to the unsharded run (%i shards)', async (n) => {
    const dir = corpus(40, 60);
    const whole = await run(dir, ['-f', 'json=whole.json', '--fail-on', 'never']);
    expect(whole.code, whole.err).toBe(0);
    const shards: string[] = [];
    for (let i = 1; i <= n; i++) {
      const r = await run(dir, ['--shard', `${i}/${n}`, '-f', `json=shard-${i}.json`, '--fail-on', 'never']);
      expect(r.code, r.err).toBe(0);
      const report = JSON.parse(read(dir, `shard-${i}.json`));
      expect(report.shard).toEqual({ index: i, count: n });
      shards.push(`shard-${i}.json`);
    }
    // In any order: merging sorts.
    const merged = await run(dir, ['merge', ...shards.reverse(), '-f', 'json=merged.json', '--fail-on', 'never']);
    expect(merged.code, merged.err).toBe(0);
    expect(read(dir, 'merged.json')).toBe(read(dir, 'whole.json'));
    const report = JSON.parse(read(dir, 'whole.json'));
    // The corpus exercises what merging must get right.
    expect(report.summary.sources).toBe(40);
    expect(report.summary.conflict).toBeGreaterThan(0);
    expect(report.summary.waived).toBeGreaterThan(0);
    expect(report.results.some((r: { claim: string; source: string }) => r.claim === 'scoped-name' && !r.source.startsWith('wire/'))).toBe(false);
    expect(report.problems.map((p: { code: string }) => p.code)).toEqual(['waivers/unused']);
  });

  it('gives every article to exactly one shard, and the exit code of the merged report is the whole run’s', async () => {
    const dir = corpus(23, 25);
    const whole = await run(dir, ['-f', 'json']);
    const ids = new Set<string>();
    const files: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const r = await run(dir, ['--shard', `${i}/4`, '-f', `json=s${i}.json`]);
      expect([0, 1]).toContain(r.code);
      for (const s of JSON.parse(read(dir, `s${i}.json`)).sources) {
        expect(ids.has(s.id)).toBe(false);
        ids.add(s.id);
      }
      files.push(`s${i}.json`);
    }
    expect(ids.size).toBe(23);
    const merged = await run(dir, ['merge', ...files, '-f', 'json']);
    expect(merged.out).toBe(whole.out);
    expect(merged.code).toBe(whole.code);
  });

  it('merges the bundled corpus split in two', async () => {
    const dir = tempTree({});
    const whole = await run(ROOT, ['-f', 'json']);
    for (const i of [1, 2]) await run(ROOT, ['--shard', `${i}/2`, '-f', `json=${path.join(dir, `b${i}.json`)}`]);
    const merged = await run(ROOT, ['merge', path.join(dir, 'b1.json'), path.join(dir, 'b2.json'), '-f', 'json']);
    expect(merged.out).toBe(whole.out);
  });

  it('has a shard with no articles when there are more shards than articles', async () => {
    const dir = corpus(2, 10);
    const r = await run(dir, ['--shard', '3/3', '-f', 'json=s3.json', '--fail-on', 'never']);
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(read(dir, 's3.json'));
    expect(report.sources).toEqual([]);
    expect(report.results).toEqual([]);
  });
});

describe('--absent: absent omissions left out of results', () => {
  type R = { claim: string; source: string; verdict: string; reason?: string; finding: boolean; waived: boolean };
  const isAbsent = (r: R): boolean => r.verdict === 'omission' && r.reason === 'absent' && !r.finding && !r.waived;

  it('omit lists every other pair as list does, and counts the absent ones in the summary', async () => {
    const dir = corpus(30, 40);
    expect((await run(dir, ['-f', 'json=list.json', '--fail-on', 'never', '--absent', 'list'])).code).toBe(0);
    expect((await run(dir, ['-f', 'json=omit.json', '--fail-on', 'never', '--absent', 'omit'])).code).toBe(0);
    const list = JSON.parse(read(dir, 'list.json'));
    const omit = JSON.parse(read(dir, 'omit.json'));
    const dropped = (list.results as R[]).filter(isAbsent);
    expect(dropped.length).toBeGreaterThan(100);
    expect(omit.results).toEqual((list.results as R[]).filter((r) => !isAbsent(r)));
    // Required claims' absences are findings: still listed.
    expect((omit.results as R[]).some((r) => r.claim === 'scoped-quote' && r.reason === 'absent')).toBe(true);
    const { unlisted, unlistedErrors, ...rest } = omit.summary;
    expect(unlisted).toBe(dropped.length);
    expect(unlistedErrors).toBe(dropped.filter((r) => (r as R & { severity: string }).severity === 'error').length);
    expect(unlistedErrors).toBeGreaterThan(0);
    expect(rest).toEqual(list.summary);
    expect(list.summary.unlisted).toBeUndefined();
  });

  it('auto leaves them out above the pair limit, decided on the whole run so that shards merge to it', async () => {
    const dir = corpus(30, 40);
    const io = { ...nodeIo(process), cwd: dir };
    const opts = { claims: ['claims'], sources: ['sources'], absentListLimit: 500 };
    const whole = await check(io, opts);
    expect(whole.report!.summary.unlisted).toBeGreaterThan(0);
    expect(whole.problems.map((p) => p.code)).toContain('report/absent-unlisted');
    // Each shard alone has fewer than 500 pairs, and still leaves them out.
    const shard = await check(io, { ...opts, shard: { index: 1, count: 3 } });
    expect(shard.report!.summary.pairs).toBeLessThan(500);
    expect(shard.report!.summary.unlisted).toBeGreaterThan(0);
    const below = await check(io, { ...opts, absentListLimit: 1_000_000 });
    expect(below.report!.summary.unlisted).toBeUndefined();
    expect(below.problems.map((p) => p.code)).not.toContain('report/absent-unlisted');
  });

  it('merges omitted shards into the omitted unsharded report, byte for byte; a listed shard is pruned to match', async () => {
    const dir = corpus(30, 40);
    expect((await run(dir, ['-f', 'json=whole.json', '--fail-on', 'never', '--absent', 'omit'])).code).toBe(0);
    for (const i of [1, 2, 3]) await run(dir, ['--shard', `${i}/3`, '-f', `json=s${i}.json`, '--fail-on', 'never', '--absent', i === 2 ? 'list' : 'omit']);
    const merged = await run(dir, ['merge', 's1.json', 's2.json', 's3.json', '-f', 'json=merged.json', '--fail-on', 'never']);
    expect(merged.code, merged.err).toBe(0);
    expect(read(dir, 'merged.json')).toBe(read(dir, 'whole.json'));
  });

  it('still fails --fail-on omission on the omissions it does not list', async () => {
    const dir = tempTree({
      'claims/c.yaml': 'claims:\n  - { id: smith, kind: name, value: John Smith }\n',
      'sources/a.txt': 'date 2017-02-24\nJohn Smith spoke.\n',
      'sources/b.txt': 'date 2017-02-24\nNobody spoke.\n',
    });
    for (const absent of ['list', 'omit']) {
      expect((await run(dir, ['--fail-on', 'omission', '--absent', absent, '-f', 'json=r.json'])).code).toBe(1);
      expect((await run(dir, ['--fail-on', 'conflict', '--absent', absent, '-f', 'json=r.json'])).code).toBe(0);
    }
  });

  it('words an unused waiver alike in every shard, so that shards merge to the whole run', async () => {
    // Smith is named in a.txt only: one shard has a result of the claim, the other none.
    const dir = tempTree({
      'claims/c.yaml': 'claims:\n  - { id: smith, kind: name, value: John Smith }\n',
      'sources/a.txt': 'date 2017-02-24\nJohn Smith spoke.\n',
      'sources/b.txt': 'date 2017-02-24\nNobody spoke.\n',
      'crosscheck.waivers.yaml': 'waivers:\n  - { claim: smith, reason: old }\n',
    });
    expect((await run(dir, ['-f', 'json=whole.json', '--fail-on', 'never', '--absent', 'omit'])).code).toBe(0);
    for (const i of [1, 2]) await run(dir, ['--shard', `${i}/2`, '-f', `json=s${i}.json`, '--fail-on', 'never', '--absent', 'omit']);
    expect((await run(dir, ['merge', 's1.json', 's2.json', '-f', 'json=merged.json', '--fail-on', 'never'])).code).toBe(0);
    expect(read(dir, 'merged.json')).toBe(read(dir, 'whole.json'));
    expect(JSON.parse(read(dir, 'whole.json')).problems.map((p: { code: string }) => p.code)).toContain('waivers/unused');
  });

  it('rejects an unknown mode with the choices', async () => {
    const r = await run(corpus(2, 5), ['--absent', 'none']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--absent must be one of: auto, list, omit');
  });
});
