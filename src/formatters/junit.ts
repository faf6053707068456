/**
 * JUnit XML, for CI systems that show test results (Jenkins, GitLab, Azure, …).
 *
 * Shape: `<testsuites>` → one `<testsuite>` per article (name = source id, in report
 * order) → one `<testcase>` per claim that applies to it (classname = source id,
 * name = claim id). Pairs a claim's `sources` globs exclude have no test case.
 *
 * Outcome of a test case — chosen so the XML agrees with the exit status (SPEC §5):
 * - `<failure>` exactly for the results that fail the run under `--fail-on` (`failsRun`
 *   of report/exit-code: unwaived, severity error; every finding under `conflict`, and
 *   under `omission` every omission too). `type` is the finding code, `message` the
 *   article-vs-claim sentence, the body the evidence (location, the article's words, the diff).
 * - `<skipped>` for a waived finding (an editor accepted it; the reason is the message)
 *   and for every omission that does not fail: the article does not talk about the
 *   claim, so there was nothing to check.
 * - passed for agreements, and for findings that do not fail the run (severity
 *   `warning`): those carry their evidence in `<system-out>`, prefixed `warning:`, so the
 *   CI shows the test green but the text is there.
 * Input problems (`report.problems`) form a last suite, `crosscheck`: errors are
 * `<error>` test cases; warnings (expired or unused waivers) pass with `<system-out>`.
 * Times are 0 and there is no timestamp or hostname: the output is byte-deterministic.
 * Text is XML 1.0-clean: characters XML forbids (controls, lone surrogates) are dropped.
 */
import type { Problem } from '../core/problem.js';
import { formatProblem } from '../core/problem.js';
import { failsRun } from '../report/exit-code.js';
import type { FailOn, Report, ReportClaim, ReportResult, ReportSource } from '../report/types.js';
import {
  conflictMentions,
  diffBrackets,
  escapeXmlAttr,
  escapeXmlText,
  findingCode,
  location,
} from './escape.js';
import type { Formatter } from './types.js';

type Outcome =
  | { kind: 'pass'; out?: string }
  | { kind: 'failure'; message: string; type: string; body: string }
  | { kind: 'skipped'; message: string }
  | { kind: 'error'; message: string; type: string; body: string };

interface Case {
  classname: string;
  name: string;
  file?: string;
  line?: number;
  outcome: Outcome;
}

function evidence(r: ReportResult, claim: ReportClaim | undefined, path: string): string {
  const lines: string[] = [];
  if (claim) {
    lines.push(`claim: ${claim.id}${claim.subject ? ` — ${claim.subject}` : ''}`);
    lines.push(`claim says: ${claim.value}  (${location(claim.file, claim.line, claim.column)})`);
  }
  if (r.verdict === 'omission') {
    lines.push(`${path}: not mentioned (${r.reason ?? 'absent'})`);
    for (const c of r.context ?? []) lines.push(`  looked at ${location(path, c.line, c.column)}: ${c.text}`);
  }
  for (const m of conflictMentions(r)) {
    lines.push('');
    lines.push(`${location(path, m.line, m.column)}: ${m.message} [${m.code}]`);
    lines.push(`  article says: ${m.text}`);
    lines.push(`  read as:      ${m.found}`);
    lines.push(`  expected:     ${m.expected}`);
    if (m.diff) lines.push(`  diff:         ${diffBrackets(m.diff)}`);
    if (m.tiedBy) lines.push(`  tied by:      ${m.tiedBy}`);
    lines.push(`  sentence:     ${m.sentence}`);
  }
  if (r.waived) lines.push('', `waived: ${r.waiverReason ?? ''}`);
  return lines.join('\n');
}

function headline(r: ReportResult, claim: ReportClaim | undefined): string {
  if (r.verdict === 'omission') {
    const what = r.finding ? 'required claim' : `fails under --fail-on omission`;
    return `does not mention ${claim?.subject ?? claim?.value ?? r.claim} (${what}, ${r.reason ?? 'absent'})`;
  }
  const ms = conflictMentions(r);
  const more = ms.length > 1 ? ` (+${ms.length - 1} more)` : '';
  return `${ms[0]?.message ?? r.verdict}${more}`;
}

function outcome(r: ReportResult, claim: ReportClaim | undefined, path: string, failOn: FailOn): Outcome {
  if (failsRun(r, failOn)) {
    return { kind: 'failure', message: headline(r, claim), type: findingCode(r, claim?.kind), body: evidence(r, claim, path) };
  }
  if (r.waived) return { kind: 'skipped', message: `waived: ${r.waiverReason ?? ''}` };
  if (r.verdict === 'omission') {
    const why = r.reason === 'unreadable' ? 'cue sentences found, but no value could be read' : 'not mentioned';
    const req = r.finding ? `required claim (does not fail under --fail-on ${failOn}): ` : '';
    return { kind: 'skipped', message: `${req}${why}` };
  }
  if (r.finding) return { kind: 'pass', out: `warning: ${headline(r, claim)}\n${evidence(r, claim, path)}` };
  return { kind: 'pass' };
}

