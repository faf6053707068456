/**
 * Markdown (GitHub Flavored), ready to paste into a pull-request comment or a newsroom
 * ticket: a summary, the claims × articles matrix, then every finding with the article's
 * words in their sentence, the location (`sources/x.txt:7:201`), what the claim says and
 * the diff, then waived findings and problems.
 *
 * - All report text goes through `escapeMarkdown*` / `markdownCode` (pipes, backticks,
 *   HTML, `$` math, leading `#`/`-`, `@mentions`); ids and paths are code spans.
 * - Findings are ordered: failing the run, then the other unwaived findings, then waived;
 *   under `--fail-on omission` the plain omissions that fail the run follow as a list.
 * - GitHub rejects comments over 65,536 characters, so findings stop (with a note saying
 *   how many were left out) before the output passes `BUDGET` characters. The matrix
 *   lists every article while there are at most `MAX_MATRIX_SOURCES` of them; beyond that
 *   only the per-claim counts are shown.
 * - A diff is shown inline: ~~what the claim has~~ and **what the article has instead**.
 */
import { formatProblem } from '../core/problem.js';
import { failsRun } from '../report/exit-code.js';
import type { DiffPart, FailOn, Report, ReportClaim, ReportMention, ReportResult } from '../report/types.js';
import {
  conflictMentions,
  escapeMarkdown,
  escapeMarkdownFragment,
  groupResults,
  location,
  markdownCode,
  mentionInSentence,
  plural,
} from './escape.js';
import type { FormatContext, Formatter } from './types.js';

const BUDGET = 60_000;
const MAX_MATRIX_SOURCES = 25;

const SYMBOL = {
  agreement: '✅',
  conflict: '❌',
  warning: '⚠️',
  waived: '☑️',
  required: '❗',
  requiredSoft: '❕',
  unreadable: '❔',
  absent: '–',
} as const;

function cell(r: ReportResult | undefined, failOn: FailOn): string {
  if (r === undefined) return '';
  if (r.waived) return SYMBOL.waived;
  if (r.verdict === 'agreement') return SYMBOL.agreement;
  if (r.verdict === 'conflict') return failsRun(r, failOn) ? SYMBOL.conflict : SYMBOL.warning;
  if (failsRun(r, failOn)) return SYMBOL.required;
  if (r.finding) return SYMBOL.requiredSoft;
  return r.reason === 'unreadable' ? SYMBOL.unreadable : SYMBOL.absent;
}

/** Wraps a fragment in a marker, keeping surrounding white space outside (CommonMark flanking rules). */
function wrap(text: string, marker: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  const core = m[2]!;
  if (core === '') return text.replace(/\s+/g, ' ');
  return `${m[1] ? ' ' : ''}${marker}${escapeMarkdownFragment(core)}${marker}${m[3] ? ' ' : ''}`;
}

function inlineDiff(diff: readonly DiffPart[]): string {
  return diff
    .map(([op, text]) => (op === 0 ? escapeMarkdownFragment(text) : wrap(text, op < 0 ? '~~' : '**')))
    .join('')
    .trim();
}

/** The sentence with the mention's words in bold (when they can be placed exactly). */
function quotedSentence(m: ReportMention, text: string | undefined): string {
  const at = mentionInSentence(m, text);
  if (at < 0) return `> ${escapeMarkdown(m.sentence)}`;
  const before = m.sentence.slice(0, at);
  const after = m.sentence.slice(at + m.text.length);
  const body = `${escapeMarkdownFragment(before)}**${escapeMarkdownFragment(m.text)}**${escapeMarkdownFragment(after)}`.trim();
  return `> ${body.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')}`;
}

function claimLine(claim: ReportClaim | undefined, id: string): string {
  if (claim === undefined) return `- **Claim:** ${markdownCode(id)}`;
  const who = claim.person ? ` (${escapeMarkdown(claim.person)})` : claim.speaker ? ` (${escapeMarkdown(claim.speaker)})` : '';
  return `- **Claim says:** ${escapeMarkdown(claim.value)}${who} — ${markdownCode(location(claim.file, claim.line, claim.column))}`;
}

