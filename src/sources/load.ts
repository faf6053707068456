/**
 * Reading articles (SPEC §1): `.txt`/`.md` files under the sources folders, UTF-8 with
 * or without BOM, LF or CRLF, with an optional `date YYYY-MM-DD` header or YAML front
 * matter. Every unreadable or undecodable file is a problem naming it, never skipped.
 */
import { isMap, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { isRealDate } from '../core/calendar.js';
import { decodeUtf8, errText, mib, NOT_REGULAR, type Io } from '../core/io.js';
import { shorten, type Problem } from '../core/problem.js';
import { SourceFile, type SourceMeta } from '../core/source-file.js';
import { findFiles, type FoundFile } from '../core/walk.js';

/** Source file extensions read from folders. */
export const SOURCE_EXTENSIONS = ['.txt', '.md'] as const;

/** Largest article read, in bytes. Larger files are an input error (documented in the README). */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

const NO_META: SourceMeta = { date: null, title: null, outlet: null, url: null, author: null };

export interface LoadedSources {
  readonly sources: SourceFile[];
  readonly problems: Problem[];
}

/** Finds and reads every source under `paths`. Sources are sorted by id. */
export async function loadSources(io: Io, paths: readonly string[]): Promise<LoadedSources> {
  const { files, problems } = await findFiles(io, paths, SOURCE_EXTENSIONS, 'sources');
  const sources: SourceFile[] = [];
  const byId = new Map<string, FoundFile>();
  for (const f of files) {
    const id = sourceId(f.rel);
    const twin = byId.get(id);
    if (twin) {
      problems.push({
        code: 'sources/duplicate-id',
        severity: 'error',
        file: f.display,
        message: `source id "${id}" is also the id of ${twin.display}`,
        hint: 'rename one of the files',
      });
      continue;
    }
    byId.set(id, f);
    let bytes: Buffer;
    try {
      const st = await io.fs.stat(f.abs);
      if (!st.isFile()) {
        problems.push({ code: 'sources/unreadable', severity: 'error', file: f.display, message: NOT_REGULAR });
        continue;
      }
      if (st.size > MAX_SOURCE_BYTES) {
        problems.push(tooLarge(f.display, st.size));
        continue;
      }
      bytes = await io.fs.readFile(f.abs);
    } catch (e) {
      problems.push({ code: 'sources/unreadable', severity: 'error', file: f.display, message: `cannot read article: ${errText(e)}` });
      continue;
    }
    if (bytes.length > MAX_SOURCE_BYTES) {
      problems.push(tooLarge(f.display, bytes.length)); // it grew after it was measured
      continue;
    }
    const parsed = parseSource(id, f.display, bytes);
    problems.push(...parsed.problems);
    if (parsed.source) sources.push(parsed.source);
  }
  sources.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { sources, problems };
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function tooLarge(display: string, size: number): Problem {
  return {
    code: 'sources/too-large',
    severity: 'error',
    file: display,
    message: `article is ${mib(size)} MiB; the limit is ${mib(MAX_SOURCE_BYTES, true)} MiB`,
    hint: 'split the file into articles',
  };
}

/** Source id from a path relative to its sources folder: extension dropped, `/` separators. */
export function sourceId(rel: string): string {
  return rel.replace(/\.[^./]*$/, '');
}

/**
 * Decodes and parses one article. `bytes` must be UTF-8; a BOM is dropped (offsets then
 * count from the first character after it). Never throws.
 */
export function parseSource(id: string, display: string, bytes: Uint8Array): { source?: SourceFile; problems: Problem[] } {
  if (CONTROL.test(id)) {
    // A line break in an id would forge lines in reports and CI logs.
    return { problems: [{ code: 'sources/bad-name', severity: 'error', file: display, message: 'the file name contains a control character (a line break, a tab…)', hint: 'rename the file' }] };
  }
  const decoded = decodeUtf8(bytes);
  if (!('text' in decoded)) {
    const { message, line, column } = decoded.error;
    return { problems: [{ code: 'sources/invalid-utf8', severity: 'error', file: display, line, column, message, hint: 'save the article as UTF-8' }] };
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const src = new SourceFile(id, display, text, 0, NO_META);
    const pos = src.position(nul);
    return {
      problems: [
        { code: 'sources/binary', severity: 'error', file: display, line: pos.line, column: pos.column, message: 'contains a NUL byte: this looks like a binary file, not an article' },
      ],
    };
  }
  return parseHeader(id, display, text);
}

const DATE_HEADER = /^[ \t\r\n]*date[ \t]+(\d{4}-\d{2}-\d{2})(?=[ \t\r\n]|$)[ \t]*(?:\r?\n)?/;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const META_KEYS = ['date', 'title', 'outlet', 'url', 'author'] as const;

function parseHeader(id: string, display: string, text: string): { source?: SourceFile; problems: Problem[] } {
  const probe = new SourceFile(id, display, text, 0, NO_META);
  const header = DATE_HEADER.exec(text);
  if (header) {
    const date = header[1]!;
    const at = probe.position(header[0].indexOf('date'));
    if (!isRealDate(date)) {
      return { problems: [{ code: 'sources/bad-date', severity: 'error', file: display, line: at.line, column: at.column + 5, message: `"${date}" is not a real date` }] };
    }
    return { source: new SourceFile(id, display, text, header[0].length, { ...NO_META, date }), problems: [] };
  }
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    const offset = text.indexOf('\n') + 1; // the YAML starts on line 2
    const read = readFrontMatter(fm[1]!);
    if ('problems' in read) {
      return {
        problems: read.problems.map((p) => {
          const pos = probe.position(offset + p.at);
          return { code: p.code, severity: 'error', file: display, line: pos.line, column: pos.column, message: p.message };
        }),
      };
    }
    return { source: new SourceFile(id, display, text, fm[0].length, read.meta), problems: [] };
  }
  return { source: new SourceFile(id, display, text, 0, NO_META), problems: [] };
}

/**
 * Reads front matter (SPEC §1). Only the metadata keys' values are looked at, so nothing
 * else in it is ever expanded (an alias bomb under another key costs nothing); a parser
 * stack overflow on absurd nesting is one problem. Positions are offsets into `yaml`.
 */
function readFrontMatter(yaml: string): { meta: SourceMeta } | { problems: { code: string; at: number; message: string }[] } {
  return readSimpleFrontMatter(yaml) ?? readYamlFrontMatter(yaml);
}

/**
 * One line of the front matter most articles have: `key: value`, the value a double- or
 * single-quoted string without escapes, a date, or a plain scalar that YAML reads as that
 * same text: it starts with a letter and holds no control character, no `: ` and no ` #`
 * (and is not one of YAML_WORDS).
 */
const SIMPLE_LINE =
  /^([A-Za-z_][A-Za-z0-9_-]*):[ \t]+(?:"([^"\\\p{Cc}\u2028\u2029\ufeff]*)"|'([^'\p{Cc}\u2028\u2029\ufeff]*)'|(\d{4}-\d{2}-\d{2})|(\p{L}(?:[^:#\p{Cc}\u2028\u2029\ufeff]|:(?=[^ \t])|(?<=[^ \t])#)*))[ \t]*$/u;
