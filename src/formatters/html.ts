/**
 * One self-contained HTML page: works offline from a file, e-mail attachment or CI
 * artifact. No network, no external assets — CSS and JS are inline, and a
 * Content-Security-Policy (`default-src 'none'`, the inline style and script allowed by
 * their SHA-256 hashes) makes the browser refuse any request a future change might add.
 *
 * What it shows:
 * - a summary header (does the run fail, counts by verdict, unmatched claims);
 * - the claims × articles matrix, each cell coloured by verdict with its mention count;
 *   clicking a cell opens the evidence (sentences with the words marked, location, what
 *   the claim says, diff with <del>/<ins>, waiver reason, context of unreadable omissions);
 * - filters by kind, verdict and severity (and "findings only"), applied to the matrix,
 *   the findings and the article highlights, with live counts;
 * - every finding written out (so the page reads without clicking, and prints);
 * - each article (when `ctx.texts` has it) with line numbers and every mention
 *   highlighted from its offset/length, linked back to its claim's row, a click opening
 *   the evidence; evidence links jump to the highlighted words.
 * Print: filters and the side panel are hidden, colours kept, articles on new pages.
 *
 * Escaping: every interpolated string goes through `escapeHtml`; the data island is
 * `jsonForScript` (no `</script`, `<!--`, U+2028/9 can break out); the script itself only
 * sets `textContent` or clones server-rendered templates, never `innerHTML` from data.
 * Pure and deterministic: no clock, no randomness, ids derived from report indices.
 */
import { createHash } from 'node:crypto';
import type { Problem } from '../core/problem.js';
import { formatProblem } from '../core/problem.js';
import { failsRun } from '../report/exit-code.js';
import type { DiffPart, FailOn, Report, ReportClaim, ReportMention, ReportResult, ReportSource } from '../report/types.js';
import { escapeHtml as h, groupResults, jsonForScript, location, mentionInSentence, plural } from './escape.js';
import type { FormatContext, Formatter } from './types.js';

/** Above this many matrix cells, the matrix keeps only claims with a finding or conflict. */
const MAX_MATRIX_CELLS = 40_000;

interface Look {
  /** CSS class for the verdict colour. */
  readonly cls: string;
  readonly symbol: string;
  readonly label: string;
  /** Severity rank for overlapping highlights (higher wins). */
  readonly rank: number;
}

function look(r: ReportResult, failOn: FailOn): Look {
  if (r.waived) return { cls: 'v-waived', symbol: '✓', label: 'Waived', rank: 3 };
  if (r.verdict === 'agreement') return { cls: 'v-agreement', symbol: '✓', label: 'Agrees', rank: 1 };
  if (r.verdict === 'conflict') {
    return failsRun(r, failOn)
      ? { cls: 'v-conflict', symbol: '✗', label: 'Conflict', rank: 5 }
      : { cls: 'v-warning', symbol: '✗', label: 'Conflict (does not fail the run)', rank: 4 };
  }
  if (failsRun(r, failOn)) {
    const label = r.finding ? 'Required, not mentioned' : 'Not mentioned — fails under --fail-on omission';
    return { cls: 'v-required', symbol: '!', label, rank: 2 };
  }
  if (r.finding) return { cls: 'v-warning', symbol: '!', label: 'Required, not mentioned (does not fail the run)', rank: 2 };
  if (r.reason === 'unreadable') return { cls: 'v-omission unreadable', symbol: '?', label: 'Cue found, value unreadable', rank: 0 };
  return { cls: 'v-omission', symbol: '·', label: 'Not mentioned', rank: 0 };
}

/** One side of a diff: the claim's (`-1` parts in <del>) or the article's (`1` parts in <ins>). */
function diffSideHtml(diff: readonly DiffPart[], side: 'claim' | 'article'): string {
  // White space at either end of a changed run stays outside the highlight.
  const mark = (tag: string, t: string) => {
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(t)!;
    return m[2] ? `${h(m[1]!)}<${tag}>${h(m[2])}</${tag}>${h(m[3]!)}` : h(t);
  };
  return diff
    .map(([op, t]) => {
      if (op === 0) return h(t);
      if (side === 'claim') return op < 0 ? mark('del', t) : '';
      return op > 0 ? mark('ins', t) : '';
    })
    .join('');
}

function sentenceHtml(m: ReportMention, text: string | undefined, cls: string): string {
  const at = mentionInSentence(m, text);
  if (at < 0) return h(m.sentence);
  return (
    h(m.sentence.slice(0, at)) +
    `<mark class="${cls}">${h(m.text)}</mark>` +
    h(m.sentence.slice(at + m.text.length))
  );
}

interface Ids {
  /** `${result index}:${mention index}` of the mentions the article section highlights (and anchors). */
  readonly anchored: Set<string>;
  readonly sourceIndex: Map<string, number>;
}

