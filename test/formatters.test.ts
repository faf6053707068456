/**
 * Formatter tests: markdown, html (static checks; the browser test is html-browser.test.ts),
 * sarif, junit, github — on the realistic sample report built from the seed articles
 * (test/fixtures/sample-report.ts) and on a copy with hostile strings planted everywhere.
 *
 * Golden files: test/golden/sample.<extension>. After an intended change of output,
 * regenerate them with
 *
 *     UPDATE_GOLDEN=1 npx vitest run test/formatters.test.ts
 *
 * and review the diff. A missing golden file fails the test (it is never created silently).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  diffBrackets,
  diffSides,
  escapeHtml,
  escapeMarkdown,
  escapeXmlAttr,
  escapeXmlText,
  jsonForScript,
  markdownCode,
  mentionInSentence,
  pathToUri,
  stripInvalidXml,
} from '../src/formatters/escape.js';
import { escapeData, escapeProperty, github } from '../src/formatters/github.js';
import { failsRun } from '../src/report/exit-code.js';
import { html } from '../src/formatters/html.js';
import { junit } from '../src/formatters/junit.js';
import { markdown } from '../src/formatters/markdown.js';
import { sarif } from '../src/formatters/sarif.js';
import type { FormatContext, Formatter } from '../src/formatters/types.js';
import type { DiffPart, FailOn, Report, ReportResult } from '../src/report/types.js';
import { NASTY, nastyReport, sampleReport, sampleTexts } from './fixtures/sample-report.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const require = createRequire(import.meta.url);

const texts = sampleTexts();
const ctx = (failOn: FailOn = 'conflict', withTexts = true): FormatContext => ({
  color: false,
  width: 100,
  failOn,
  ...(withTexts ? { texts } : {}),
});

const FORMATTERS = { markdown, html, sarif, junit, github } satisfies Record<string, Formatter>;

/** XML 1.0 Char production, negated: what must never appear in the XML output. */
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('golden files and determinism', () => {
  for (const [name, f] of Object.entries(FORMATTERS)) {
    it(`${name} matches test/golden/sample.${f.extension}`, () => {
      const out = f.render(sampleReport(), ctx());
      const file = `${GOLDEN}sample.${f.extension}`;
      if (process.env['UPDATE_GOLDEN'] === '1') {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, out);
      }
      expect(existsSync(file), `missing ${file}: run UPDATE_GOLDEN=1 npx vitest run test/formatters.test.ts`).toBe(true);
      expect(out).toBe(readFileSync(file, 'utf8'));
    });

    it(`${name} is pure and byte-deterministic (no clock, no absolute paths)`, () => {
      const a = f.render(sampleReport(), ctx());
      const b = f.render(sampleReport(), ctx());
      expect(a).toBe(b);
      expect(a).not.toContain(fileURLToPath(new URL('../', import.meta.url)));
      expect(a).not.toMatch(/20[2-9]\d-\d\d-\d\dT\d\d:/); // no timestamps
      expect(f.description.length).toBeGreaterThan(10);
      expect(f.extension).toMatch(/^[a-z]+$/);
    });

    it(`${name} renders the hostile report without throwing`, () => {
      expect(() => f.render(nastyReport(), ctx())).not.toThrow();
      expect(() => f.render(nastyReport(), ctx('omission', false))).not.toThrow();
    });
  }
});

