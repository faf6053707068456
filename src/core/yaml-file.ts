/**
 * YAML with positions, validated by a JSON Schema (ajv), every problem as
 * `file:line:column: message`. Shared by claim files and the config file.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { shorten, type Problem } from './problem.js';
import { didYouMean } from './suggest.js';

/** Largest YAML file read, in bytes (claims, config, waivers). */
export const MAX_YAML_BYTES = 8 * 1024 * 1024;

/** Deepest nesting of mappings and lists in a YAML file (a claim file needs six levels). */
export const MAX_YAML_DEPTH = 64;

/**
 * Most values (mappings, lists, scalars, keys) a YAML file may hold once its aliases are
 * expanded: a "billion laughs" document is refused before it is expanded.
 */
export const MAX_YAML_VALUES = 1_000_000;

export interface ParsedYaml {
  readonly doc: Document.Parsed;
  readonly data: unknown;
  readonly lines: LineCounter;
  /** 1-based line/column of an offset into the text (BOM removed). */
  readonly at: (offset: number) => { line: number; column: number };
  /** 1-based line/column of a path in the document (the key for a missing or unknown field). */
  readonly locate: (path: readonly (string | number)[], key?: string) => { line: number; column: number };
}

/**
 * Parses YAML text; syntax errors, alias bombs, unknown aliases, over-deep documents and
 * keys that are not text become problems, each at its position. Never throws.
 */
