/**
 * Escaping for the text formats (HTML, XML, Markdown, GitHub workflow commands) and the
 * few report helpers those formatters share. Every function is pure.
 */
import type { ClaimKind, DiffPart, ReportMention, ReportResult } from '../report/types.js';

// ---------------------------------------------------------------------------------------
// HTML

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and (double- or single-quoted) attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON that is safe inside `<script>…</script>`: `<`, `>` and `&` become `\u003c`… so
 * neither `</script` nor `<!--` can end or confuse the script element, and U+2028/U+2029
 * are escaped as well (legal in JSON, line terminators in older JavaScript).
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

// ---------------------------------------------------------------------------------------
// XML 1.0

/**
 * Removes what XML 1.0 forbids: C0 controls other than TAB/LF/CR, lone surrogates,
 * U+FFFE and U+FFFF. (`u` flag: a well-formed surrogate pair is one code point and kept.)
 */
export function stripInvalidXml(s: string): string {
  return s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Escapes element content. */
export function escapeXmlText(s: string): string {
  return stripInvalidXml(s).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

const XML_ATTR: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes a double-quoted attribute value; TAB/LF/CR become character references so they survive attribute normalisation. */
export function escapeXmlAttr(s: string): string {
  return stripInvalidXml(s).replace(/[&<>"\t\n\r]/g, (c) => XML_ATTR[c]!);
}

// ---------------------------------------------------------------------------------------
// Markdown (CommonMark + GitHub Flavored Markdown)

/** Collapses every run of white space (line breaks, U+2028/9, tabs) into one space and drops control characters. */
export function oneLine(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .trim();
}

/**
 * Escapes a fragment of article or claim text for inline Markdown: white space collapsed
 * (not trimmed), and backslash escapes for the punctuation that starts markup anywhere
 * (`\` `` ` `` `*` `_` `[` `]` `<` `>` `|` `~` `$` — GitHub renders `$…$` as math) and for an
 * entity-like `&`. An `@` before a word gets a word joiner (U+2060) so pasting a report
 * never notifies a GitHub user. Safe inside a GFM table cell (`|` is escaped).
 */
export function escapeMarkdownFragment(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]<>|~$]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u2060');
}

/**
 * Escapes text for inline Markdown on one line (see `escapeMarkdownFragment`), trimmed,
 * and also escapes what would start a block at the beginning of a line: `#`, `-`, `+`,
 * `=`, `1.`/`1)`.
 */
export function escapeMarkdown(s: string): string {
  return escapeMarkdownFragment(oneLine(s))
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * An inline code span holding `s` literally: the fence is one backtick longer than the
 * longest run inside. `inTable` also escapes `|`, which GFM splits cells on even inside code.
 */
export function markdownCode(s: string, inTable = false): string {
  let text = oneLine(s);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  if (inTable) text = text.replace(/\|/g, '\\|');
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run in `body`. */
export function markdownFence(body: string, info = ''): string {
  const longest = Math.max(0, ...(body.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${body}\n${fence}`;
}

// ---------------------------------------------------------------------------------------
// Shared report helpers

/** `path:line:column` — the location form every format uses. */
export function location(path: string, line: number, column: number): string {
  return `${path}:${line}:${column}`;
}

/** A path as a relative URI reference with forward slashes, each segment percent-encoded. */
export function pathToUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/** The two sides of a diff: what the claim says and what the article says. */
export function diffSides(diff: readonly DiffPart[]): { claim: string; article: string } {
  let claim = '';
  let article = '';
  for (const [op, text] of diff) {
    if (op <= 0) claim += text;
    if (op >= 0) article += text;
  }
  return { claim, article };
}

/** The SPEC's bracket notation of a diff: `Ch[-o-][+u+]ng`. */
export function diffBrackets(diff: readonly DiffPart[]): string {
  return diff.map(([op, text]) => (op === 0 ? text : op < 0 ? `[-${text}-]` : `[+${text}+]`)).join('');
}

/**
 * Where the mention's words start inside its sentence (UTF-16 index into `sentence`), or -1.
 * The report's sentence has its white space collapsed, so this is found, not stored: a
 * single occurrence of the words is taken; when they occur more than once, the article
 * text decides — the occurrence around which the sentence matches the text around
 * `offset` (white space collapsed alike). Without the text, an ambiguous mention is
 * not placed (-1) rather than placed wrongly.
 */
export function mentionInSentence(m: ReportMention, text?: string): number {
  const ws = (s: string) => s.replace(/\s+/g, ' ');
  const needle = m.sentence.includes(m.text) ? m.text : ws(m.text).trim();
  if (needle === '') return -1;
  const hits: number[] = [];
  for (let i = m.sentence.indexOf(needle); i !== -1; i = m.sentence.indexOf(needle, i + 1)) hits.push(i);
  if (hits.length <= 1) return hits[0] ?? -1;
  if (text === undefined) return -1;
  for (const k of hits) {
    const prefix = m.sentence.slice(0, k);
    const suffix = m.sentence.slice(k);
    const before = ws(text.slice(Math.max(0, m.offset - 4 * prefix.length - 64), m.offset));
    const after = ws(text.slice(m.offset, m.offset + 4 * suffix.length + 64));
    if (before.endsWith(prefix) && after.startsWith(suffix)) return k;
  }
  return -1;
}

/** The mentions that make a result a conflict, in document order. */
export function conflictMentions(r: ReportResult): ReportMention[] {
  return r.mentions.filter((m) => m.verdict === 'conflict').sort((a, b) => a.offset - b.offset);
}

/**
 * The code of a finding: its first conflicting mention's; `omission/required` for a
 * required claim's omission; `omission/absent` or `omission/unreadable` for other omissions
 * (they fail the run only under `--fail-on omission`).
 */
export function findingCode(r: ReportResult, kind?: ClaimKind): string {
  if (r.verdict === 'omission') return r.finding ? 'omission/required' : `omission/${r.reason ?? 'absent'}`;
  return conflictMentions(r)[0]?.code ?? `${kind ?? 'claim'}/conflict`;
}

/** Groups results by claim id or source id, keeping report order (one pass, for large reports). */
export function groupResults(results: readonly ReportResult[], by: 'claim' | 'source'): Map<string, ReportResult[]> {
  const out = new Map<string, ReportResult[]>();
  for (const r of results) {
    const list = out.get(r[by]);
    if (list) list.push(r);
    else out.set(r[by], [r]);
  }
  return out;
}

/** Pluralises a count: `plural(2, 'finding')` → `2 findings`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