describe('escape helpers', () => {
  it('escapes HTML, including quotes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('makes JSON safe inside <script>', () => {
    const s = jsonForScript({ a: '</script><!-- \u2028\u2029 & >' });
    expect(s).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(JSON.parse(s)).toEqual({ a: '</script><!-- \u2028\u2029 & >' });
  });

  it('strips what XML 1.0 forbids, keeping surrogate pairs', () => {
    expect(stripInvalidXml('a\u0001b\uD800c\uDC00d\uFFFEe\uFFFF😀\t\n\r')).toBe('abcde😀\t\n\r');
    expect(escapeXmlText('<a & b>')).toBe('&lt;a &amp; b&gt;');
    expect(escapeXmlAttr('"x"\n\ty\r<&>')).toBe('&quot;x&quot;&#10;&#9;y&#13;&lt;&amp;&gt;');
  });

  it('escapes Markdown so text cannot become markup', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('a | b `c` *d* _e_ [f](g) <b>h</b> ~~i~~ $1 and $2 &amp;')).toBe(
      'a \\| b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\<b\\>h\\</b\\> \\~\\~i\\~\\~ \\$1 and \\$2 \\&amp;',
    );
    expect(escapeMarkdown('line\nbreak\u2028and\r\nmore')).toBe('line break and more');
    expect(escapeMarkdown('ping @octocat')).toBe('ping @\u2060octocat');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownCode('a|b', true)).toBe('`a\\|b`');
  });

  it('escapes GitHub workflow command data and properties', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('turns paths into relative URI references', () => {
    expect(pathToUri('sources\\sub dir/a#1.txt')).toBe('sources/sub%20dir/a%231.txt');
    expect(pathToUri('./sources/x.txt')).toBe('sources/x.txt');
  });

  it('splits and brackets diffs', () => {
    const d: DiffPart[] = [[0, 'Ch'], [-1, 'o'], [1, 'u'], [0, 'ng']];
    expect(diffBrackets(d)).toBe('Ch[-o-][+u+]ng');
    expect(diffSides(d)).toEqual({ claim: 'Chong', article: 'Chung' });
  });

  it('places a mention in its sentence, using the article text when the words repeat', () => {
    const r = sampleReport();
    const res = r.results.find((x) => x.claim === 'mexican-crossings-low' && x.verdict === 'conflict')!;
    for (const m of res.mentions) {
      const at = mentionInSentence(m, texts.get(res.source));
      expect(m.sentence.slice(at, at + m.text.length)).toBe(m.text);
      expect(texts.get(res.source)!.slice(m.offset, m.offset + m.length)).toBe(m.text);
    }
    // A sentence whose words repeat, white space collapsed as the report builder does.
    const text = 'Intro.  The  figure 45-year, then\n45-year again.';
    const sentence = 'The figure 45-year, then 45-year again.';
    const first = text.indexOf('45-year');
    const second = text.indexOf('45-year', first + 1);
    const base = { ...res.mentions[0]!, sentence, text: '45-year', length: 7 };
    expect(mentionInSentence({ ...base, offset: first }, text)).toBe(sentence.indexOf('45-year'));
    expect(mentionInSentence({ ...base, offset: second }, text)).toBe(sentence.lastIndexOf('45-year'));
    expect(mentionInSentence({ ...base, offset: second })).toBe(-1); // ambiguous without the text
    expect(mentionInSentence({ ...base, sentence: 'Only one 45-year here.', offset: 0 })).toBe(9);
  });

  it('decides what fails the run per --fail-on', () => {
    const r = sampleReport();
    const count = (f: FailOn) => r.results.filter((x) => failsRun(x, f)).length;
    // The policy is report/exit-code's; the formatters must agree with the exit status.
    expect(count('conflict')).toBe(7); // 6 error conflicts (not the waived one, not the warning) + wall-cost, required
    expect(count('omission')).toBe(33); // + every other omission of an error-severity claim
    expect(count('never')).toBe(0);
  });
});

