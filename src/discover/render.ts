/**
 * Renderings of a discovery: a ranked, readable terminal list (what disagrees, where, with
 * the articles' own words at `file:line:column`) and JSON for tools. Pure functions of the
 * discovery: no clock, no absolute paths, byte-identical for identical input.
 */
import type { DiffPart } from '../report/types.js';
import type { Discovery, Evidence, Proposal } from './types.js';

export interface PrettyContext {
  /** ANSI colour. */
  readonly color: boolean;
  /** Terminal width. */
  readonly width: number;
  /** Evidence lines shown per reading before "… and N more". */
  readonly maxEvidence?: number;
}

type Style = (s: string) => string;

/** Article text shown in a terminal: control characters escaped, so no text can send escape sequences or forge lines. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function palette(color: boolean): Record<'red' | 'green' | 'yellow' | 'dim' | 'bold' | 'cyan', Style> {
  const wrap = (open: number, close: number): Style => (color ? (s) => `\x1b[${open}m${s}\x1b[${close}m` : (s) => s);
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22), cyan: wrap(36, 39) };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Cuts a sentence to a window around the words, keeping them whole. */
function excerpt(sentence: string, words: string, width: number): string {
  if (sentence.length <= width) return sentence;
  const at = sentence.indexOf(words);
  if (at === -1) return `${sentence.slice(0, Math.max(1, width - 1))}…`;
  const room = Math.max(0, width - words.length);
  let start = Math.max(0, at - Math.floor(room / 2));
  const end = Math.min(sentence.length, start + width);
  start = Math.max(0, end - width);
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end)}${end < sentence.length ? '…' : ''}`;
}

/** A diff inline: the proposed value's characters or words `[-x-]`, the other reading's `[+y+]`. */
export function renderDiff(diff: readonly DiffPart[], words: boolean): string {
  const parts = diff.filter(([, s]) => s !== '').map(([op, s]) => (op === 0 ? s : op === -1 ? `[-${s}-]` : `[+${s}+]`));
  return parts.join(words ? ' ' : '');
}

const KIND_LABEL: Record<string, string> = { name: 'name', quantity: 'figure', date: 'date', title: 'title', quote: 'quote' };

/** The terminal list. */
export function renderPretty(d: Discovery, ctx: PrettyContext): string {
  const p = palette(ctx.color);
  const width = Math.max(60, Math.min(ctx.width, 160));
  const maxEvidence = ctx.maxEvidence ?? 3;
  const out: string[] = [];
  const dis = d.proposals.filter((x) => x.status === 'disagreement');
  const agr = d.proposals.filter((x) => x.status === 'agreement');
  out.push(
    `${p.bold('crosscheck discover')} ${plural(d.sources.length, 'article')}: ` +
      `${p.red(plural(dis.length, 'disagreement'))}, ${p.green(plural(agr.length, 'agreed fact'))}`,
  );
  if (d.proposals.length === 0) {
    out.push('', 'Nothing found that two articles state about the same thing.');
    return `${out.join('\n')}\n`;
  }
  if (dis.length) {
    out.push('', p.bold('Where the articles disagree'));
    dis.forEach((x, i) => out.push('', ...proposalLines(x, i + 1, p, width, maxEvidence)));
  }
  if (agr.length) {
    out.push('', p.bold('What several articles agree on'));
    agr.forEach((x, i) => {
      const first = x.readings[0]!.evidence[0]!;
      out.push(`  ${String(dis.length + i + 1).padStart(2)}. ${p.cyan(KIND_LABEL[x.kind]!.padEnd(6))} ${clean(x.subject)}: ${clean(x.summary)}`);
      const review = x.reproduced === false ? `  ${p.yellow('(checking the proposed claim gives other verdicts: review it)')}` : '';
      out.push(`      ${p.dim(`${clean(first.path)}:${first.line}:${first.column}`)}  ${p.dim(`claim ${x.id}`)}${review}`);
    });
  }
  return `${out.join('\n')}\n`;
}

function proposalLines(x: Proposal, n: number, p: ReturnType<typeof palette>, width: number, maxEvidence: number): string[] {
  const lines: string[] = [];
  lines.push(`  ${String(n).padStart(2)}. ${p.cyan(KIND_LABEL[x.kind]!.padEnd(6))} ${p.bold(clean(x.subject))}`);
  lines.push(`      ${clean(x.summary)}`);
  if (x.diff) lines.push(`      diff: ${clean(renderDiff(x.diff, x.kind === 'quote'))}`);
  for (const r of x.readings) {
    const mark = r.agrees ? p.green('✓') : p.red('✗');
    lines.push(`      ${mark} ${clean(r.label)}  ${p.dim(`${plural(r.sources.length, 'article')}, ${r.evidence.length}×`)}`);
    for (const e of r.evidence.slice(0, maxEvidence)) lines.push(evidenceLine(e, p, width));
    if (r.evidence.length > maxEvidence) lines.push(`          ${p.dim(`… and ${r.evidence.length - maxEvidence} more`)}`);
  }
  if (x.tiedBy.length) lines.push(`      ${p.dim(`tied by: ${clean(x.tiedBy.join(', '))}`)}`);
  if (x.reproduced === false) {
    lines.push(`      ${p.yellow('note: checking the proposed claim does not give exactly these verdicts:')}`);
    for (const issue of (x.checkIssues ?? []).slice(0, 3)) lines.push(`        ${p.yellow(clean(issue))}`);
  }
  const value = x.claim.fields.find(([k]) => k === 'value')?.[1];
  lines.push(`      ${p.dim(`proposed claim ${x.id}: ${x.kind} ${clean(typeof value === 'string' ? JSON.stringify(value) : String(value))}`)}`);
  return lines;
}

function evidenceLine(e: Evidence, p: ReturnType<typeof palette>, width: number): string {
  const where = clean(`${e.path}:${e.line}:${e.column}`);
  const words = e.text.replace(/\s+/gu, ' ');
  return `          ${p.dim(where)}  “${clean(words)}”\n            ${p.dim(`in: ${clean(excerpt(e.sentence, words, Math.max(40, width - 16)))}`)}`;
}

/** The JSON rendering (version 1), for tools. */
export function renderJson(d: Discovery, tool: { name: string; version: string }): string {
  const count = (status: string): number => d.proposals.filter((x) => x.status === status).length;
  const byKind: Record<string, number> = {};
  for (const x of d.proposals) byKind[x.kind] = (byKind[x.kind] ?? 0) + 1;
  const json = {
    version: 1,
    tool,
    summary: {
      sources: d.sources.length,
      proposals: d.proposals.length,
      disagreements: count('disagreement'),
      agreements: count('agreement'),
      byKind,
    },
    sources: d.sources,
    proposals: d.proposals.map((x) => ({
      id: x.id,
      kind: x.kind,
      status: x.status,
      subject: x.subject,
      summary: x.summary,
      score: Math.round(x.score * 1000) / 1000,
      tiedBy: x.tiedBy,
      sources: x.sources,
      reproduced: x.reproduced ?? false,
      ...(x.checkIssues ? { checkIssues: x.checkIssues } : {}),
      readings: x.readings.map((r) => ({
        label: r.label,
        agrees: r.agrees,
        sources: r.sources,
        count: r.evidence.length,
        evidence: r.evidence.map((e) => ({ source: e.source, path: e.path, line: e.line, column: e.column, offset: e.offset, length: e.length, text: e.text, sentence: e.sentence })),
      })),
      ...(x.diff ? { diff: x.diff } : {}),
      claim: {
        id: x.claim.id,
        kind: x.claim.kind,
        subject: x.claim.subject,
        ...Object.fromEntries(x.claim.fields),
        ...(x.claim.confirm ? { confirm: x.claim.confirm } : {}),
        examples: x.claim.examples,
      },
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