export function parseYaml(file: string, text: string, area = 'yaml'): { parsed?: ParsedYaml; problems: Problem[] } {
  const lines = new LineCounter();
  const problems: Problem[] = [];
  const body = text.replace(/^\uFEFF/, '');
  // Positions from the text itself: the yaml package's LineCounter misses line breaks
  // inside some malformed flow collections.
  const at = positionsIn(body);
  const tooDeep = (offset: number): Problem => ({
    code: `${area}/too-deep`,
    severity: 'error',
    file,
    ...at(offset),
    message: `the document is nested too deeply (at most ${MAX_YAML_DEPTH} levels of mappings and lists)`,
  });
  let doc: Document.Parsed;
  try {
    // logLevel error: the yaml package would otherwise print warnings on the real
    // process's stderr; warnings are turned into problems below instead.
    doc = parseDocument(body, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' });
  } catch (e) {
    if (e instanceof RangeError) return { problems: [tooDeep(deepBracket(body))] };
    return { problems: [{ code: `${area}/syntax`, severity: 'error', file, line: 1, column: 1, message: `cannot parse YAML: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  // The yaml package reports its own stack overflow on very deep documents once per level.
  // Where it gives up depends on the stack left, so the problem is put where the nesting
  // passes the limit instead: the same text always gives the same message.
  if (doc.errors.some((err) => /call stack/i.test(err.message))) return { problems: [tooDeep(deepBracket(body))] };
  for (const err of [...doc.errors, ...doc.warnings]) {
    const message = err.code === 'MULTIPLE_DOCS' ? 'a second YAML document ("---"): a file holds one document' : firstLine(err.message);
    problems.push({ code: `${area}/syntax`, severity: 'error', file, ...at(err.pos[0]), message, ...(err.code === 'MULTIPLE_DOCS' ? { hint: 'move the second document to a file of its own' } : {}) });
  }
  if (problems.length) return { problems };
  problems.push(...inspect(doc, file, area, at, tooDeep));
  if (problems.length) return { problems };
  let data: unknown;
  try {
    // inspect() has bounded what the aliases expand to; the yaml package's own count (its
    // default, 100, refuses a cue list shared by 101 claims) stays as a second guard.
    data = doc.toJS({ maxAliasCount: 100_000 });
  } catch (e) {
    if (e instanceof RangeError) return { problems: [{ ...tooDeep(0), line: 1, column: 1 }] };
    const msg = e instanceof Error ? e.message : String(e);
    return {
      problems: [{ code: `${area}/aliases`, severity: 'error', file, line: 1, column: 1, message: `cannot load YAML: ${/excessive alias/i.test(msg) ? ALIAS_BOMB : msg}` }],
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
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      if (pair && isScalar(pair.key) && pair.key.range) best = pair.key.range[0];
    }
    return at(best);
  };
  return { parsed: { doc, data, lines, at, locate }, problems };
}

/** Maps an offset in `text` to its 1-based line and column (UTF-16 code units); clamps to the text. */
function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const o = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo]! + 1 };
  };
}

/** Offset of the first `[` or `{` nested deeper than {@link MAX_YAML_DEPTH}, or 0. */
function deepBracket(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_YAML_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return 0;
}

const ALIAS_BOMB = 'too many alias references (a "billion laughs" document?)';

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Walks the document once, without recursion and without expanding aliases: nesting depth,
 * keys that are not text, aliases to unknown anchors or to their own enclosing node, and
 * the number of values the aliases would expand to (SPEC §2: a problem, never a hang).
 */
function inspect(
  doc: Document.Parsed,
  file: string,
  area: string,
  at: (offset: number) => { line: number; column: number },
  tooDeep: (offset: number) => Problem,
): Problem[] {
  const problems: Problem[] = [];
  const problem = (code: string, node: Node | null | undefined, message: string, hint?: string): void => {
    problems.push({ code: `${area}/${code}`, severity: 'error', file, ...at(node?.range?.[0] ?? 0), message, ...(hint ? { hint } : {}) });
  };
  const anchors = new Map<string, Node>();
  const target = new Map<Node, Node>(); // alias → anchored node
  const open = new Set<Node>(); // nodes whose children are being walked
  const postOrder: Node[] = [];
  let written = 0;
  type Frame = { node: Node; depth: number; exit: boolean };
  const stack: Frame[] = [];
  if (doc.contents) stack.push({ node: doc.contents as Node, depth: 1, exit: false });
  while (stack.length) {
    const { node, depth, exit } = stack.pop()!;
    if (exit) {
      open.delete(node);
      postOrder.push(node);
      continue;
    }
    written++;
    if (isAlias(node)) {
      const found = anchors.get(node.source);
      if (!found) problem('alias', node, `unknown alias "*${shorten(node.source)}"`, `an alias must refer to an anchor "&${shorten(node.source)}" written before it`);
      else if (open.has(found)) problem('alias', node, `alias "*${shorten(node.source)}" refers to a mapping or list that contains it`);
      else target.set(node, found);
      postOrder.push(node);
      continue;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node);
    if (!isCollection(node)) {
      postOrder.push(node);
      continue;
    }
    if (depth > MAX_YAML_DEPTH) {
      problems.push(tooDeep(node.range?.[0] ?? 0));
      return problems;
    }
    open.add(node);
    stack.push({ node, depth, exit: true });
    // Children in document order: pushed in reverse, a pair's key before its value.
    const children: Node[] = [];
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        const key = item.key as Node | null;
        if (key !== null && (!isScalar(key) || (typeof key.value === 'object' && key.value !== null))) {
          problem('key', key, 'a field name must be plain text, not a mapping, list, alias or tagged value');
          continue;
        }
        if (key === null || key.value === null || key.value === undefined) {
          problem('key', key ?? (item.value as Node | null), 'a field name is missing or empty (~ or null)');
          continue;
        }
        children.push(key);
        if (item.value) children.push(item.value as Node);
      } else if (item) {
        children.push(item as Node);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1, exit: false });
  }
  if (problems.length) return problems;
  // Expanded size, children before parents; an alias counts what its anchor holds.
  const size = new Map<Node, number>();
  for (const node of postOrder) {
    let n = 1;
    if (isAlias(node)) n = size.get(target.get(node)!) ?? 1;
    else if (isCollection(node)) {
      for (const item of node.items as unknown[]) {
        if (isPair(item)) n += (size.get(item.key as Node) ?? 0) + (item.value ? (size.get(item.value as Node) ?? 1) : 0);
        else if (item) n += size.get(item as Node) ?? 1;
      }
    }
    size.set(node, Math.min(n, Number.MAX_SAFE_INTEGER));
  }
  const expanded = doc.contents ? (size.get(doc.contents as Node) ?? 0) : 0;
  if (expanded > MAX_YAML_VALUES) {
    const message =
      written > MAX_YAML_VALUES
        ? `the document holds more than ${MAX_YAML_VALUES.toLocaleString('en-US')} values`
        : `cannot load YAML: ${ALIAS_BOMB}`;
    problems.push({ code: `${area}/${written > MAX_YAML_VALUES ? 'too-large' : 'aliases'}`, severity: 'error', file, line: 1, column: 1, message });
  }
  return problems;
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
  const all = validate.errors ?? [];
  // An anyOf is said once, as its alternatives, rather than once per failing branch.
  const anyOfs = all.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
  const errors = all.filter((e) => !anyOfs.some((prefix) => e.schemaPath.startsWith(prefix)));
  const out: Problem[] = [];
  const seen = new Set<string>();
  // A missing field that an unknown field in the same mapping probably meant is said once, by the unknown field.
  const meant = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const props = Object.keys((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
    const guess = guessName(String((e.params as { additionalProperty: string }).additionalProperty), props);
    if (guess) meant.add(`${e.instancePath}\0${guess}`);
  }
  for (const e of errors) {
    if (e.keyword === 'required' && meant.has(`${e.instancePath}\0${String((e.params as { missingProperty: string }).missingProperty)}`)) continue;
    // oneOf wrappers repeat what their branches said.
    if (e.keyword === 'oneOf' || e.keyword === 'if') continue;
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

/**
 * The known name a misspelt one probably meant. Names far longer than any known one are
 * not compared: the edit distance costs their length times the candidate's.
 */
export function guessName(name: string, known: readonly string[]): string | undefined {
  return name.length > 64 ? undefined : didYouMean(name, known);
}

/** Says what an anyOf branch accepts: "a number of at least 0", "a list of texts". */
function describeBranch(schema: unknown): string {
  const s = (schema ?? {}) as { type?: string | string[]; minimum?: number; items?: unknown; enum?: unknown[]; const?: unknown };
  if (s.enum) return `one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (s.const !== undefined) return JSON.stringify(s.const);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  return (
    types
      .map((t) => {
        if (t === 'number' || t === 'integer') return `a${t === 'integer' ? ' whole' : ''} number${s.minimum !== undefined ? ` of at least ${s.minimum}` : ''}`;
        if (t === 'string') return 'text';
        if (t === 'array') return s.items ? `a list of ${describeBranch(s.items).replace(/^a /, '').replace(/^text$/, 'texts')}` : 'a list';
        if (t === 'object') return 'a mapping';
        if (t === 'boolean') return 'true or false';
        return t;
      })
      .join(' or ') || 'something else'
  );
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
      const guess = guessName(name, allowed);
      return `unknown field "${shorten(name)}"${guess ? ` (did you mean "${guess}"?)` : allowed.length ? `; known fields: ${allowed.join(', ')}` : ''}`;
    }
    case 'anyOf':
      return `${field} must be ${[...new Set((e.schema as unknown[]).map(describeBranch))].join(', or ')}`;
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