describe('markdown', () => {
  const out = markdown.render(sampleReport(), ctx());

  it('summarises and draws the matrix', () => {
    expect(out).toContain('**❌ 7 findings fail the run** (under `--fail-on conflict`) · 1 other finding · 1 waived');
    expect(out).toContain('12 claims × 5 articles · 57 pairs');
    expect(out).toContain('| `non-mexican-apprehensions-fy2016` | quantity | ✅ | – | ❔ | ❌ | ❔ | 1 | 1 | 3 |');
    expect(out).toContain('| `wall-cost` | quantity |  |  |  | ❗ | ✅ | 1 | 0 | 1 |');
    // The pipe inside a subject never reaches a table; ids are code spans.
    const tableRows = out.split('\n').filter((l) => l.startsWith('| `'));
    expect(tableRows).toHaveLength(12);
    for (const row of tableRows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(12);
  });

  it('writes each conflict with the article words, location and diff', () => {
    expect(out).toContain(
      '> Even with what USA officials say are aggressive interdiction efforts by Mexican authorities, the Border Patrol detained **more than 220,000** mainly Guatemalans',
    );
    expect(out).toContain('- **Where:** `sources/003_108a14b737e811cf.txt:5:321`');
    expect(out).toContain('- **Article says:** “more than 220,000” (read as more than 220,000 (\\> 220,000))');
    expect(out).toContain('- **Claim says:** 218,000 — `claims/border.yaml:5:5`');
    expect(out).toContain('- **Diff:** Miguel Angel Osorio Ch~~o~~**u**ng');
    expect(out).toContain('- **Diff:** accept **unilateral** decisions ~~that, in a unilateral way, are~~ imposed by ~~another~~**one** government **on another**');
    expect(out).toContain('- **Waived:** Reuters style drops diacritics');
    expect(out).toContain('`deportation-flights`');
    // Failing findings first, waived last.
    expect(out.indexOf('#### ❌ 1.')).toBeLessThan(out.indexOf('#### ❗ 7. `wall-cost` in `003_108a14b737e811cf`'));
    expect(out.indexOf('#### ❗ 7.')).toBeLessThan(out.indexOf('#### ⚠️ 8. `title-guajardo`'));
    expect(out.indexOf('#### ⚠️ 8.')).toBeLessThan(out.indexOf('#### ☑️ 9.'));
    expect(out).toContain('The article does not mention this required claim: nothing in the article matches it.');
  });

  it('escapes hostile text (no HTML, no broken table, no mentions, no headings)', () => {
    const bad = markdown.render(nastyReport(), ctx());
    expect(bad).not.toContain('<script>');
    expect(bad).not.toContain('<b>');
    expect(bad).not.toMatch(/(^|[^\\])`tick`/);
    expect(bad).not.toMatch(/@octocat/);
    expect(bad).not.toMatch(/\u2028|\u2029|\u0001/);
    for (const line of bad.split('\n')) expect(line).not.toMatch(/^#\s*-/);
    const rows = bad.split('\n').filter((l) => l.startsWith('| `'));
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(12);
  });

  it('stays under GitHub’s comment limit, saying what it left out', () => {
    const big = manyFindings(400);
    const md = markdown.render(big, ctx('conflict', false));
    expect(md.length).toBeLessThan(65_536);
    expect(md).toMatch(/_…and \d+ more not shown/);
  });

  it('lists the omissions that fail the run under --fail-on omission', () => {
    const md = markdown.render(sampleReport(), ctx('omission'));
    expect(md).toContain('**❌ 7 findings and 26 omissions fail the run** (under `--fail-on omission`) · 1 other finding · 1 waived');
    expect(md).toContain('### Not mentioned, failing under `--fail-on omission` (26)');
    expect(md).toContain('- `non-mexican-apprehensions-fy2016` in `002_9a19631d379c6a94` (cue found, value unreadable)');
    expect(md).toContain('| `deportation-flights` | quantity | ❗ | ❗ | ❗ | ❗ | ❗ | 0 | 0 | 5 |');
    expect(md).toContain('| `title-guajardo` | title | – | – | ⚠️ | – | – | 0 | 1 | 4 |');
  });
});

describe('sarif', () => {
  const schemaJson = JSON.parse(
    readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  ) as Record<string, unknown>;
  // The official schema file is draft-04 (`id`, draft-04 `$schema`); ajv 8 speaks draft-07,
  // and the only draft-04 construct the file uses is the root `id`, so rename it to `$id`.
  // Formats are checked with simple validators for the three the schema uses (ajv-formats
  // is not a dependency). `unicodeRegExp: false`: one `pattern` in the file (language tags,
  // `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) is not valid with the `u` flag.
  const { id, $schema: _draft, ...rest } = schemaJson;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/[\s\\]/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s));
  const validate = ajv.compile({ ...rest, $id: id as string });

  const doc = JSON.parse(sarif.render(sampleReport(), ctx())) as any;
  const run = doc.runs[0];

  it('validates against the official SARIF 2.1.0 schema', () => {
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const bad = JSON.parse(sarif.render(nastyReport(), ctx()));
    expect(validate(bad), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(bad.runs[0].invocations[0].executionSuccessful).toBe(false);
  });

  it('the schema check does catch a broken document', () => {
    const broken = structuredClone(doc);
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(broken)).toBe(false);
  });

  it('has one result per finding, with rule, level, fingerprint and locations', () => {
    expect(doc.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(doc.version).toBe('2.1.0');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.results).toHaveLength(sampleReport().summary.findings);
    const ids = run.tool.driver.rules.map((r: any) => r.id);
    for (const code of ['quantity/conflict', 'date/conflict', 'name/near-miss', 'title/conflict', 'title/modifier', 'quote/altered', 'omission/required']) {
      expect(ids).toContain(code);
    }
    for (const rule of run.tool.driver.rules) expect(rule.help.text.length).toBeGreaterThan(40);

    const q = run.results.find((r: any) => r.properties.claim === 'non-mexican-apprehensions-fy2016');
    expect(q.ruleId).toBe('quantity/conflict');
    expect(run.tool.driver.rules[q.ruleIndex].id).toBe('quantity/conflict');
    expect(q.level).toBe('error');
    expect(q.partialFingerprints['crosscheck/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(q.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'sources/003_108a14b737e811cf.txt', uriBaseId: '%SRCROOT%' },
      region: {
        startLine: 5,
        startColumn: 321,
        endLine: 5,
        endColumn: 338,
        charOffset: expect.any(Number),
        charLength: 17,
        snippet: { text: 'more than 220,000' },
      },
    });
    const off = q.locations[0].physicalLocation.region.charOffset;
    expect(texts.get('003_108a14b737e811cf')!.slice(off, off + 17)).toBe('more than 220,000');
    expect(q.relatedLocations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'claims/border.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 5 },
    });
    expect(q.message.text).toContain('states more than 220,000; the claim is 218,000');
  });

  it('lists every conflicting mention of a finding as a location', () => {
    const osorio = run.results.find((r: any) => r.properties.claim === 'spell-osorio-chong');
    expect(osorio.locations.map((l: any) => l.physicalLocation.region.startLine)).toEqual([11, 13]);
    expect(osorio.properties.diff).toBe('Miguel Angel Osorio Ch[-o-][+u+]ng');
  });

  it('suppresses waived findings and maps warnings', () => {
    const waived = run.results.filter((r: any) => r.suppressions);
    expect(waived).toHaveLength(1);
    expect(waived[0].suppressions).toEqual([{ kind: 'external', justification: 'Reuters style drops diacritics' }]);
    const warn = run.results.find((r: any) => r.properties.claim === 'title-guajardo');
    expect(warn.level).toBe('warning');
  });

  it('gives omissions the artifact only, and problems as notifications', () => {
    const om = run.results.find((r: any) => r.ruleId === 'omission/required');
    expect(om.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'sources/003_108a14b737e811cf.txt', uriBaseId: '%SRCROOT%' } } },
    ]);
    const notes = run.invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      level: 'warning',
      descriptor: { id: 'waivers/expired' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'crosscheck.waivers.yaml' }, region: { startLine: 7, startColumn: 5 } } }],
    });
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });
});

