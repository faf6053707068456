/**
 * The terminal report: a summary line, a claims × articles matrix an editor can scan, then
 * each conflict (and missing required claim) with the article's own words, location, what
 * the claim says, and the diff.
 */
import { failsRun } from '../report/exit-code.js';
import type { DiffPart, Report, ReportResult } from '../report/types.js';
import type { FormatContext, Formatter } from './types.js';

type Style = (s: string) => string;
interface Palette { red: Style; green: Style; yellow: Style; dim: Style; bold: Style; cyan: Style; strike: Style; under: Style }

function palette(color: boolean): Palette {
  const wrap = (open: number, close: number): Style => (color ? (s) => `\x1b[${open}m${s}\x1b[${close}m` : (s) => s);
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22), cyan: wrap(36, 39), strike: wrap(9, 29), under: wrap(4, 24) };
}

const SYMBOL = { agreement: '✓', conflict: '✗', omission: '·' } as const;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Shows a diff inline: deletions as [-x-], insertions as [+y+] (coloured when colour is on). */
export function renderDiffInline(diff: readonly DiffPart[], p: Palette, color: boolean): string {
  return diff
    .map(([op, s]) => (op === 0 ? s : op === -1 ? (color ? p.red(p.strike(s)) : `[-${s}-]`) : color ? p.green(p.under(s)) : `[+${s}+]`))
    .join('');
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1))}…`;
}

/** Cuts a sentence to a window around the mention, keeping the mention whole. */
function excerpt(sentence: string, words: string, width: number): string {
  if (sentence.length <= width) return sentence;
  const at = sentence.indexOf(words);
  if (at === -1) return truncate(sentence, width);
  const room = Math.max(0, width - words.length);
  let start = Math.max(0, at - Math.floor(room / 2));
  const end = Math.min(sentence.length, start + width);
  start = Math.max(0, end - width);
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end)}${end < sentence.length ? '…' : ''}`;
}

