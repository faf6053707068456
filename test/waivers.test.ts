/**
 * Waivers (SPEC §3): parsing with exact file:line:column problems, expiry, unused-waiver
 * warnings, and the glob matcher shared with claim `sources`.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/core/problem.js';
import { compileGlob } from '../src/core/glob.js';
import { applyWaivers, parseWaivers, type Waiver } from '../src/report/waivers.js';
import { sampleReport } from './fixtures/sample-report.js';

/** Problems as `file:line:column: message [code]` lines, the way users see them. */
const show = (ps: ReturnType<typeof parseWaivers>['problems']) => ps.map((p) => `${formatProblem(p)} [${p.code}]`);

describe('parseWaivers', () => {
  it('reads waivers with their positions', () => {
    const text = [
      '# accepted findings',
      'waivers:',
      '  - claim: spell-pena-nieto',
      '    source: "004_*"',
      '    reason: Reuters style drops diacritics',
      '    expires: 2017-03-31',
      '  - claim: title-guajardo',
      '    reason: He was ambassador until 2016',
      '',
    ].join('\n');
    expect(parseWaivers('crosscheck.waivers.yaml', text)).toEqual({
      waivers: [
        {
          claim: 'spell-pena-nieto',
          source: '004_*',
          reason: 'Reuters style drops diacritics',
          expires: '2017-03-31',
          file: 'crosscheck.waivers.yaml',
          line: 3,
          column: 5,
        },
        { claim: 'title-guajardo', reason: 'He was ambassador until 2016', file: 'crosscheck.waivers.yaml', line: 7, column: 5 },
      ],
      problems: [],
    });
  });

  it('reports every mistake at once, at its exact line and column', () => {
    const text = [
      'waivers:', //                       1
      '  - claim: spell-pena-nieto', //    2
      '    reson: typo', //                3
      '  - claim: Bad Id!', //             4
      '    reason: x', //                  5
      '  - claim: ok', //                  6
      '    reason: y', //                  7
      '    expires: 2017-02-30', //        8
      '  - claim: ok2', //                 9
      '    reason: z', //                  10
      '    source: 5', //                  11
      '  - just a string', //              12
      '  - reason: no claim', //           13
      '  - claim: fine', //                14
      '    reason: "  "', //               15
      '    expires: 2017-3-1', //          16
      'extra: 1', //                       17
      '',
    ].join('\n');
    const { waivers, problems } = parseWaivers('w.yaml', text);
    expect(waivers).toEqual([]);
    expect(show(problems)).toEqual([
      'w.yaml:2:5: a waiver needs `reason` [waivers/missing-field]',
      'w.yaml:3:5: unknown field `reson` in a waiver (did you mean `reason`?) [waivers/unknown-field]',
      'w.yaml:4:12: `Bad Id!` is not a claim id (ids match ^[A-Za-z0-9][A-Za-z0-9._-]*$) [waivers/invalid-claim-id]',
      'w.yaml:8:14: `expires` must be a date YYYY-MM-DD, not `2017-02-30` [waivers/invalid-date]',
      'w.yaml:11:13: `source` must be a string (quote it) [waivers/invalid-type]',
      'w.yaml:12:5: a waiver must be a mapping with `claim` and `reason` [waivers/invalid-type]',
      'w.yaml:13:5: a waiver needs `claim` [waivers/missing-field]',
      'w.yaml:15:13: `reason` must not be empty [waivers/invalid-value]',
      'w.yaml:16:14: `expires` must be a date YYYY-MM-DD, not `2017-3-1` [waivers/invalid-date]',
      'w.yaml:17:1: unknown field `extra` at the top level (the only field is `waivers`) [waivers/unknown-field]',
    ]);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('rejects a source glob that cannot compile', () => {
    expect(show(parseWaivers('w.yaml', 'waivers:\n  - claim: a\n    source: "[z-a]*"\n    reason: r\n').problems)).toEqual([
      'w.yaml:3:13: `[z-a]*` is not a valid glob: invalid character class in glob "[z-a]*" [waivers/invalid-glob]',
    ]);
    expect(() => compileGlob('[z-a]')).toThrow(/invalid character class/);
  });

  it('keeps the good waivers when others are bad', () => {
    const text = 'waivers:\n  - claim: a\n    reason: ok\n  - claim: b\n';
    const { waivers, problems } = parseWaivers('w.yaml', text);
    expect(waivers.map((w) => w.claim)).toEqual(['a']);
    expect(show(problems)).toEqual(['w.yaml:4:5: a waiver needs `reason` [waivers/missing-field]']);
  });

  it('reports YAML syntax errors with positions, never throwing', () => {
    const cases: Array<[string, string]> = [
      ['waivers:\n  - claim: a\n    claim: b\n    reason: r\n', 'w.yaml:3:5: Map keys must be unique [waivers/syntax]'],
      ['waivers:\n\t- claim: a\n', 'w.yaml:2:1: Tabs are not allowed as indentation [waivers/syntax]'],
      ['waivers:\n  - claim: "abc\n    reason: b\n', 'w.yaml:4:1: Missing closing "quote [waivers/syntax]'],
    ];
    for (const [text, want] of cases) expect(show(parseWaivers('w.yaml', text).problems)).toEqual([want]);
    const bad = parseWaivers('w.yaml', 'waivers:\n  - claim: a\n   reason: b\n');
    expect(bad.waivers).toEqual([]);
    expect(bad.problems.length).toBeGreaterThan(0);
    expect(bad.problems[0]).toMatchObject({ code: 'waivers/syntax', file: 'w.yaml', line: 3 });
  });

  it('checks the overall shape', () => {
    expect(show(parseWaivers('w.yaml', '- a\n- b\n').problems)).toEqual([
      'w.yaml:1:1: a waivers file holds a mapping with a `waivers` list [waivers/not-a-mapping]',
    ]);
    expect(show(parseWaivers('w.yaml', 'waivers: 5\n').problems)).toEqual(['w.yaml:1:10: `waivers` must be a list [waivers/invalid-type]']);
    expect(show(parseWaivers('w.yaml', 'waiver:\n  - claim: a\n').problems)).toEqual([
      'w.yaml:1:1: missing field `waivers` (a list of waivers) [waivers/missing-field]',
      'w.yaml:1:1: unknown field `waiver` at the top level (did you mean `waivers`?) [waivers/unknown-field]',
    ]);
    for (const empty of ['', '# nothing yet\n', 'waivers:\n', 'waivers: []\n']) {
      expect(parseWaivers('w.yaml', empty)).toEqual({ waivers: [], problems: [] });
    }
  });

  it('counts positions after a BOM and with CRLF line ends', () => {
    const text = '\uFEFFwaivers:\r\n  - claim: a\r\n    reason: r\r\n    expires: 2017-13-01\r\n';
    expect(show(parseWaivers('w.yaml', text).problems)).toEqual([
      'w.yaml:4:14: `expires` must be a date YYYY-MM-DD, not `2017-13-01` [waivers/invalid-date]',
    ]);
  });
});

describe('applyWaivers', () => {
  const results = sampleReport().results.map(({ claim, source, finding, verdict }) => ({ claim, source, finding, verdict }));
  const w = (claim: string, extra: Partial<Waiver> = {}, line = 1): Waiver => ({
    claim,
    reason: `reason for ${claim}`,
    file: 'crosscheck.waivers.yaml',
    line,
    column: 5,
    ...extra,
  });
  const waivedPairs = (rs: Array<{ claim: string; source: string; waived: boolean }>) =>
    rs.filter((r) => r.waived).map((r) => `${r.claim}@${r.source}`);

  it('waives the findings whose claim and source glob match', () => {
    const out = applyWaivers(results, [w('spell-pena-nieto', { source: '004_*' }), w('title-guajardo', {}, 7)], '2017-03-01');
    expect(waivedPairs(out.results)).toEqual(['spell-pena-nieto@004_a2dce47529cea698', 'title-guajardo@002_9a19631d379c6a94']);
    const r = out.results.find((x) => x.claim === 'spell-pena-nieto' && x.source.startsWith('004'))!;
    expect(r).toMatchObject({ waived: true, waiverReason: 'reason for spell-pena-nieto', verdict: 'conflict' });
    // The other conflict of the same claim (003) is not covered by the glob.
    expect(out.results.find((x) => x.claim === 'spell-pena-nieto' && x.source.startsWith('003'))!.waived).toBe(false);
    expect(out.problems).toEqual([]);
    expect(out.results).toHaveLength(results.length);
    expect(out.results.filter((x) => !x.waived).every((x) => !('waiverReason' in x))).toBe(true);
  });

  it('never waives what is not a finding', () => {
    const out = applyWaivers(results, [w('meeting-date', { source: '**' })], '2017-03-01');
    expect(waivedPairs(out.results)).toEqual([]);
    expect(show(out.problems)).toEqual([
      'crosscheck.waivers.yaml:1:5: warning: the waiver for meeting-date (source **) matches no finding (the finding may be fixed: delete the waiver) [waivers/unused]',
    ]);
  });

  it('stops applying an expired waiver, with a warning; the last day still counts', () => {
    const waiver = w('title-guajardo', { expires: '2017-02-28' }, 4);
    expect(waivedPairs(applyWaivers(results, [waiver], '2017-02-28').results)).toEqual(['title-guajardo@002_9a19631d379c6a94']);
    const out = applyWaivers(results, [waiver], '2017-03-01');
    expect(waivedPairs(out.results)).toEqual([]);
    expect(out.problems).toEqual([
      {
        code: 'waivers/expired',
        severity: 'warning',
        file: 'crosscheck.waivers.yaml',
        line: 4,
        column: 5,
        message: 'the waiver for title-guajardo expired on 2017-02-28; 1 finding is no longer waived',
        hint: 'renew it with a later `expires` date, or delete it',
      },
    ]);
  });

  it('warns about a waiver that matches no finding, or names no claim', () => {
    const out = applyWaivers(results, [w('spell-pena-nieto', { source: '001_*' }, 2), w('no-such-claim', {}, 9)], '2017-03-01');
    expect(show(out.problems)).toEqual([
      'crosscheck.waivers.yaml:2:5: warning: the waiver for spell-pena-nieto (source 001_*) matches no finding (the finding may be fixed: delete the waiver) [waivers/unused]',
      'crosscheck.waivers.yaml:9:5: warning: the waiver for no-such-claim names no claim that was checked (check the claim id for a typo) [waivers/unused]',
    ]);
  });

  it('takes the first matching waiver’s reason; every matching waiver counts as used', () => {
    const out = applyWaivers(
      results,
      [w('spell-pena-nieto', { source: '00[34]_*', reason: 'first' }), w('spell-pena-nieto', { reason: 'second' }, 2)],
      '2017-03-01',
    );
    expect(out.results.filter((r) => r.waived).map((r) => r.waiverReason)).toEqual(['first', 'first']);
    expect(out.problems).toEqual([]);
  });

  it('does not mutate its input and replaces earlier waiver flags', () => {
    const input = [
      { claim: 'a', source: 's', finding: true, waived: true, waiverReason: 'stale' },
      { claim: 'b', source: 's', finding: false },
    ];
    const copy = structuredClone(input);
    const out = applyWaivers(input, [w('b')], '2017-01-01');
    expect(input).toEqual(copy);
    expect(out.results).toEqual([
      { claim: 'a', source: 's', finding: true, waived: false },
      { claim: 'b', source: 's', finding: false, waived: false },
    ]);
  });
});

describe('compileGlob', () => {
  const cases: Array<[glob: string, matches: string[], misses: string[]]> = [
    ['004_*', ['004_a2dce47529cea698', '004_'], ['003_x', 'x004_a', '004_a/b']],
    ['*', ['anything', ''], ['a/b']],
    ['**', ['a', 'a/b/c', ''], []],
    ['news/**/a', ['news/a', 'news/x/a', 'news/x/y/a'], ['news/ab', 'a', 'news/x/b']],
    ['news/**', ['news/a', 'news/x/y'], ['news', 'other/a']],
    ['**/2017-*', ['2017-01', 'a/2017-02', 'a/b/2017-x'], ['a/2016-01']],
    ['00?_*', ['000_a', '009_b'], ['00_a', '0000_a', '00/_a']],
    ['00[0-2]_*', ['000_a', '002_b'], ['003_c']],
    ['00[!0-2]_*', ['003_c', '009_d'], ['000_a']],
    ['a.b+(c)|d^$', ['a.b+(c)|d^$'], ['aXb+(c)|d^$', 'a.bb(c)|d^$']],
    ['a\\*b', ['a*b'], ['axb']],
    ['[', ['['], ['a']],
    ['é-*', ['é-x'], ['e-x']],
  ];
  for (const [glob, matches, misses] of cases) {
    it(`${glob}`, () => {
      const re = compileGlob(glob);
      for (const m of matches) expect(re.test(m), `${glob} should match ${m}`).toBe(true);
      for (const m of misses) expect(re.test(m), `${glob} should not match ${m}`).toBe(false);
    });
  }
});