describe('junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (n) => ['testsuite', 'testcase', 'property'].includes(n) });
  const parse = (xml: string) => parser.parse(xml) as any;

  it('is valid XML with a suite per article and a case per claim', () => {
    const xml = junit.render(sampleReport(), ctx());
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parse(xml).testsuites;
    expect(doc).toMatchObject({ name: 'crosscheck', tests: '58', failures: '7', errors: '0', skipped: '35' });
    const suites = doc.testsuite;
    expect(suites.map((s: any) => s.name)).toEqual([
      '000_3c302dad8eeff72e',
      '001_0ca91ca90f8e624f',
      '002_9a19631d379c6a94',
      '003_108a14b737e811cf',
      '004_a2dce47529cea698',
      'crosscheck',
    ]);
    const s003 = suites[3];
    expect(s003).toMatchObject({ tests: '12', failures: '5', skipped: '5' });
    const sum = (k: string) => suites.reduce((n: number, s: any) => n + Number(s[k]), 0);
    expect(sum('tests')).toBe(58);
    expect(sum('failures')).toBe(7);
    const om = s003.testcase.find((t: any) => t.name === 'wall-cost');
    expect(om.failure).toMatchObject({ type: 'omission/required', message: 'does not mention Estimated cost of the border wall (required claim, absent)' });
    const absent = s003.testcase.find((t: any) => t.name === 'ice-agents-hiring');
    expect(absent.skipped.message).toBe('not mentioned');
    const c = s003.testcase.find((t: any) => t.name === 'non-mexican-apprehensions-fy2016');
    expect(c.classname).toBe('003_108a14b737e811cf');
    expect(c.failure.type).toBe('quantity/conflict');
    expect(c.failure.message).toBe('states more than 220,000; the claim is 218,000');
    expect(c.failure['#text']).toContain('sources/003_108a14b737e811cf.txt:5:321');
    const waived = suites[4].testcase.find((t: any) => t.name === 'spell-pena-nieto');
    expect(waived.skipped.message).toBe('waived: Reuters style drops diacritics');
    const warn = suites[2].testcase.find((t: any) => t.name === 'title-guajardo');
    expect(warn.failure).toBeUndefined();
    expect(warn['system-out']).toMatch(/^warning: calls him former ambassador/);
  });

  it('follows --fail-on', () => {
    const counts = (f: FailOn) => parse(junit.render(sampleReport(), ctx(f))).testsuites.failures;
    expect(counts('omission')).toBe('33');
    expect(counts('never')).toBe('0');
  });

  it('stays valid XML 1.0 with hostile text (controls, lone surrogates, markup)', () => {
    const xml = junit.render(nastyReport(), ctx());
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(XML_FORBIDDEN);
    const doc = parse(xml).testsuites;
    expect(doc.errors).toBe('1');
    const problems = doc.testsuite.at(-1);
    expect(problems.testcase.find((t: any) => t.error).error.type).toBe('sources/invalid-utf8');
    const c = doc.testsuite[3].testcase.find((t: any) => t.name === 'non-mexican-apprehensions-fy2016');
    expect(c.failure.message).toContain('</script><script>alert(1)</script>');
  });
});