function findingBlock(
  n: number,
  r: ReportResult,
  claim: ReportClaim | undefined,
  path: string,
  ctx: FormatContext,
): string {
  const symbol = cell(r, ctx.failOn);
  const lines: string[] = [];
  lines.push(`#### ${symbol} ${n}. ${markdownCode(r.claim)} in ${markdownCode(r.source)}`);
  const meta = [claim?.kind, r.severity, r.waived ? 'waived' : failsRun(r, ctx.failOn) ? 'fails the run' : 'does not fail the run'];
  lines.push(`${claim?.subject ? `**${escapeMarkdown(claim.subject)}** · ` : ''}${meta.filter(Boolean).join(' · ')}`);
  lines.push('');
  if (r.verdict === 'omission') {
    const why =
      r.reason === 'unreadable'
        ? 'cue sentences were found, but no value could be read in them:'
        : 'nothing in the article matches it.';
    lines.push(`The article does not mention this required claim: ${why}`);
    lines.push('');
    for (const c of r.context ?? []) {
      lines.push(`> ${escapeMarkdown(c.text)}`, '>', `> — ${markdownCode(location(path, c.line, c.column))}`, '');
    }
    lines.push(`- **Where:** ${markdownCode(path)}`);
    lines.push(claimLine(claim, r.claim));
  } else {
    const text = ctx.texts?.get(r.source);
    const ms = conflictMentions(r);
    ms.forEach((m, i) => {
      if (i > 0) lines.push('');
      lines.push(quotedSentence(m, text), '');
      lines.push(`- **Where:** ${markdownCode(location(path, m.line, m.column))}`);
      lines.push(`- **Article says:** “${escapeMarkdown(m.text)}”${m.found !== m.text ? ` (read as ${escapeMarkdown(m.found)})` : ''}`);
      if (i === 0) lines.push(claimLine(claim, r.claim));
      lines.push(`- **Why:** ${escapeMarkdown(m.message)}${m.tiedBy ? ` (tied to the claim by “${escapeMarkdown(m.tiedBy)}”)` : ''}`);
      if (m.diff) lines.push(`- **Diff:** ${inlineDiff(m.diff)}`);
    });
  }
  if (r.waived) lines.push(`- **Waived:** ${escapeMarkdown(r.waiverReason ?? '')}`);
  return lines.join('\n');
}