function evidenceHtml(
  i: number,
  r: ReportResult,
  claim: ReportClaim | undefined,
  source: ReportSource | undefined,
  ctx: FormatContext,
  ids: Ids,
): string {
  const lk = look(r, ctx.failOn);
  const path = source?.path ?? r.source;
  const text = ctx.texts?.get(r.source);
  const badges = [`<span class="badge ${lk.cls}">${h(lk.label)}</span>`];
  badges.push(`<span class="badge sev-${h(r.severity)}">${h(r.severity)}</span>`);
  const status = r.waived
    ? 'waived finding'
    : failsRun(r, ctx.failOn)
      ? 'fails the run'
      : r.finding
        ? 'finding, does not fail the run'
        : '';
  if (status) badges.push(`<span class="badge plain">${status}</span>`);
  const out: string[] = [];
  out.push(`<div class="ev-badges">${badges.join(' ')}</div>`);
  if (claim) {
    const who = claim.person ? ` <span class="muted">(${h(claim.person)})</span>` : claim.speaker ? ` <span class="muted">— ${h(claim.speaker)}</span>` : '';
    out.push(
      `<div class="ev-claim">` +
        (claim.subject ? `<div class="ev-subject">${h(claim.subject)}</div>` : '') +
        `<div>Claim <code>${h(claim.id)}</code> <span class="kind k-${h(claim.kind)}">${h(claim.kind)}</span>${claim.required ? ' <span class="kind">required</span>' : ''} says ` +
        `<q class="claim-value">${h(claim.value)}</q>${who}</div>` +
        `<div class="loc">${h(location(claim.file, claim.line, claim.column))}</div></div>`,
    );
  }
  out.push(
    `<div class="ev-source">Article <a href="#s-${ids.sourceIndex.get(r.source) ?? 0}"><code>${h(r.source)}</code></a>` +
      (source?.date ? ` <span class="muted">published ${h(source.date)}</span>` : '') +
      `</div>`,
  );
  if (r.waived) out.push(`<div class="waiver"><strong>Waived:</strong> ${h(r.waiverReason ?? '')}</div>`);
  if (r.verdict === 'omission') {
    out.push(
      r.reason === 'unreadable'
        ? `<p class="ev-why">The claim’s cues were found, but no value could be read in these sentences:</p>`
        : `<p class="ev-why">Nothing in this article matches the claim (no cue, name or quotation).</p>`,
    );
    if (r.context?.length) {
      out.push('<ul class="context">');
      for (const c of r.context) {
        out.push(`<li><blockquote>${h(c.text)}</blockquote><div class="loc">${h(location(path, c.line, c.column))}</div></li>`);
      }
      out.push('</ul>');
    }
    return out.join('');
  }
  const ms = [...r.mentions].sort((a, b) => (a.verdict === b.verdict ? a.offset - b.offset : a.verdict === 'conflict' ? -1 : 1));
  out.push('<ol class="mentions">');
  for (const m of ms) {
    const k = r.mentions.indexOf(m);
    const mcls = m.verdict === 'conflict' ? lk.cls : 'v-agreement';
    const where = h(location(path, m.line, m.column));
    const whereHtml = ids.anchored.has(`${i}:${k}`) ? `<a href="#m-${i}-${k}" class="goto">${where}</a>` : where;
    out.push(`<li class="mention">`);
    out.push(`<blockquote>${sentenceHtml(m, text, mcls)}</blockquote>`);
    out.push(`<p class="msg"><span class="dot ${mcls}"></span>${h(m.message)}</p>`);
    out.push('<dl>');
    out.push(`<dt>Where</dt><dd>${whereHtml}</dd>`);
    // With a diff, the two rows show it: what the article has instead in <ins>, what the
    // claim has that the article lacks in <del>.
    const article = m.diff ? `<span class="diff">${diffSideHtml(m.diff, 'article')}</span>` : `<q>${h(m.text)}</q>`;
    const claimSays = m.diff ? `<span class="diff">${diffSideHtml(m.diff, 'claim')}</span>` : h(m.expected);
    out.push(`<dt>Article</dt><dd>${article}${m.found !== m.text ? ` <span class="muted">read as ${h(m.found)}</span>` : ''}</dd>`);
    out.push(`<dt>Claim</dt><dd>${claimSays}</dd>`);
    if (m.tiedBy) out.push(`<dt>Tied by</dt><dd><q>${h(m.tiedBy)}</q></dd>`);
    out.push(`<dt>Code</dt><dd><code>${h(m.code)}</code></dd>`);
    out.push('</dl></li>');
  }
  out.push('</ol>');
  return out.join('');
}

interface Mark {
  readonly start: number;
  readonly end: number;
  /** Result index and mention index. */
  readonly r: number;
  readonly k: number;
  readonly look: Look;
  readonly title: string;
  /** Claim index (the row the highlight links back to). */
  readonly claim: number;
  readonly claimId: string;
  readonly message: string;
}

/** An article's text as numbered lines with every mention highlighted (segments for overlaps). */
function articleHtml(text: string, marks: readonly Mark[]): string {
  const out: string[] = [];
  let lineStart = 0;
  let lineNo = 1;
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const seen = new Set<string>();
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const here = sorted.filter((m) => m.start < contentEnd && m.end > lineStart && m.end > m.start);
    const cuts = new Set<number>([lineStart, contentEnd]);
    for (const m of here) {
      cuts.add(Math.max(m.start, lineStart));
      cuts.add(Math.min(m.end, contentEnd));
    }
    const points = [...cuts].sort((a, b) => a - b);
    let html = '';
    for (let p = 0; p + 1 < points.length; p++) {
      const a = points[p]!;
      const b = points[p + 1]!;
      const seg = text.slice(a, b);
      const cover = here.filter((m) => m.start <= a && m.end >= b);
      if (cover.length === 0) {
        html += h(seg);
        continue;
      }
      const top = cover.reduce((x, y) => (y.look.rank > x.look.rank ? y : x));
      const anchors = cover
        .filter((m) => !seen.has(`${m.r}:${m.k}`))
        .map((m) => {
          seen.add(`${m.r}:${m.k}`);
          return `<span class="anchor" id="m-${m.r}-${m.k}"></span>`;
        })
        .join('');
      const rs = [...new Set(cover.map((m) => m.r))].join(' ');
      const title = [...new Set(cover.map((m) => m.title))].join('\n');
      html +=
        `${anchors}<a class="mk ${top.look.cls}" href="#c-${top.claim}" data-r="${top.r}" data-rs="${rs}" title="${h(title)}">${h(seg)}</a>`;
    }
    // Margin notes: one per mention starting on this line, linked back to the claim.
    const notes = here
      .filter((m) => m.start >= lineStart)
      .map(
        (m) =>
          `<li class="${m.look.cls}"><a href="#c-${m.claim}" data-r="${m.r}" class="mk-note">${h(m.claimId)}</a> ${h(m.message)}</li>`,
      )
      .join('');
    out.push(
      `<div class="ln"><span class="no">${lineNo}</span><span class="tx">${html || '&#8203;'}</span>` +
        (notes ? `<ul class="notes">${notes}</ul>` : '') +
        `</div>`,
    );
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
    lineNo++;
  }
  return out.join('\n');
}