describe('github', () => {
  const out = github.render(sampleReport(), ctx());
  const lines = out.trimEnd().split('\n');

  it('annotates the article lines, most severe first, and sums up', () => {
    expect(lines[0]).toMatch(/^::error file=sources\/004_a2dce47529cea698\.txt,line=27,col=50,endColumn=56,title=quantity\/conflict · ice-agents-hiring::states 15,000; the claim is 10,000%0A/);
    expect(out).toContain(
      '::error file=sources/003_108a14b737e811cf.txt,line=5,col=321,endColumn=338,title=quantity/conflict · non-mexican-apprehensions-fy2016::states more than 220,000; the claim is 218,000%0A',
    );
    const levels = lines.filter((l) => l.startsWith('::')).map((l) => /^::(\w+)/.exec(l)![1]);
    expect(levels).toEqual([...Array(7).fill('error'), 'warning', 'warning', 'notice']);
    expect(out).toContain('::error file=sources/003_108a14b737e811cf.txt,title=omission/required · wall-cost::Does not mention a required claim');
    expect(out).toContain('::warning file=sources/002_9a19631d379c6a94.txt,line=17,col=221,endColumn=247,title=title/modifier · title-guajardo::');
    expect(out).toContain('::warning file=crosscheck.waivers.yaml,line=7,col=5,title=waivers/expired::');
    expect(out).toContain('Waived: Reuters style drops diacritics');
    expect(lines.at(-1)).toBe(
      'crosscheck: 12 claims × 5 articles; 9 findings (1 not failing the run, 1 waived); 7 results fail the run under --fail-on conflict; ' +
        '1 claim matched nothing: deportation-flights; all 10 annotations shown.',
    );
  });

  it('keeps every command on one line and escapes properties', () => {
    const bad = github.render(nastyReport(), ctx());
    for (const line of bad.trimEnd().split('\n')) {
      expect(line).not.toMatch(/[\r\u2028\u2029\u0001]/);
      if (!line.startsWith('::')) expect(line.startsWith(' ') || /^[^:]/.test(line)).toBe(true);
    }
    expect(bad).toContain('::error file=sources/bad%2Cfile%3A1.txt,line=1,col=1,title=sources/invalid-utf8::');
    expect(bad).toContain('%25, a:b'); // `%` escaped in the message, `:`/`,` left alone there
    expect(bad.split('\n')[0]).toMatch(/^::error file=sources\/bad%2Cfile%3A1\.txt/); // input errors first
  });

  it('respects GitHub’s 10 annotations per level, listing the rest in the log', () => {
    const big = github.render(manyFindings(25), ctx('conflict', false));
    const blines = big.trimEnd().split('\n');
    expect(blines.filter((l) => l.startsWith('::error'))).toHaveLength(10);
    expect(blines.filter((l) => /^sources\/.*: error: /.test(l))).toHaveLength(15);
    expect(blines.at(-1)).toMatch(/^::notice title=crosscheck summary::.*not annotated \(GitHub shows 10 per level per step\): 15 errors/);
  });
});