function render(report: Report, ctx: FormatContext): string {
  const failOn = ctx.failOn;
  const s = report.summary;
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const paths = new Map(report.sources.map((x) => [x.id, x.path]));
  const pairs = new Map(report.results.map((r) => [`${r.claim}\u0000${r.source}`, r]));
  const findings = report.results.filter((r) => r.finding);
  const byClaim = groupResults(report.results, 'claim');
  const bySource = groupResults(report.results, 'source');
  const failing = findings.filter((r) => failsRun(r, failOn));
  const other = findings.filter((r) => !r.waived && !failsRun(r, failOn));
  const waived = findings.filter((r) => r.waived);
  // Under `--fail-on omission` plain omissions fail the run too; they are listed briefly.
  const failingOmissions = report.results.filter((r) => !r.finding && failsRun(r, failOn));

  const out: string[] = [];
  out.push('## crosscheck report', '');
  const nFail = failing.length + failingOmissions.length;
  const what = [
    failing.length > 0 ? plural(failing.length, 'finding') : '',
    failingOmissions.length > 0 ? plural(failingOmissions.length, 'omission') : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const head =
    nFail > 0
      ? `**${SYMBOL.conflict} ${what} ${nFail === 1 ? 'fails' : 'fail'} the run** (under ${markdownCode(`--fail-on ${failOn}`)})`
      : `**${SYMBOL.agreement} Nothing fails the run** (under ${markdownCode(`--fail-on ${failOn}`)})`;
  const extra = [
    other.length > 0 ? `${plural(other.length, 'other finding')}` : '',
    waived.length > 0 ? `${waived.length} waived` : '',
  ].filter(Boolean);
  out.push(`${head}${extra.length ? ' · ' + extra.join(' · ') : ''}`, '');
  out.push(
    `${plural(s.claims, 'claim')} × ${plural(s.sources, 'article')} · ${plural(s.pairs, 'pair')}: ` +
      `${SYMBOL.agreement} ${s.agreement} agree · ${SYMBOL.conflict} ${s.conflict} conflict · ${s.omission} not mentioned` +
      (s.unlisted !== undefined ? ` (${s.unlisted.toLocaleString('en-US')} of them with nothing found, counted but not listed)` : ''),
  );
  if (report.shard) out.push('', `Shard ${report.shard.index}/${report.shard.count} of the articles.`);
  if (s.unmatched.length > 0) {
    out.push(
      '',
      `> ${SYMBOL.warning} ${plural(s.unmatched.length, 'claim')} matched nothing in any article (check the cues): ` +
        s.unmatched.map((id) => markdownCode(id)).join(', '),
    );
  }

  // The matrix.
  out.push('', '### Claims × articles', '');
  const showSources = report.sources.length <= MAX_MATRIX_SOURCES;
  const header = ['Claim', 'Kind', ...(showSources ? report.sources.map((x) => markdownCode(x.id, true)) : []), SYMBOL.agreement, SYMBOL.conflict, SYMBOL.absent];
  const align = [':--', ':--', ...(showSources ? report.sources.map(() => ':-:') : []), '--:', '--:', '--:'];
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  out.push(row(header), row(align));
  for (const c of report.claims) {
    const rs = byClaim.get(c.id) ?? [];
    const n = (v: string) => String(rs.filter((r) => r.verdict === v).length);
    const cells = showSources ? report.sources.map((x) => cell(pairs.get(`${c.id}\u0000${x.id}`), failOn)) : [];
    out.push(row([markdownCode(c.id, true), c.kind, ...cells, n('agreement'), n('conflict'), n('omission')]));
  }
  if (showSources) {
    const per = report.sources.map((x) => String((bySource.get(x.id) ?? []).filter((r) => r.verdict === 'conflict').length));
    out.push(row([`**${SYMBOL.conflict} per article**`, '', ...per, '', String(s.conflict), '']));
  }
  out.push('');
  out.push(
    `${SYMBOL.agreement} agrees · ${SYMBOL.conflict} conflict that fails the run · ${SYMBOL.warning} conflict that does not fail (warning) · ` +
      `${SYMBOL.waived} waived · ${SYMBOL.required} not mentioned, fails the run (a required claim${failOn === 'omission' ? ', or any claim under `--fail-on omission`' : ''}) · ` +
      `${SYMBOL.requiredSoft} required claim not mentioned (does not fail) · ${SYMBOL.unreadable} cue found, value unreadable · ` +
      `${SYMBOL.absent} not mentioned · blank: the claim does not apply to the article`,
  );
  if (!showSources) out.push('', `(${plural(report.sources.length, 'article')}: too many columns to show; counts only.)`);

  // Findings, then (under --fail-on omission) the omissions that fail the run; all within BUDGET.
  const ordered = [...failing, ...other, ...waived];
  const total = ordered.length + failingOmissions.length;
  out.push('', ordered.length > 0 ? `### Findings (${ordered.length})` : '### Findings');
  if (ordered.length === 0) out.push('', 'None.');
  let size = out.join('\n').length;
  let shown = 0;
  let full = false;
  for (const r of ordered) {
    const block = findingBlock(shown + 1, r, claims.get(r.claim), paths.get(r.source) ?? r.source, ctx);
    if (size + block.length + 2 > BUDGET) {
      full = true;
      break;
    }
    out.push('', block);
    size += block.length + 2;
    shown++;
  }
  if (!full && failingOmissions.length > 0) {
    const head2 = `### Not mentioned, failing under ${markdownCode(`--fail-on ${failOn}`)} (${failingOmissions.length})`;
    out.push('', head2, '');
    size += head2.length + 3;
    for (const r of failingOmissions) {
      const line = `- ${markdownCode(r.claim)} in ${markdownCode(r.source)}${r.reason === 'unreadable' ? ' (cue found, value unreadable)' : ''}`;
      if (size + line.length + 1 > BUDGET) break;
      out.push(line);
      size += line.length + 1;
      shown++;
    }
  }
  if (shown < total) {
    out.push(
      '',
      `_…and ${total - shown} more not shown to keep this under GitHub’s comment size limit; see the HTML or JSON report._`,
    );
  }

  if (report.problems.length > 0) {
    out.push('', `### Problems (${report.problems.length})`, '');
    for (const p of report.problems) {
      out.push(`- ${p.severity === 'error' ? SYMBOL.conflict : SYMBOL.warning} ${escapeMarkdown(formatProblem(p))} (${markdownCode(p.code)})`);
    }
  }
  out.push('', `_${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)} · claims ${markdownCode(report.claimsDigest.slice(0, 19))}_`);
  return out.join('\n') + '\n';
}

export const markdown: Formatter = {
  description: 'for a pull-request comment or a newsroom ticket',
  extension: 'md',
  render,
};
