/**
 * YAML with positions, validated by a JSON Schema (ajv), every problem as
 * `file:line:column: message`. Shared by claim files and the config file.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from '../core/problem.js';
import { didYouMean } from '../core/suggest.js';

/** Largest YAML file read, in bytes (claims, config, waivers). */
export const MAX_YAML_BYTES = 8 * 1024 * 1024;

export interface ParsedYaml {
  readonly doc: Document.Parsed;
  readonly data: unknown;
  readonly lines: LineCounter;
  /** 1-based line/column of a path in the document (the key for a missing or unknown field). */
  readonly locate: (path: readonly (string | number)[], key?: string) => { line: number; column: number };
}

/** Parses YAML text; syntax errors, alias bombs and over-deep documents become problems. */
export function parseYaml(file: string, text: string, area = 'yaml'): { parsed?: ParsedYaml; problems: Problem[] } {
  const lines = new LineCounter();
  const problems: Problem[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    return { problems: [{ code: `${area}/syntax`, severity: 'error', file, line: 1, column: 1, message: `cannot parse YAML: ${e instanceof RangeError ? 'the document is nested too deeply' : String(e)}` }] };
  }
  const at = (offset: number): { line: number; column: number } => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const err of doc.errors) {
    problems.push({ code: `${area}/syntax`, severity: 'error', file, ...at(err.pos[0]), message: err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') });
  }
  if (problems.length) return { problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    const msg = e instanceof RangeError ? 'the document is nested too deeply' : e instanceof Error ? e.message : String(e);
    return {
      problems: [{ code: `${area}/aliases`, severity: 'error', file, line: 1, column: 1, message: `cannot load YAML: ${/alias/i.test(msg) ? 'too many alias references (a "billion laughs" document?)' : msg}` }],
    };
  }
  const locate = (path: readonly (string | number)[], key?: string): { line: number; column: number } => {
    let node: unknown = doc.contents;
    let best: number = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const seg of path) {
      const next: unknown = isMap(node) || isSeq(node) ? (node as { get: (k: unknown, keep: boolean) => unknown }).get(seg, true) : undefined;
      if (next === undefined || next === null) break;
      if (isMap(node) && typeof seg === 'string') {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
        if (pair && isScalar(pair.key) && pair.key.range) best = pair.key.range[0];
      }
      node = next;
      const r = (node as Node).range;
      if (r && !(isMap(node) && typeof seg === 'string')) best = r[0];
    }
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) best = pair.key.range[0];
    }
    return at(best);
  };
  return { parsed: { doc, data, lines, locate }, problems };
}

/** One ajv instance for the process (schemas are compiled once). */
export const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, discriminator: true, allowUnionTypes: true, unicodeRegExp: true });

/** Turns ajv errors into problems, located in the YAML, with friendly messages. */
export function schemaProblems(
  file: string,
  parsed: ParsedYaml,
  validate: ValidateFunction,
  area: string,
  describe: (e: ErrorObject) => string | undefined = () => undefined,
): Problem[] {
  const errors = validate.errors ?? [];
  const out: Problem[] = [];
  const seen = new Set<string>();
  // A missing field that an unknown field in the same mapping probably meant is said once, by the unknown field.
  const meant = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const props = Object.keys((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
    const guess = didYouMean(String((e.params as { additionalProperty: string }).additionalProperty), props);
    if (guess) meant.add(`${e.instancePath}\0${guess}`);
  }
  for (const e of errors) {
    if (e.keyword === 'required' && meant.has(`${e.instancePath}\0${String((e.params as { missingProperty: string }).missingProperty)}`)) continue;
    // oneOf/anyOf wrappers repeat what their branches said.
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    const path = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    // An unknown field points at its key; a bad discriminator at the tag's value.
    if (e.keyword === 'discriminator') path.push(String((e.params as { tag: string }).tag));
    const key = e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty: string }).additionalProperty) : undefined;
    const pos = parsed.locate(path, key);
    const message = describe(e) ?? defaultMessage(e, path, (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties);
    const k = `${pos.line}:${pos.column}:${message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ code: `${area}/${e.keyword === 'additionalProperties' ? 'unknown-field' : 'schema'}`, severity: 'error', file, ...pos, message });
  }
  return out;
}

function fieldName(path: readonly (string | number)[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  const idx = path.length && typeof path[path.length - 1] === 'number' ? `[${path[path.length - 1]}]` : '';
  return last === undefined ? 'the document' : `"${last}"${idx}`;
}

function defaultMessage(e: ErrorObject, path: readonly (string | number)[], props: Record<string, unknown> | undefined): string {
  const p = e.params as Record<string, unknown>;
  const field = fieldName(path);
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const allowed = Object.keys(props ?? {});
      const guess = didYouMean(name, allowed);
      return `unknown field "${name}"${guess ? ` (did you mean "${guess}"?)` : allowed.length ? `; known fields: ${allowed.join(', ')}` : ''}`;
    }
    case 'required':
      return `missing required field "${String(p.missingProperty)}"`;
    case 'type':
      return `${field} must be ${String(p.type).replace(/,/g, ' or ')}`;
    case 'enum':
      return `${field} must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `${field} must be ${JSON.stringify(p.allowedValue)}`;
    case 'minItems':
      return `${field} must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'minLength':
      return `${field} must not be empty`;
    case 'maxLength':
      return `${field} is too long (at most ${String(p.limit)} characters)`;
    case 'maxItems':
      return `${field} has too many items (at most ${String(p.limit)})`;
    case 'minimum':
      return `${field} must be at least ${String(p.limit)}`;
    case 'pattern':
      return `${field} has the wrong form (expected ${String(p.pattern)})`;
    case 'uniqueItems':
      return `${field} lists the same item twice`;
    default:
      return `${field} ${e.message ?? 'is invalid'}`;
  }
}