describe('html (static)', () => {
  const page = html.render(sampleReport(), ctx());

  it('is self-contained: no external resource, a strict CSP', () => {
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; script-src &#39;sha256-/);
    expect(page).not.toMatch(/\ssrc=/i);
    expect(page).not.toMatch(/<link\b/i);
    expect(page).not.toMatch(/@import|url\(/i);
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).toContain('@media print');
  });

  it('highlights each mention at its offset in the article', () => {
    const r = sampleReport();
    const i = r.results.findIndex((x) => x.claim === 'non-mexican-apprehensions-fy2016' && x.source === '003_108a14b737e811cf');
    expect(page).toContain(
      `<span class="anchor" id="m-${i}-0"></span><a class="mk v-conflict" href="#c-5" data-r="${i}" data-rs="${i}" title="non-mexican-apprehensions-fy2016: states more than 220,000; the claim is 218,000">more than 220,000</a>`,
    );
    expect(page).toContain('<dt>Article</dt><dd><span class="diff">Miguel Angel Osorio Ch<ins>u</ins>ng</span></dd><dt>Claim</dt><dd><span class="diff">Miguel Angel Osorio Ch<del>o</del>ng</span></dd>');
  });

  it('escapes every interpolation, also the JSON island', () => {
    const bad = html.render(nastyReport(), ctx());
    expect(bad.match(/<script\b/g)).toHaveLength(2);
    expect(bad).not.toContain('<b>x</b>');
    expect(bad).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const island = /<script type="application\/json" id="cc-data">([\s\S]*?)<\/script>/.exec(bad)![1]!;
    expect(island).not.toMatch(/<|\u2028|\u2029/);
    const scriptBodies = bad.split('<script').length - 1;
    expect(scriptBodies).toBe(2);
  });

  it('works without the article texts', () => {
    const bare = html.render(sampleReport(), ctx('conflict', false));
    expect(bare).toContain('The article texts were not available to this report.');
    expect(bare).not.toContain('class="anchor"');
  });
});

/** A report with `n` failing quantity conflicts, for size and limit tests. */
function manyFindings(n: number): Report {
  const base = sampleReport();
  const template = base.results.find((r) => r.claim === 'non-mexican-apprehensions-fy2016' && r.verdict === 'conflict')!;
  const results: ReportResult[] = [];
  for (let i = 0; i < n; i++) {
    results.push({ ...template, claim: `claim-${String(i).padStart(3, '0')}`, fingerprint: `f${i}` });
  }
  return {
    ...base,
    claims: results.map((r) => ({ ...base.claims.find((c) => c.id === template.claim)!, id: r.claim })),
    results,
    problems: [],
    summary: { ...base.summary, claims: n, pairs: n, agreement: 0, conflict: n, omission: 0, findings: n, waived: 0, unmatched: [] },
  };
}

// Guard against a fixture edit that silently drops the hostile strings.
it('the hostile report carries the hostile strings', () => {
  expect(JSON.stringify(nastyReport())).toContain(JSON.stringify(NASTY).slice(1, 20));
});
