/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`
 * lines that GitHub turns into annotations on the article's lines.
 *
 * - Levels: an input error, and a result that fails the run under `--fail-on`
 *   (`failsRun`; with `--fail-on omission` that includes plain omissions), is `error`;
 *   any other unwaived finding (severity `warning`, or `--fail-on never`) and a warning
 *   problem (expired or unused waiver) is `warning`; a waived finding is a `notice`
 *   carrying the reason.
 * - GitHub shows at most 10 annotations of each level per step (and 50 per job), so the
 *   lines are ordered most severe first, at most 10 errors and 10 warnings and 9 notices
 *   become workflow commands, and the rest are printed as plain log lines
 *   (`path:line:col: level: message`), still in the log. A last line sums up what was
 *   annotated; when something was not, it is itself a notice (the 10th), so it shows.
 * - One annotation per finding, on its first conflicting mention; further conflicting
 *   mentions of the same finding are listed in the message. Omissions point at the file
 *   (no line: they have no words to point at).
 * - Columns are UTF-16 code units, `endColumn` exclusive (as in the report and SARIF);
 *   `col`/`endColumn` are only given when the mention is on one line, as GitHub requires.
 * - Escaping per the runner's rules: in the message `%` → `%25`, CR → `%0D`, LF → `%0A`;
 *   in property values also `:` → `%3A` and `,` → `%2C`. Plain lines are flattened to one
 *   line and never start with `::`, so text from an article cannot inject a command.
 */
import { formatProblem, type Problem } from '../core/problem.js';
import { failsRun } from '../report/exit-code.js';
import type { FailOn, Report, ReportClaim, ReportResult } from '../report/types.js';
import { conflictMentions, diffBrackets, findingCode, location, oneLine, plural } from './escape.js';
import type { Formatter } from './types.js';

type Level = 'error' | 'warning' | 'notice';

/** Escapes a workflow command's message (the text after `::`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command property value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

interface Entry {
  readonly level: Level;
  /** Ordered properties: file, line, col, endLine, endColumn, title. */
  readonly props: ReadonlyArray<readonly [string, string | number]>;
  readonly message: string;
  /** Location prefix for the plain-line form. */
  readonly where: string;
}

/** Annotations shown per level per step, by GitHub. */
const PER_LEVEL = 10;

/** Drops control characters (CR and LF are escaped instead) and turns U+2028/2029 into spaces. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/[\u2028\u2029]/g, ' ');
}

function command(e: Entry): string {
  const props = e.props.map(([k, v]) => `${k}=${escapeProperty(clean(String(v)))}`).join(',');
  return `::${e.level}${props ? ' ' + props : ''}::${escapeData(clean(e.message))}`;
}

function plainLine(e: Entry): string {
  const line = oneLine(`${e.where}: ${e.level}: ${e.message}`);
  return line.startsWith('::') ? ` ${line}` : line;
}

function findingEntry(r: ReportResult, claim: ReportClaim | undefined, path: string, level: Level): Entry {
  const code = findingCode(r, claim?.kind);
  const title = `${code} · ${r.claim}`;
  const claimLine = claim
    ? `Claim ${r.claim}${claim.subject ? ` (${claim.subject})` : ''}: ${claim.value} — ${location(claim.file, claim.line, claim.column)}`
    : `Claim ${r.claim}`;
  const waived = r.waived ? [`Waived: ${r.waiverReason ?? ''}`] : [];
  if (r.verdict === 'omission') {
    const why =
      r.reason === 'unreadable'
        ? 'cue sentences were found, but no value could be read in them'
        : 'nothing in the article matches it';
    const context = (r.context ?? []).map((c) => `Looked at line ${c.line}: ${c.text}`);
    return {
      level,
      props: [['file', path], ['title', title]],
      message: [
        `${r.finding ? 'Does not mention a required claim' : 'Does not mention the claim (fails under --fail-on omission)'}: ${why}.`,
        ...context,
        claimLine,
        ...waived,
      ].join('\n'),
      where: path,
    };
  }
  const ms = conflictMentions(r);
  const m = ms[0]!;
  const props: Array<[string, string | number]> = [['file', path], ['line', m.line]];
  if (m.endLine === m.line) props.push(['col', m.column], ['endColumn', m.endColumn]);
  else props.push(['endLine', m.endLine]);
  props.push(['title', title]);
  const lines = [m.message, `Article: “${m.text}” in: ${m.sentence}`];
  if (m.diff) lines.push(`Diff (claim → article): ${diffBrackets(m.diff)}`);
  for (const other of ms.slice(1)) lines.push(`Also at line ${other.line}, column ${other.column}: ${other.message}`);
  lines.push(claimLine, ...waived);
  return { level, props, message: lines.join('\n'), where: location(path, m.line, m.column) };
}

function problemEntry(p: Problem): Entry {
  const props: Array<[string, string | number]> = [];
  if (p.file !== undefined) {
    props.push(['file', p.file]);
    if (p.line !== undefined) props.push(['line', p.line]);
    if (p.column !== undefined) props.push(['col', p.column]);
  }
  props.push(['title', p.code]);
  const where = p.file !== undefined ? formatProblem({ ...p, message: '' }).replace(/: (warning: )?$/, '') : 'crosscheck';
  return { level: p.severity, props, message: p.hint ? `${p.message} (${p.hint})` : p.message, where };
}

function render(report: Report, failOn: FailOn): string {
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const paths = new Map(report.sources.map((s) => [s.id, s.path]));
  const errors: Entry[] = [];
  const warnings: Entry[] = [];
  const notices: Entry[] = [];
  for (const p of report.problems) (p.severity === 'error' ? errors : warnings).push(problemEntry(p));
  const failing: Entry[] = [];
  const other: Entry[] = [];
  for (const r of report.results) {
    if (!r.finding && !failsRun(r, failOn)) continue;
    const path = paths.get(r.source) ?? r.source;
    const claim = claims.get(r.claim);
    if (failsRun(r, failOn)) failing.push(findingEntry(r, claim, path, 'error'));
    else if (r.waived) notices.push(findingEntry(r, claim, path, 'notice'));
    else other.push(findingEntry(r, claim, path, 'warning'));
  }
  errors.push(...failing);
  // Findings before problem warnings: they are what the run is about.
  warnings.unshift(...other);

  const out: string[] = [];
  const notShown: Entry[] = [];
  const emit = (list: Entry[], max: number) => {
    list.forEach((e, i) => (i < max ? out.push(command(e)) : notShown.push(e)));
  };
  emit(errors, PER_LEVEL);
  emit(warnings, PER_LEVEL);
  emit(notices, PER_LEVEL - 1);
  for (const e of notShown) out.push(plainLine(e));

  const s = report.summary;
  const parts = [
    `${plural(s.claims, 'claim')} × ${plural(s.sources, 'article')}`,
    `${plural(s.findings, 'finding')} (${other.length} not failing the run, ${s.waived} waived)`,
    `${failing.length} ${failing.length === 1 ? 'result fails' : 'results fail'} the run under --fail-on ${failOn}`,
  ];
  if (s.unmatched.length > 0) parts.push(`${plural(s.unmatched.length, 'claim')} matched nothing: ${s.unmatched.join(', ')}`);
  const annotated = errors.length + warnings.length + notices.length - notShown.length;
  if (notShown.length === 0) {
    out.push(`crosscheck: ${parts.join('; ')}; all ${plural(annotated, 'annotation')} shown.`);
  } else {
    const by = (['error', 'warning', 'notice'] as const)
      .map((l) => [l, notShown.filter((e) => e.level === l).length] as const)
      .filter(([, n]) => n > 0)
      .map(([l, n]) => plural(n, l))
      .join(', ');
    const text =
      `${parts.join('; ')}. ${annotated} annotated; not annotated (GitHub shows ${PER_LEVEL} per level per step): ${by}` +
      ' — listed in the log above; see the SARIF or HTML report for all of them.';
    out.push(`::notice title=${escapeProperty('crosscheck summary')}::${escapeData(text)}`);
  }
  return out.join('\n') + '\n';
}

export const github: Formatter = {
  description: 'GitHub Actions annotations (workflow commands) on the articles’ lines',
  extension: 'txt',
  render: (report, ctx) => render(report, ctx.failOn),
};