function problemCase(p: Problem): Case {
  const name = p.file !== undefined ? `${p.code} ${p.file}${p.line !== undefined ? `:${p.line}` : ''}` : p.code;
  const base = { classname: 'crosscheck', name, ...(p.file !== undefined ? { file: p.file } : {}), ...(p.line !== undefined ? { line: p.line } : {}) };
  if (p.severity === 'error') {
    return { ...base, outcome: { kind: 'error', message: p.message, type: p.code, body: formatProblem(p) } };
  }
  return { ...base, outcome: { kind: 'pass', out: formatProblem(p) } };
}

function renderCase(c: Case): string {
  const attrs =
    `classname="${escapeXmlAttr(c.classname)}" name="${escapeXmlAttr(c.name)}"` +
    (c.file !== undefined ? ` file="${escapeXmlAttr(c.file)}"` : '') +
    (c.line !== undefined ? ` line="${c.line}"` : '') +
    ` time="0"`;
  const o = c.outcome;
  switch (o.kind) {
    case 'pass':
      return o.out === undefined
        ? `    <testcase ${attrs}/>`
        : `    <testcase ${attrs}>\n      <system-out>${escapeXmlText(o.out)}</system-out>\n    </testcase>`;
    case 'skipped':
      return `    <testcase ${attrs}>\n      <skipped message="${escapeXmlAttr(o.message)}"/>\n    </testcase>`;
    case 'failure':
    case 'error':
      return (
        `    <testcase ${attrs}>\n` +
        `      <${o.kind} message="${escapeXmlAttr(o.message)}" type="${escapeXmlAttr(o.type)}">${escapeXmlText(o.body)}</${o.kind}>\n` +
        `    </testcase>`
      );
  }
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function count(cases: Case[]): Counts {
  const n = (k: Outcome['kind']) => cases.filter((c) => c.outcome.kind === k).length;
  return { tests: cases.length, failures: n('failure'), errors: n('error'), skipped: n('skipped') };
}

function countAttrs(c: Counts): string {
  return `tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}" time="0"`;
}

function renderSuite(name: string, cases: Case[], source?: ReportSource): string {
  const props: string[] = [];
  if (source) {
    props.push(`      <property name="path" value="${escapeXmlAttr(source.path)}"/>`);
    for (const key of ['date', 'title', 'outlet', 'url'] as const) {
      const v = source[key];
      if (typeof v === 'string') props.push(`      <property name="${key}" value="${escapeXmlAttr(v)}"/>`);
    }
  }
  const file = source ? ` file="${escapeXmlAttr(source.path)}"` : '';
  return [
    `  <testsuite name="${escapeXmlAttr(name)}" ${countAttrs(count(cases))}${file}>`,
    ...(props.length ? ['    <properties>', ...props, '    </properties>'] : []),
    ...cases.map(renderCase),
    '  </testsuite>',
  ].join('\n');
}

function render(report: Report, failOn: FailOn): string {
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const bySource = new Map<string, ReportResult[]>();
  for (const r of report.results) {
    const list = bySource.get(r.source) ?? [];
    list.push(r);
    bySource.set(r.source, list);
  }
  const suites: string[] = [];
  const all: Case[] = [];
  const known = new Set(report.sources.map((s) => s.id));
  const order = [...report.sources.map((s) => s.id), ...[...bySource.keys()].filter((id) => !known.has(id)).sort()];
  for (const id of order) {
    const source = report.sources.find((s) => s.id === id);
    const path = source?.path ?? id;
    const cases: Case[] = (bySource.get(id) ?? []).map((r) => {
      const claim = claims.get(r.claim);
      const first = conflictMentions(r)[0];
      return {
        classname: id,
        name: r.claim,
        file: path,
        ...(first ? { line: first.line } : {}),
        outcome: outcome(r, claim, path, failOn),
      };
    });
    all.push(...cases);
    suites.push(renderSuite(id, cases, source));
  }
  if (report.problems.length > 0) {
    const cases = report.problems.map(problemCase);
    all.push(...cases);
    suites.push(renderSuite('crosscheck', cases));
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="crosscheck" ${countAttrs(count(all))}>\n` +
    suites.join('\n') +
    (suites.length ? '\n' : '') +
    '</testsuites>\n'
  );
}

export const junit: Formatter = {
  description: 'a test suite per article, a test case per claim (CI test reports)',
  extension: 'xml',
  render: (report, ctx) => render(report, ctx.failOn),
};