/** Plain scalars YAML (1.2 core, or 1.1) does not read as text. */
const YAML_WORDS = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/**
 * Front matter made only of simple lines (SIMPLE_LINE) with distinct keys, read without the
 * YAML parser (most of an article's parsing time otherwise); anything else, undefined:
 * the parser reads it. test/sources-load.test.ts checks both agree.
 */
export function readSimpleFrontMatter(yaml: string): { meta: SourceMeta } | { problems: { code: string; at: number; message: string }[] } | undefined {
  const meta: { -readonly [K in keyof SourceMeta]: string | null } = { ...NO_META };
  const keys = new Set<string>();
  if (/\r(?!\n)/.test(yaml)) return undefined; // a bare CR: the parser decides what it is
  for (const line of yaml.split('\n')) {
    const m = SIMPLE_LINE.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
    if (!m) return undefined;
    const key = m[1]!;
    if (keys.has(key) || YAML_WORDS.test(key)) return undefined; // ("null:" and "NULL:" are one key to YAML)
    keys.add(key);
    const plain = m[5]?.replace(/[ \t]+$/, ''); // (YAML trims spaces and tabs only)
    if (plain !== undefined && YAML_WORDS.test(plain)) return undefined;
    if (!(META_KEYS as readonly string[]).includes(key)) continue;
    const v = m[2] ?? m[3] ?? m[4] ?? plain!;
    if (key === 'date' && !(/^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v))) return undefined; // the parser words the problem
    meta[key as (typeof META_KEYS)[number]] = v;
  }
  return { meta };
}

/** Front matter read by the YAML parser: any front matter, with its problems. */
export function readYamlFrontMatter(yaml: string): { meta: SourceMeta } | { problems: { code: string; at: number; message: string }[] } {
  const problems: { code: string; at: number; message: string }[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  } catch (e) {
    return { problems: [{ code: 'sources/front-matter', at: 0, message: `front matter: ${e instanceof RangeError ? NESTED : e instanceof Error ? e.message : String(e)}` }] };
  }
  // Reported at the front matter's start: where the parser gives up depends on the stack left.
  if (doc.errors.some((err) => /call stack/i.test(err.message))) return { problems: [{ code: 'sources/front-matter', at: 0, message: `front matter: ${NESTED}` }] };
  for (const err of doc.errors) {
    problems.push({ code: 'sources/front-matter', at: err.pos[0], message: `front matter: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` });
  }
  if (problems.length) return { problems };
  const meta: { -readonly [K in keyof SourceMeta]: string | null } = { ...NO_META };
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { meta };
  if (!isMap(root)) {
    return { problems: [{ code: 'sources/front-matter', at: root.range?.[0] ?? 0, message: 'front matter must be a mapping of date, title, outlet, url, author' }] };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key !== 'string' || !(META_KEYS as readonly string[]).includes(key)) continue; // other keys are the publisher's business
    const k = key as (typeof META_KEYS)[number];
    const node = pair.value as Node | null;
    const at = node?.range?.[0] ?? (pair.key as Node).range?.[0] ?? 0;
    const value: unknown = node === null ? null : isScalar(node) ? node.value : undefined;
    let v: string | null;
    if (value instanceof Date) v = Number.isNaN(value.getTime()) ? String(node) : value.toISOString().slice(0, 10);
    else if (value === null) v = null;
    else if (typeof value === 'string' || typeof value === 'number') v = String(value);
    else {
      problems.push({ code: 'sources/front-matter', at, message: `front matter "${key}" must be text` });
      continue;
    }
    if (k === 'date' && v !== null && !(/^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v))) {
      problems.push({ code: 'sources/bad-date', at, message: `front matter date "${shorten(v)}" is not a date in the form YYYY-MM-DD` });
      continue;
    }
    meta[k] = v;
  }
  return problems.length ? { problems } : { meta };
}

const NESTED = 'it is nested too deeply';