function problemHtml(p: Problem): string {
  return `<li class="${p.severity === 'error' ? 'err' : 'warn'}"><code>${h(p.code)}</code> ${h(formatProblem(p))}</li>`;
}

const STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;--accent:#0969da;
--agree:#1a7f37;--agree-bg:#d7f5dd;--conflict:#cf222e;--conflict-bg:#ffe1de;--warn:#9a6700;--warn-bg:#fff3b8;
--omit:#818b98;--omit-bg:#f6f8fa;--req:#bc4c00;--req-bg:#ffe7d1;--waived:#8250df;--waived-bg:#f1e7ff;
--serif:"Iowan Old Style","Palatino Linotype",Palatino,Georgia,"Times New Roman",serif;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
--mono:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.5 var(--sans);color:var(--fg);background:var(--bg)}
code,.loc{font-family:var(--mono);font-size:.86em}
.loc{color:var(--muted)}
.muted{color:var(--muted)}
a{color:var(--accent)}
.wrap{max-width:1180px;margin:0 auto;padding:0 24px}
header.top{background:linear-gradient(180deg,#f6f8fa,#fff);border-bottom:1px solid var(--line);padding:28px 0 20px}
.brand{font:600 12px/1 var(--mono);letter-spacing:.12em;text-transform:uppercase;color:var(--muted)}
h1{font:700 30px/1.2 var(--serif);margin:6px 0 12px}
h2{font:700 22px/1.25 var(--serif);margin:36px 0 12px}
h3{font:700 18px/1.3 var(--serif);margin:0 0 4px}
.banner{display:inline-flex;align-items:center;gap:10px;font-weight:600;font-size:16px;padding:8px 14px;border-radius:8px;margin:0 0 16px}
.banner.fail{background:var(--conflict-bg);color:#a40e26}
.banner.pass{background:var(--agree-bg);color:#116329}
.banner small{font-weight:400;color:var(--fg)}
.stats{display:flex;flex-wrap:wrap;gap:10px;margin:0;padding:0}
.stat{min-width:110px;padding:10px 14px;border:1px solid var(--line);border-radius:8px;background:#fff;border-top-width:4px}
.stat dt{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.stat dd{margin:0;font:700 26px/1.15 var(--sans)}
.stat.s-agree{border-top-color:var(--agree)}.stat.s-conflict{border-top-color:var(--conflict)}
.stat.s-omit{border-top-color:var(--omit)}.stat.s-findings{border-top-color:var(--req)}.stat.s-waived{border-top-color:var(--waived)}
.note{margin:14px 0 0;padding:8px 12px;border-left:4px solid var(--warn);background:#fffbe6;border-radius:0 6px 6px 0}
.filters{position:sticky;top:0;z-index:5;background:rgba(255,255,255,.96);border-bottom:1px solid var(--line);backdrop-filter:blur(4px)}
.filters .wrap{display:flex;flex-wrap:wrap;gap:8px 22px;align-items:center;padding-top:10px;padding-bottom:10px}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:6px;align-items:center;flex-wrap:wrap}
.filters legend{float:left;font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em;margin-right:4px}
.chip{display:inline-flex;align-items:center;gap:5px;border:1px solid var(--line);border-radius:999px;padding:2px 10px 2px 6px;font-size:13px;cursor:pointer;user-select:none;background:#fff}
.chip:has(input.f:not(:checked)){opacity:.5;text-decoration:line-through}
.chip input{margin:0;accent-color:var(--fg)}
.chip .n{color:var(--muted);font-variant-numeric:tabular-nums}
#shown{margin-left:auto;font-size:13px;color:var(--muted)}
.matrix-wrap{overflow:auto;border:1px solid var(--line);border-radius:8px;max-height:80vh}
table.matrix{border-collapse:separate;border-spacing:0;font-size:13px;width:max-content;min-width:100%}
.matrix th,.matrix td{border-bottom:1px solid #eef1f4;border-right:1px solid #eef1f4;padding:0}
.matrix thead th{position:sticky;top:0;background:#fff;z-index:2;vertical-align:bottom;border-bottom:1px solid var(--line)}
.matrix th.src{padding:8px 4px;min-width:46px}
.matrix th.src a{writing-mode:vertical-rl;transform:rotate(180deg);font:500 12px/1.2 var(--mono);color:var(--fg);text-decoration:none;display:inline-block;max-height:190px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.matrix th.src a:hover{color:var(--accent)}
.matrix th.src small{display:block;font-weight:400;writing-mode:vertical-rl;transform:rotate(180deg);color:var(--muted);font-size:11px;margin:4px auto 0}
.matrix tbody th{position:sticky;left:0;background:#fff;z-index:1;text-align:left;font-weight:400;padding:6px 12px;min-width:260px;max-width:360px;border-right:1px solid var(--line)}
.matrix thead th.corner{left:0;z-index:3;text-align:left;padding:8px 12px;font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.claim-id{font:600 12.5px/1.3 var(--mono)}
.subject{color:var(--muted);font-size:12.5px;line-height:1.35;margin-top:2px}
.kind{display:inline-block;font:600 10.5px/1 var(--sans);text-transform:uppercase;letter-spacing:.05em;padding:3px 6px;border-radius:4px;background:#eef1f4;color:#3d444d;vertical-align:1px}
.k-quantity{background:#ddf4ff;color:#0550ae}.k-date{background:#fbefff;color:#6639ba}.k-name{background:#fff1e5;color:#953800}.k-title{background:#dafbe1;color:#116329}.k-quote{background:#ffeff7;color:#99286e}
td.cell{text-align:center;padding:3px}
td.cell button{all:unset;box-sizing:border-box;display:flex;align-items:center;justify-content:center;gap:2px;width:40px;height:30px;border-radius:6px;cursor:pointer;font:700 15px/1 var(--sans);position:relative}
td.cell button:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
td.cell button:hover{filter:brightness(.95);box-shadow:0 0 0 2px rgba(31,35,40,.15) inset}
td.cell.sel button{box-shadow:0 0 0 2px var(--fg) inset}
td.cell .cnt{font:600 10px/1 var(--sans);opacity:.8;align-self:flex-start;margin-top:5px}
.v-agreement{background:var(--agree-bg);color:var(--agree)}
.v-conflict{background:var(--conflict-bg);color:var(--conflict)}
.v-warning{background:var(--warn-bg);color:var(--warn)}
.v-waived{background:var(--waived-bg);color:var(--waived)}
.v-required{background:var(--req-bg);color:var(--req)}
.v-omission{background:transparent;color:#aab3bd}
.v-omission.unreadable{color:var(--warn);background:repeating-linear-gradient(135deg,#fff,#fff 4px,#fbf6e3 4px,#fbf6e3 8px)}
td.cell.v-conflict button{background:var(--conflict);color:#fff}
td.cell.v-required button{outline:2px dashed var(--req);outline-offset:-3px}
td.cell.na{background:repeating-linear-gradient(45deg,#fafbfc,#fafbfc 3px,#f0f2f4 3px,#f0f2f4 6px)}
td.cell.dim{background:transparent}td.cell.dim button{opacity:.12}
td.tot{text-align:right;padding:0 10px;font-variant-numeric:tabular-nums;color:var(--muted)}
td.tot.t-c{color:var(--conflict);font-weight:600}
.matrix tfoot td,.matrix tfoot th{background:var(--soft);font-weight:600;text-align:center;padding:6px 4px;font-variant-numeric:tabular-nums}
.matrix tfoot th{position:sticky;left:0;text-align:left;padding-left:12px;font-size:12px;color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:12.5px;color:var(--muted);margin:10px 0 0;padding:0;list-style:none}
.legend li{display:flex;align-items:center;gap:6px}
.sw{display:inline-flex;align-items:center;justify-content:center;width:22px;height:18px;border-radius:4px;font:700 12px/1 var(--sans)}
.sw.v-conflict{background:var(--conflict);color:#fff}
.finding{border:1px solid var(--line);border-left:5px solid var(--omit);border-radius:8px;padding:14px 18px;margin:0 0 14px;background:#fff;break-inside:avoid}
.finding.v-conflict{border-left-color:var(--conflict)}.finding.v-warning{border-left-color:var(--warn)}
.finding.v-required{border-left-color:var(--req)}.finding.v-waived{border-left-color:var(--waived)}
.finding,.finding.v-conflict,.finding.v-warning,.finding.v-required,.finding.v-waived{background:#fff;color:var(--fg)}
.finding h3{display:flex;flex-wrap:wrap;gap:8px;align-items:baseline;font:600 15px/1.4 var(--sans)}
.finding h3 .n{color:var(--muted);font-weight:400}
.ev-badges{margin:0 0 8px;display:flex;gap:6px;flex-wrap:wrap}
.badge{font:600 11.5px/1 var(--sans);padding:4px 8px;border-radius:999px}
.badge.v-conflict{background:var(--conflict);color:#fff}
.badge.plain,.badge.sev-error,.badge.sev-warning{background:#eef1f4;color:#3d444d}
.badge.sev-error{background:#fff;border:1px solid var(--conflict);color:var(--conflict);padding:3px 7px}
.badge.sev-warning{background:#fff;border:1px solid var(--warn);color:var(--warn);padding:3px 7px}
.ev-claim{margin:6px 0;padding:8px 12px;background:var(--soft);border-radius:6px}
.ev-subject{font-weight:600}
.claim-value{font-family:var(--serif);font-size:1.05em}
.ev-source{margin:6px 0;font-size:13.5px}
.waiver{margin:8px 0;padding:6px 10px;border-radius:6px;background:var(--waived-bg);color:#512a97}
.ev-why{margin:8px 0;color:var(--muted)}
ol.mentions,ul.context{margin:8px 0 0;padding:0;list-style:none}
.mention{padding:10px 0;border-top:1px dashed var(--line)}
.mention:first-child{border-top:0}
blockquote{margin:4px 0 8px;padding:2px 0 2px 14px;border-left:3px solid var(--line);font:16.5px/1.55 var(--serif);color:#24292f}
blockquote mark{padding:1px 2px;border-radius:3px;font-weight:600}
mark.v-agreement{background:var(--agree-bg);color:#0f5323}mark.v-conflict{background:var(--conflict-bg);color:#82071e;box-shadow:0 -2px 0 var(--conflict) inset}
mark.v-warning{background:var(--warn-bg);color:#6c4a00}mark.v-waived{background:var(--waived-bg);color:#512a97}
.msg{margin:0 0 6px;font-weight:600}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:7px;vertical-align:1px}
.dot.v-conflict{background:var(--conflict)}.dot.v-agreement{background:var(--agree)}.dot.v-warning{background:var(--warn)}.dot.v-waived{background:var(--waived)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:3px 14px;margin:0;font-size:13.5px;align-items:baseline}
dt{color:var(--muted)}dd{margin:0}
.diff{font:16px/1.5 var(--serif)}
del,ins{text-decoration:none;border-radius:3px;padding:0 2px;font-weight:700}
del{background:#ffd7d5;color:#82071e;box-shadow:0 -2px 0 var(--conflict) inset}
ins{background:#c6f6d0;color:#0f5323;box-shadow:0 -2px 0 var(--agree) inset}
#panel{position:fixed;top:0;right:0;bottom:0;width:min(480px,100vw);background:#fff;border-left:1px solid var(--line);box-shadow:-12px 0 32px rgba(31,35,40,.14);z-index:20;display:flex;flex-direction:column}
#panel[hidden]{display:none}
@media (min-width:1000px){body.panel-open .wrap{margin-left:0;margin-right:480px;max-width:none}}
#panel header{display:flex;gap:10px;align-items:flex-start;justify-content:space-between;padding:16px 18px 10px;border-bottom:1px solid var(--line)}
#panel h2{margin:0;font:600 15px/1.35 var(--sans);word-break:break-word}
#panel-body{overflow:auto;padding:12px 18px 24px}
#panel-close{all:unset;cursor:pointer;font:22px/1 var(--sans);padding:2px 8px;border-radius:6px;color:var(--muted)}
#panel-close:hover,#panel-close:focus-visible{background:var(--soft);color:var(--fg)}
article.src{margin:0 0 28px;border:1px solid var(--line);border-radius:8px;overflow:hidden}
article.src > header{padding:12px 18px;background:var(--soft);border-bottom:1px solid var(--line)}
.src-meta{font-size:13px;color:var(--muted)}
.src-counts{display:flex;gap:6px;margin-top:6px;flex-wrap:wrap}
.text{padding:12px 0;font:16.5px/1.65 var(--serif);color:#24292f}
.ln{display:grid;grid-template-columns:56px minmax(0,68ch) minmax(0,1fr);min-height:1.65em}
ul.notes{list-style:none;margin:0;padding:3px 18px 0 22px;font:12px/1.35 var(--sans);color:var(--muted)}
ul.notes li{margin:0 0 6px;padding-left:8px;border-left:3px solid var(--agree)}
ul.notes li[class]{background:none}ul.notes li.v-agreement{color:var(--muted)}
ul.notes li.v-conflict{border-left-color:var(--conflict);color:#82071e}ul.notes li.v-warning{border-left-color:var(--warn);color:#6c4a00}
ul.notes li.v-waived{border-left-color:var(--waived);color:#512a97}
ul.notes a{font:600 11.5px/1.3 var(--mono);color:inherit;display:block;text-decoration:none}
ul.notes a:hover{text-decoration:underline}
ul.notes li.dim{display:none}
.ln .no{font:11px/2.4 var(--mono);color:#afb8c1;text-align:right;padding-right:16px;user-select:none}
.ln .tx{white-space:pre-wrap;overflow-wrap:anywhere}
a.mk{color:inherit;text-decoration:none;border-radius:3px;padding:1px 0;cursor:pointer}
a.mk.v-agreement{background:var(--agree-bg);box-shadow:0 -2px 0 var(--agree) inset}
a.mk.v-conflict{background:var(--conflict-bg);box-shadow:0 -2px 0 var(--conflict) inset;color:#82071e}
a.mk.v-warning{background:var(--warn-bg);box-shadow:0 -2px 0 var(--warn) inset}
a.mk.v-waived{background:var(--waived-bg);box-shadow:0 -2px 0 var(--waived) inset}
a.mk:hover{filter:brightness(.93)}
a.mk.dim{background:none;box-shadow:none;color:inherit}
.anchor{scroll-margin-top:90px}
.anchor:target + a.mk{animation:flash 1.6s ease-out 2;outline:2px solid var(--fg)}
@keyframes flash{50%{outline-color:transparent}}
tr.claim-row:target th{background:#fff8c5}
ul.problems{padding-left:18px}ul.problems li.err{color:#a40e26}
footer.foot{margin:40px 0;padding:16px 0;border-top:1px solid var(--line);font-size:12.5px;color:var(--muted)}
.hidden{display:none!important}
@media (max-width:900px){ul.notes{display:none}.ln{grid-template-columns:48px minmax(0,1fr)}}
@media (max-width:720px){.wrap{padding:0 14px}h1{font-size:24px}.stat{min-width:90px}.stat dd{font-size:20px}.ln{grid-template-columns:36px minmax(0,1fr)}}
@media print{
  @page{margin:14mm}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  body{font-size:11pt}
  .filters,#panel,.noprint{display:none!important}
  header.top{background:none;padding-top:0}
  .matrix-wrap{overflow:visible;max-height:none;border:0}
  .matrix thead th,.matrix tbody th{position:static}
  td.cell button{width:30px;height:22px;font-size:12px}
  a{color:inherit;text-decoration:none}
  .finding,.mention,tr{break-inside:avoid}
  #articles{break-before:page}
  article.src{break-inside:auto;border:0}
  article.src + article.src{break-before:page}
  .text{font-size:11pt}
  .ln{grid-template-columns:30px minmax(0,1fr) 38%}
  ul.notes{display:block;padding:2px 0 0 12px;font-size:8pt}
}
`;

const SCRIPT = `
(function(){
"use strict";
var data=JSON.parse(document.getElementById("cc-data").textContent);
var panel=document.getElementById("panel"),body=document.getElementById("panel-body"),title=document.getElementById("panel-title");
var lastFocus=null,selected=null;
function claimOf(i){return data.claims[data.results[i][0]];}
function sourceOf(i){return data.sources[data.results[i][1]];}
function open(i,from){
  var t=document.getElementById("ev-"+i);
  body.textContent="";
  if(t){body.appendChild(t.content.cloneNode(true));}
  else{var p=document.createElement("p");p.className="ev-why";p.textContent="Nothing in this article matches the claim (no cue, name or quotation).";body.appendChild(p);}
  title.textContent=claimOf(i).id+" \\u00d7 "+sourceOf(i).id;
  if(selected)selected.classList.remove("sel");
  selected=document.querySelector('td.cell[data-r="'+i+'"]');
  if(selected)selected.classList.add("sel");
  lastFocus=from||document.activeElement;
  panel.hidden=false;
  document.body.classList.add("panel-open");
  document.getElementById("panel-close").focus();
}
function close(){
  panel.hidden=true;
  document.body.classList.remove("panel-open");
  if(selected){selected.classList.remove("sel");selected=null;}
  if(lastFocus&&lastFocus.focus)lastFocus.focus();
}
document.addEventListener("click",function(e){
  var el=e.target instanceof Element?e.target:null;if(!el)return;
  var cell=el.closest("td.cell[data-r] button");
  if(cell){open(+cell.parentNode.getAttribute("data-r"),cell);return;}
  var mk=el.closest("a.mk[data-r],a.mk-note[data-r]");
  if(mk&&!e.metaKey&&!e.ctrlKey&&!e.shiftKey){e.preventDefault();open(+mk.getAttribute("data-r"),mk);return;}
  if(el.closest("#panel-close")){close();}
});
document.addEventListener("keydown",function(e){if(e.key==="Escape"&&!panel.hidden){close();}});
var boxes=[].slice.call(document.querySelectorAll(".filters input[type=checkbox]"));
function checked(name){var s={};boxes.forEach(function(b){if(b.name===name&&b.checked)s[b.value]=1;});return s;}
var V=["agreement","conflict","omission"];
function apply(){
  var kinds=checked("kind"),verdicts=checked("verdict"),sevs=checked("severity");
  var onlyFindings=document.getElementById("only-findings").checked;
  var show=data.results.map(function(r){
    var c=data.claims[r[0]];
    return !!(kinds[c.kind]&&sevs[c.severity]&&verdicts[V[r[2]]]&&(!onlyFindings||(r[3]&1)));
  });
  var n=0;show.forEach(function(s){if(s)n++;});
  document.querySelectorAll("td.cell[data-r]").forEach(function(td){td.classList.toggle("dim",!show[+td.getAttribute("data-r")]);});
  document.querySelectorAll("tr.claim-row").forEach(function(tr){
    var any=tr.querySelector("td.cell[data-r]:not(.dim)");tr.classList.toggle("hidden",!any);
  });
  document.querySelectorAll("[data-finding]").forEach(function(f){f.classList.toggle("hidden",!show[+f.getAttribute("data-finding")]);});
  document.querySelectorAll("a.mk[data-rs]").forEach(function(a){
    var any=a.getAttribute("data-rs").split(" ").some(function(i){return show[+i];});a.classList.toggle("dim",!any);
  });
  document.querySelectorAll("a.mk-note[data-r]").forEach(function(a){a.parentNode.classList.toggle("dim",!show[+a.getAttribute("data-r")]);});
  document.getElementById("shown").textContent=n+" of "+data.results.length+" pairs shown";
}
boxes.forEach(function(b){b.addEventListener("change",apply);});
document.getElementById("filters-reset").addEventListener("click",function(){boxes.forEach(function(b){b.checked=b.id!=="only-findings";});apply();});
apply();
})();
`;

function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('base64');
}

function render(report: Report, ctx: FormatContext): string {
  const failOn = ctx.failOn;
  const s = report.summary;
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const sourceById = new Map(report.sources.map((x) => [x.id, x]));
  const claimIndex = new Map(report.claims.map((c, i) => [c.id, i]));
  const sourceIndex = new Map(report.sources.map((x, i) => [x.id, i]));
  const resultIndex = new Map(report.results.map((r, i) => [`${r.claim}\u0000${r.source}`, i]));
  const findings = report.results.map((r, i) => [r, i] as const).filter(([r]) => r.finding);
  const failing = findings.filter(([r]) => failsRun(r, failOn));
  // Under `--fail-on omission` plain omissions fail the run too (shown in the matrix).
  const failingOmissions = report.results.filter((r) => !r.finding && failsRun(r, failOn)).length;
  const bySource = groupResults(report.results, 'source');
  const others = findings.filter(([r]) => !r.waived && !failsRun(r, failOn));
  const waived = findings.filter(([r]) => r.waived);

  // Article highlights (computed first: evidence links only to words the page shows).
  const anchored = new Set<string>();
  const marksBySource = new Map<string, Mark[]>();
  report.results.forEach((r, i) => {
    const text = ctx.texts?.get(r.source);
    if (text === undefined) return;
    const lk = look(r, failOn);
    r.mentions.forEach((m, k) => {
      if (m.offset < 0 || m.offset + m.length > text.length || m.length <= 0) return;
      const mlook = m.verdict === 'conflict' ? lk : look({ ...r, verdict: 'agreement', waived: false }, failOn);
      const list = marksBySource.get(r.source) ?? [];
      list.push({
        start: m.offset,
        end: m.offset + m.length,
        r: i,
        k,
        look: mlook,
        title: `${r.claim}: ${m.message}`,
        claim: claimIndex.get(r.claim) ?? 0,
        claimId: r.claim,
        message: m.message,
      });
      marksBySource.set(r.source, list);
      anchored.add(`${i}:${k}`);
    });
  });
  const ids: Ids = { anchored, sourceIndex };

  const parts: string[] = [];
  const nFail = failing.length + failingOmissions;
  const fails = nFail > 0;
  const what = [failing.length ? plural(failing.length, 'finding') : '', failingOmissions ? plural(failingOmissions, 'omission') : '']
    .filter(Boolean)
    .join(' and ');
  const titleText = fails ? `${what} ${nFail === 1 ? 'fails' : 'fail'} the run` : 'Nothing fails the run';

  // Header.
  parts.push(`<header class="top"><div class="wrap">`);
  parts.push(`<div class="brand">${h(report.tool.name)} ${h(report.tool.version)}</div>`);
  parts.push(`<h1>Fact-check report</h1>`);
  const sub = [
    others.length ? plural(others.length, 'other finding') : '',
    waived.length ? `${waived.length} waived` : '',
  ].filter(Boolean);
  parts.push(
    `<p class="banner ${fails ? 'fail' : 'pass'}">${fails ? '✗' : '✓'} ${h(titleText)} <small>under <code>--fail-on ${h(failOn)}</code>${sub.length ? ' · ' + h(sub.join(' · ')) : ''}</small></p>`,
  );
  const stat = (cls: string, label: string, n: number) => `<div class="stat ${cls}"><dt>${h(label)}</dt><dd>${n}</dd></div>`;
  parts.push(
    `<dl class="stats">` +
      stat('', 'Claims', s.claims) +
      stat('', 'Articles', s.sources) +
      stat('s-agree', 'Agree', s.agreement) +
      stat('s-conflict', 'Conflict', s.conflict) +
      stat('s-omit', 'Not mentioned', s.omission) +
      stat('s-findings', 'Findings', s.findings) +
      stat('s-waived', 'Waived', s.waived) +
      `</dl>`,
  );
  if (report.shard) parts.push(`<p class="note">Shard ${report.shard.index}/${report.shard.count} of the articles.</p>`);
  if (s.unmatched.length > 0) {
    parts.push(
      `<p class="note"><strong>${h(plural(s.unmatched.length, 'claim'))} matched nothing in any article</strong> — often a typo in the cues: ` +
        s.unmatched.map((id) => `<a href="#c-${claimIndex.get(id) ?? 0}"><code>${h(id)}</code></a>`).join(', ') +
        `</p>`,
    );
  }
  if (report.problems.some((p) => p.severity === 'error')) {
    parts.push(`<p class="note">The run had input errors: see <a href="#problems">Problems</a>.</p>`);
  }
  parts.push(`</div></header>`);

  // Filters.
  const kinds = [...new Set(report.claims.map((c) => c.kind))].sort();
  const countBy = <T,>(xs: readonly T[], f: (x: T) => string) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(f(x), (m.get(f(x)) ?? 0) + 1);
    return m;
  };
  const byKind = countBy(report.results, (r) => claims.get(r.claim)?.kind ?? '');
  const byVerdict = countBy(report.results, (r) => r.verdict);
  const bySev = countBy(report.results, (r) => r.severity);
  const chip = (name: string, value: string, label: string, n: number) =>
    `<label class="chip"><input class="f" type="checkbox" name="${name}" value="${h(value)}" checked> ${h(label)} <span class="n">${n}</span></label>`;
  parts.push(`<nav class="filters" aria-label="Filters"><div class="wrap">`);
  parts.push(`<fieldset><legend>Kind</legend>${kinds.map((k) => chip('kind', k, k, byKind.get(k) ?? 0)).join('')}</fieldset>`);
  parts.push(
    `<fieldset><legend>Verdict</legend>${chip('verdict', 'agreement', 'agrees', byVerdict.get('agreement') ?? 0)}${chip('verdict', 'conflict', 'conflict', byVerdict.get('conflict') ?? 0)}${chip('verdict', 'omission', 'not mentioned', byVerdict.get('omission') ?? 0)}</fieldset>`,
  );
  parts.push(
    `<fieldset><legend>Severity</legend>${chip('severity', 'error', 'error', bySev.get('error') ?? 0)}${chip('severity', 'warning', 'warning', bySev.get('warning') ?? 0)}</fieldset>`,
  );
  parts.push(
    `<fieldset><label class="chip"><input type="checkbox" id="only-findings" name="only" value="findings"> findings only <span class="n">${s.findings}</span></label>` +
      `<button type="button" id="filters-reset" class="chip">reset</button></fieldset>`,
  );
  parts.push(`<span id="shown" aria-live="polite">${report.results.length} of ${report.results.length} pairs shown</span>`);
  parts.push(`</div></nav>`);

  parts.push(`<main class="wrap">`);

  // Matrix.
  let matrixClaims = report.claims;
  let matrixNote = '';
  if (report.claims.length * report.sources.length > MAX_MATRIX_CELLS) {
    const keep = new Set(report.results.filter((r) => r.finding || r.verdict === 'conflict').map((r) => r.claim));
    matrixClaims = report.claims.filter((c) => keep.has(c.id));
    matrixNote = `<p class="note">${report.claims.length} claims × ${report.sources.length} articles is too large to draw; the matrix shows the ${matrixClaims.length} claims with a finding.</p>`;
  }
  parts.push(`<section id="matrix"><h2>Claims × articles</h2>${matrixNote}`);
  parts.push(`<div class="matrix-wrap"><table class="matrix"><thead><tr><th class="corner" scope="col">Claim</th>`);
  for (const [j, x] of report.sources.entries()) {
    parts.push(
      `<th class="src" scope="col"><a href="#s-${j}" title="${h(x.title ?? x.path)}">${h(x.id)}</a>${x.date ? `<small>${h(x.date)}</small>` : ''}</th>`,
    );
  }
  parts.push(`<th scope="col" class="tot" title="agree">✓</th><th scope="col" class="tot" title="conflict">✗</th><th scope="col" class="tot" title="not mentioned">·</th></tr></thead><tbody>`);
  for (const c of matrixClaims) {
    const ci = claimIndex.get(c.id)!;
    const row: string[] = [];
    let nA = 0;
    let nC = 0;
    let nO = 0;
    for (const x of report.sources) {
      const i = resultIndex.get(`${c.id}\u0000${x.id}`);
      if (i === undefined) {
        row.push(`<td class="cell na" title="the claim does not apply to this article"></td>`);
        continue;
      }
      const r = report.results[i]!;
      if (r.verdict === 'agreement') nA++;
      else if (r.verdict === 'conflict') nC++;
      else nO++;
      const lk = look(r, failOn);
      const cnt = r.mentions.length > 0 ? `<span class="cnt">${r.mentions.length}</span>` : '';
      const label = `${c.id} in ${x.id}: ${lk.label}${r.mentions.length ? `, ${plural(r.mentions.length, 'mention')}` : ''}`;
      row.push(
        `<td class="cell ${lk.cls}" data-r="${i}"><button type="button" aria-label="${h(label)}" title="${h(label)}">${lk.symbol}${cnt}</button></td>`,
      );
    }
    parts.push(
      `<tr class="claim-row" id="c-${ci}"><th scope="row"><span class="claim-id">${h(c.id)}</span> <span class="kind k-${h(c.kind)}">${h(c.kind)}</span>` +
        (c.severity === 'warning' ? ` <span class="kind">warning</span>` : '') +
        (c.required ? ` <span class="kind">required</span>` : '') +
        (c.subject ? `<div class="subject">${h(c.subject)}</div>` : '') +
        `</th>${row.join('')}<td class="tot">${nA}</td><td class="tot${nC ? ' t-c' : ''}">${nC}</td><td class="tot">${nO}</td></tr>`,
    );
  }
  parts.push(`</tbody><tfoot><tr><th scope="row">conflicts per article</th>`);
  for (const x of report.sources) {
    parts.push(`<td>${(bySource.get(x.id) ?? []).filter((r) => r.verdict === 'conflict').length}</td>`);
  }
  parts.push(`<td></td><td>${s.conflict}</td><td></td></tr></tfoot></table></div>`);
  parts.push(
    `<ul class="legend">` +
      `<li><span class="sw v-agreement">✓</span> agrees</li>` +
      `<li><span class="sw v-conflict">✗</span> conflict that fails the run</li>` +
      `<li><span class="sw v-warning">✗</span> conflict that does not fail</li>` +
      `<li><span class="sw v-waived">✓</span> waived</li>` +
      `<li><span class="sw v-required">!</span> not mentioned, fails the run</li>` +
      `<li><span class="sw v-omission unreadable">?</span> cue found, value unreadable</li>` +
      `<li><span class="sw v-omission">·</span> not mentioned</li>` +
      `<li><span class="sw v-agreement">✓<sup>2</sup></span> small number: mentions read</li>` +
      `</ul>`,
  );
  parts.push(`</section>`);

  // Findings.
  const ordered = [...failing, ...others, ...waived];
  parts.push(`<section id="findings"><h2>Findings <span class="muted">(${ordered.length})</span></h2>`);
  if (ordered.length === 0) parts.push(`<p>No findings.</p>`);
  ordered.forEach(([r, i], n) => {
    const lk = look(r, failOn);
    parts.push(
      `<section class="finding ${lk.cls}" data-finding="${i}"><h3><span class="n">${n + 1}.</span> <code>${h(r.claim)}</code> <span class="muted">in</span> <code>${h(r.source)}</code></h3>` +
        evidenceHtml(i, r, claims.get(r.claim), sourceById.get(r.source), ctx, ids) +
        `</section>`,
    );
  });
  parts.push(`</section>`);

  // Articles.
  parts.push(`<section id="articles"><h2>Articles</h2>`);
  if (!ctx.texts) parts.push(`<p class="muted">The article texts were not available to this report.</p>`);
  for (const [j, x] of report.sources.entries()) {
    const text = ctx.texts?.get(x.id);
    const rs = bySource.get(x.id) ?? [];
    const c = (v: string) => rs.filter((r) => r.verdict === v).length;
    const meta = [x.path, x.date ? `published ${x.date}` : 'no publication date', x.outlet ?? ''].filter(Boolean);
    parts.push(
      `<article class="src" id="s-${j}"><header><h3>${h(x.title ?? x.id)}</h3><div class="src-meta">${meta.map(h).join(' · ')}` +
        (x.url && /^https?:\/\//i.test(x.url) ? ` · <a href="${h(x.url)}" rel="noreferrer noopener">${h(x.url)}</a>` : '') +
        `</div><div class="src-counts"><span class="badge v-agreement">${c('agreement')} agree</span><span class="badge v-conflict">${c('conflict')} conflict</span><span class="badge plain">${c('omission')} not mentioned</span></div></header>`,
    );
    if (text !== undefined) parts.push(`<div class="text">${articleHtml(text, marksBySource.get(x.id) ?? [])}</div>`);
    parts.push(`</article>`);
  }
  parts.push(`</section>`);

  if (report.problems.length > 0) {
    parts.push(`<section id="problems"><h2>Problems <span class="muted">(${report.problems.length})</span></h2><ul class="problems">${report.problems.map(problemHtml).join('')}</ul></section>`);
  }
  parts.push(
    `<footer class="foot">${h(report.tool.name)} ${h(report.tool.version)} · claims <code>${h(report.claimsDigest)}</code></footer>`,
  );
  parts.push(`</main>`);

  // Evidence panel and templates.
  parts.push(
    `<aside id="panel" hidden aria-labelledby="panel-title"><header><h2 id="panel-title"></h2><button type="button" id="panel-close" aria-label="Close">×</button></header><div id="panel-body"></div></aside>`,
  );
  report.results.forEach((r, i) => {
    if (r.verdict === 'omission' && r.reason !== 'unreadable' && !r.finding && !failsRun(r, failOn)) return;
    parts.push(`<template id="ev-${i}">${evidenceHtml(i, r, claims.get(r.claim), sourceById.get(r.source), ctx, ids)}</template>`);
  });

  const data = {
    claims: report.claims.map((c) => ({ id: c.id, kind: c.kind, severity: c.severity })),
    sources: report.sources.map((x) => ({ id: x.id })),
    // [claim index, source index, verdict (0 agreement, 1 conflict, 2 omission), flags (1 finding, 2 waived, 4 fails the run)]
    results: report.results.map((r) => [
      claimIndex.get(r.claim) ?? 0,
      sourceIndex.get(r.source) ?? 0,
      r.verdict === 'agreement' ? 0 : r.verdict === 'conflict' ? 1 : 2,
      (r.finding ? 1 : 0) | (r.waived ? 2 : 0) | (failsRun(r, failOn) ? 4 : 0),
    ]),
  };
  parts.push(`<script type="application/json" id="cc-data">${jsonForScript(data)}</script>`);
  parts.push(`<script>${SCRIPT}</script>`);

  const csp =
    `default-src 'none'; style-src '${'sha256-' + sha256(STYLE)}'; script-src '${'sha256-' + sha256(SCRIPT)}'; ` +
    `img-src data:; base-uri 'none'; form-action 'none'`;
  const head =
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${h(csp)}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="generator" content="${h(`${report.tool.name} ${report.tool.version}`)}">\n` +
    `<title>${h(`crosscheck — ${titleText}`)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n`;
  return head + parts.join('\n') + '\n</body>\n</html>\n';
}

export const html: Formatter = {
  description: 'a self-contained page: matrix, evidence, highlighted articles (works offline)',
  extension: 'html',
  render,
};
