/**
 * Reading articles (SPEC §1): `.txt`/`.md` files under the sources folders, UTF-8 with
 * or without BOM, LF or CRLF, with an optional `date YYYY-MM-DD` header or YAML front
 * matter. Every unreadable or undecodable file is a problem naming it, never skipped.
 */
import { parseDocument } from 'yaml';
import { isRealDate } from '../core/calendar.js';
import type { Io } from '../core/io.js';
import type { Problem } from '../core/problem.js';
import { SourceFile, type SourceMeta } from '../core/source-file.js';
import { errText, findFiles, type FoundFile } from '../core/walk.js';

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
      if (st.size > MAX_SOURCE_BYTES) {
        problems.push({
          code: 'sources/too-large',
          severity: 'error',
          file: f.display,
          message: `article is ${(st.size / 1048576).toFixed(1)} MiB; the limit is ${MAX_SOURCE_BYTES / 1048576} MiB`,
          hint: 'split the file into articles',
        });
        continue;
      }
      bytes = await io.fs.readFile(f.abs);
    } catch (e) {
      problems.push({ code: 'sources/unreadable', severity: 'error', file: f.display, message: `cannot read article: ${errText(e)}` });
      continue;
    }
    const parsed = parseSource(id, f.display, bytes);
    problems.push(...parsed.problems);
    if (parsed.source) sources.push(parsed.source);
  }
  sources.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { sources, problems };
}

/** Source id from a path relative to its sources folder: extension dropped, `/` separators. */
export function sourceId(rel: string): string {
  return rel.replace(/\.[^./]*$/, '');
}

/**
 * Decodes and parses one article. `bytes` must be UTF-8; a BOM is dropped (offsets then
 * count from the first character after it).
 */
export function parseSource(id: string, display: string, bytes: Uint8Array): { source?: SourceFile; problems: Problem[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      problems: [
        {
          code: 'sources/invalid-utf8',
          severity: 'error',
          file: display,
          ...(at ? { line: at.line, column: at.column } : {}),
          message: `not valid UTF-8${at ? ` (byte offset ${at.byte})` : ''}`,
          hint: 'save the article as UTF-8',
        },
      ],
    };
  }
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
  const problems: Problem[] = [];
  const probe = new SourceFile(id, display, text, 0, NO_META);
  const header = DATE_HEADER.exec(text);
  if (header) {
    const date = header[1]!;
    const at = probe.position(header[0].indexOf('date'));
    if (!isRealDate(date)) {
      problems.push({ code: 'sources/bad-date', severity: 'error', file: display, line: at.line, column: at.column + 5, message: `"${date}" is not a real date` });
      return { problems };
    }
    return { source: new SourceFile(id, display, text, header[0].length, { ...NO_META, date }), problems };
  }
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    const doc = parseDocument(fm[1]!, { uniqueKeys: true });
    const bodyStart = fm[0].length;
    const offset = text.indexOf('\n') + 1; // the YAML starts on line 2
    for (const err of doc.errors) {
      const pos = probe.position(offset + (err.pos[0] ?? 0));
      problems.push({ code: 'sources/front-matter', severity: 'error', file: display, line: pos.line, column: pos.column, message: `front matter: ${err.message.split('\n')[0]}` });
    }
    if (problems.length) return { problems };
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch {
      const pos = probe.position(offset);
      return { problems: [{ code: 'sources/front-matter', severity: 'error', file: display, line: pos.line, column: pos.column, message: 'front matter: too many alias references' }] };
    }
    const meta: { -readonly [K in keyof SourceMeta]: string | null } = { ...NO_META };
    if (data !== null && data !== undefined) {
      if (typeof data !== 'object' || Array.isArray(data)) {
        const pos = probe.position(offset);
        problems.push({ code: 'sources/front-matter', severity: 'error', file: display, line: pos.line, column: pos.column, message: 'front matter must be a mapping of date, title, outlet, url, author' });
        return { problems };
      }
      for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
        const node = doc.get(key, true) as { range?: [number, number, number] } | undefined;
        const pos = probe.position(offset + (node?.range?.[0] ?? 0));
        const k = key as (typeof META_KEYS)[number];
        if (!META_KEYS.includes(k)) continue; // other keys are the publisher's business
        let v: string | null;
        if (value instanceof Date) v = value.toISOString().slice(0, 10);
        else if (value === null) v = null;
        else if (typeof value === 'string' || typeof value === 'number') v = String(value);
        else {
          problems.push({ code: 'sources/front-matter', severity: 'error', file: display, line: pos.line, column: pos.column, message: `front matter "${key}" must be text` });
          continue;
        }
        if (k === 'date' && v !== null && !(/^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v))) {
          problems.push({ code: 'sources/bad-date', severity: 'error', file: display, line: pos.line, column: pos.column, message: `front matter date "${v}" is not a date in the form YYYY-MM-DD` });
          continue;
        }
        meta[k] = v;
      }
    }
    if (problems.length) return { problems };
    return { source: new SourceFile(id, display, text, bodyStart, meta), problems };
  }
  return { source: new SourceFile(id, display, text, 0, NO_META), problems };
}

/** Locates the first invalid UTF-8 sequence: byte offset and the line/column before it. */
function firstInvalidUtf8(bytes: Uint8Array): { byte: number; line: number; column: number } | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else break;
    let ok = i + n < bytes.length;
    for (let k = 1; ok && k <= n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (!ok) break;
    if (n > 0) {
      // overlongs and surrogates
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + n + 1));
      } catch {
        break;
      }
    }
    i += n + 1;
  }
  if (i >= bytes.length) return undefined;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, i));
  const lines = before.split('\n');
  return { byte: i, line: lines.length, column: lines[lines.length - 1]!.replace(/^\uFEFF/, '').length + 1 };
}