export const pretty: Formatter = {
  description: 'a terminal report: summary, claims × articles matrix, conflicts with evidence',
  extension: 'txt',
  render(report: Report, ctx: FormatContext): string {
    const p = palette(ctx.color);
    const out: string[] = [];
    const s = report.summary;
    const failing = report.results.filter((r) => failsRun(r, ctx.failOn));
    const width = Math.max(60, Math.min(ctx.width, 140));

    out.push(
      `${p.bold('crosscheck')} ${plural(s.claims, 'claim')} × ${plural(s.sources, 'article')}: ` +
        `${p.red(plural(s.conflict, 'conflict'))}, ${p.green(plural(s.agreement, 'agreement'))}, ${plural(s.omission, 'omission')}` +
        (s.unlisted !== undefined ? p.dim(` (${s.unlisted.toLocaleString('en-US')} with nothing found not listed)`) : '') +
        (s.waived ? `, ${s.waived} waived` : '') +
        (report.shard ? p.dim(` (shard ${report.shard.index}/${report.shard.count})`) : ''),
    );
    out.push('');

    // The matrix.
    const byPair = new Map(report.results.map((r) => [`${r.claim}\0${r.source}`, r]));
    const idWidth = Math.min(40, Math.max(5, ...report.claims.map((c) => c.id.length)));
    if (report.sources.length <= 40 && report.sources.length > 0) {
      const cols = report.sources.map((_, i) => String(i + 1));
      const cw = Math.max(2, ...cols.map((c) => c.length)) + 1;
      out.push(`${' '.repeat(idWidth + 2)}${cols.map((c) => p.dim(c.padStart(cw - 1).padEnd(cw))).join('')}`);
      for (const c of report.claims) {
        const cells = report.sources.map((src) => {
          const r = byPair.get(`${c.id}\0${src.id}`);
          if (!r) return p.dim(' -'.padEnd(cw));
          const sym = SYMBOL[r.verdict];
          const col = r.verdict === 'conflict' ? (r.waived ? p.yellow : p.red) : r.verdict === 'agreement' ? p.green : r.finding ? p.yellow : p.dim;
          const mark = r.finding && r.verdict === 'omission' ? '!' : r.waived ? 'w' : r.reason === 'unreadable' ? '?' : sym;
          return col(` ${mark}`.padEnd(cw));
        });
        const unmatched = s.unmatched.includes(c.id) ? p.dim('  (unmatched)') : '';
        out.push(`  ${truncate(c.id, idWidth).padEnd(idWidth)}${cells.join('')}${unmatched}`);
      }
      out.push('');
      report.sources.forEach((src, i) => out.push(p.dim(`  ${String(i + 1).padStart(2)}  ${src.path}${src.date ? `  (${src.date})` : ''}`)));
      out.push(p.dim(`  ${SYMBOL.agreement} agreement  ${SYMBOL.conflict} conflict  ${SYMBOL.omission} omission  ? cue found, nothing read  ! missing required  w waived  - not checked${s.unlisted !== undefined ? ' or nothing found' : ''}`));
      out.push('');
    } else {
      for (const c of report.claims) {
        const rs = report.results.filter((r) => r.claim === c.id);
        const n = (v: string): number => rs.filter((r) => r.verdict === v).length;
        out.push(`  ${truncate(c.id, idWidth).padEnd(idWidth)}  ${p.green(`${n('agreement')} ✓`)}  ${p.red(`${n('conflict')} ✗`)}  ${p.dim(`${n('omission')} ·`)}`);
      }
      out.push('');
    }

    const claimById = new Map(report.claims.map((c) => [c.id, c]));
    const sourceById = new Map(report.sources.map((x) => [x.id, x]));
    const conflicts = report.results.filter((r) => r.verdict === 'conflict');
    if (conflicts.length) {
      out.push(p.bold(p.red(`Conflicts (${conflicts.length})`)));
      for (const r of conflicts) out.push(...describeConflict(r));
    }
    const missing = report.results.filter((r) => r.verdict === 'omission' && r.finding);
    if (missing.length) {
      out.push(p.bold(p.yellow(`Missing required claims (${missing.length})`)));
      for (const r of missing) {
        const c = claimById.get(r.claim)!;
        out.push(`${p.yellow('!')} ${p.bold(r.claim)} ${p.dim(`(${c.kind}, ${r.severity})`)} not stated in ${sourceById.get(r.source)?.path ?? r.source}${r.reason === 'unreadable' ? ' — cue sentences found, but no value could be read there' : ''}`);
        for (const cx of r.context ?? []) out.push(p.dim(`    ${sourceById.get(r.source)?.path}:${cx.line}:${cx.column}  ${truncate(cx.text, width - 12)}`));
      }
      out.push('');
    }
    for (const w of report.problems) out.push(p.yellow(`warning: ${w.file ? `${w.file}${w.line ? `:${w.line}:${w.column ?? 1}` : ''}: ` : ''}${w.message}`));
    if (report.problems.length) out.push('');
    if (s.unmatched.length) {
      out.push(p.dim(`Unmatched claims (no mention in any article; check their cues): ${s.unmatched.join(', ')}`));
      out.push('');
    }
    const verdictLine =
      failing.length === 0
        ? p.green(`✓ no findings fail the run (--fail-on ${ctx.failOn})`)
        : p.red(`✗ ${plural(failing.length, 'finding')} ${failing.length === 1 ? 'fails' : 'fail'} the run (--fail-on ${ctx.failOn})`);
    out.push(verdictLine);
    return `${out.join('\n')}\n`;

    function describeConflict(r: ReportResult): string[] {
      const c = claimById.get(r.claim)!;
      const src = sourceById.get(r.source);
      const lines = [
        `${r.waived ? p.yellow('w') : p.red('✗')} ${p.bold(r.claim)} ${p.dim(`(${c.kind}, ${r.severity}${r.waived ? ', waived' : ''})`)}${c.subject ? ` ${c.subject}` : ''}`,
      ];
      if (r.waived && r.waiverReason) lines.push(p.yellow(`    waived: ${r.waiverReason}`));
      for (const m of r.mentions.filter((x) => x.verdict === 'conflict')) {
        lines.push(`    ${p.cyan(`${src?.path ?? r.source}:${m.line}:${m.column}`)}  ${p.bold(`“${m.text.replace(/\s+/g, ' ')}”`)}`);
        lines.push(`    ${m.message}`);
        if (m.diff) lines.push(`    ${p.dim('diff:')} ${renderDiffInline(m.diff, p, ctx.color)}`);
        lines.push(p.dim(`    in: ${excerpt(m.sentence, m.text.replace(/\s+/g, ' '), width - 8)}`));
        if (m.tiedBy) lines.push(p.dim(`    tied by: ${m.tiedBy}`));
      }
      lines.push('');
      return lines;
    }
  },
};
