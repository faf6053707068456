/**
 * Waivers (SPEC §3): an editor accepts a finding in `crosscheck.waivers.yaml`.
 *
 * ```yaml
 * waivers:
 *   - claim: spell-pena-nieto          # required
 *     source: "004_*"                  # optional glob over source ids; default all
 *     reason: Reuters style drops diacritics   # required
 *     expires: 2017-03-31              # optional; after it the waiver no longer applies
 * ```
 *
 * Parsing never throws: every mistake is a `Problem` with the file's 1-based line and
 * column (UTF-16 code units), all of them at once. A waiver with a mistake is dropped; the
 * others still apply. An empty file, or `waivers:` with no items, is no waivers.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { compareProblems, type Problem } from '../core/problem.js';

/** One waiver, with where it was written (1-based line and column of its list item). */
export interface Waiver {
  /** Claim id the waiver is for. */
  readonly claim: string;
  /** Glob over source ids (`*`, `**`, `?`, `[…]`); absent: every source. */
  readonly source?: string;
  readonly reason: string;
  /** Last day the waiver applies, `YYYY-MM-DD` (inclusive). */
  readonly expires?: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

const FIELDS = ['claim', 'source', 'reason', 'expires'] as const;
const CLAIM_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Parses and validates a waivers file. `path` is used for problems and `Waiver.file`. */
export function parseWaivers(path: string, text: string): { waivers: Waiver[]; problems: Problem[] } {
  const src = text.replace(/^\uFEFF/, '');
  const lines = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lines, prettyErrors: false });
  const problems: Problem[] = [];
  const at = (offset: number) => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problem = (code: string, offset: number, message: string, hint?: string) => {
    problems.push({ code, severity: 'error', file: path, ...at(offset), message, ...(hint ? { hint } : {}) });
  };
  const done = (waivers: Waiver[]) => ({ waivers, problems: problems.sort(compareProblems) });
  const start = (node: unknown, fallback = 0): number =>
    (node as Node | null | undefined)?.range?.[0] ?? fallback;

  for (const e of doc.errors) problem('waivers/syntax', e.pos[0], `YAML: ${firstLine(e.message)}`);
  if (doc.errors.length > 0) return done([]);

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return done([]);
  if (!isMap(root)) {
    problem('waivers/not-a-mapping', start(root), 'a waivers file holds a mapping with a `waivers` list');
    return done([]);
  }
  let list: unknown = undefined;
  let listKey: Pair | undefined;
  for (const pair of root.items) {
    const key = keyName(pair);
    if (key === 'waivers') {
      list = pair.value;
      listKey = pair;
    } else {
      const hint = closest(key, ['waivers']) ? 'did you mean `waivers`?' : 'the only field is `waivers`';
      problem('waivers/unknown-field', start(pair.key), `unknown field \`${key}\` at the top level`, hint);
    }
  }
  if (listKey === undefined) {
    problem('waivers/missing-field', start(root), 'missing field `waivers` (a list of waivers)');
    return done([]);
  }
  if (list === null || (isScalar(list) && list.value === null)) return done([]);
  if (!isSeq(list)) {
    problem('waivers/invalid-type', start(list, start(listKey.key)), '`waivers` must be a list');
    return done([]);
  }

  const waivers: Waiver[] = [];
  for (const item of list.items) {
    const itemAt = start(item);
    if (!isMap(item)) {
      problem('waivers/invalid-type', itemAt, 'a waiver must be a mapping with `claim` and `reason`');
      continue;
    }
    const before = problems.length;
    const fields: Partial<Record<(typeof FIELDS)[number], string>> = {};
    for (const pair of item.items) {
      const key = keyName(pair);
      if (!(FIELDS as readonly string[]).includes(key)) {
        const near = closest(key, FIELDS);
        problem(
          'waivers/unknown-field',
          start(pair.key, itemAt),
          `unknown field \`${key}\` in a waiver`,
          near ? `did you mean \`${near}\`?` : `fields are ${FIELDS.map((f) => `\`${f}\``).join(', ')}`,
        );
        continue;
      }
      const name = key as (typeof FIELDS)[number];
      const value = pair.value;
      const valueAt = start(value, start(pair.key, itemAt));
      if (!isScalar(value) || typeof value.value !== 'string') {
        const hint = isScalar(value) && value.value !== null ? 'quote it' : undefined;
        problem('waivers/invalid-type', valueAt, `\`${name}\` must be a string`, hint);
        continue;
      }
      const v = value.value;
      if (v.trim() === '') {
        problem('waivers/invalid-value', valueAt, `\`${name}\` must not be empty`);
        continue;
      }
      if (name === 'claim' && !CLAIM_ID.test(v)) {
        problem('waivers/invalid-claim-id', valueAt, `\`${v}\` is not a claim id`, 'ids match ^[A-Za-z0-9][A-Za-z0-9._-]*$');
        continue;
      }
      if (name === 'source') {
        try {
          globToRegExp(v);
        } catch (e) {
          problem('waivers/invalid-glob', valueAt, `\`${v}\` is not a valid glob: ${(e as Error).message}`);
          continue;
        }
      }
      if (name === 'expires' && !isRealDate(v)) {
        problem('waivers/invalid-date', valueAt, `\`expires\` must be a date YYYY-MM-DD, not \`${v}\``);
        continue;
      }
      fields[name] = v;
    }
    for (const required of ['claim', 'reason'] as const) {
      if (fields[required] === undefined && !item.items.some((p) => keyName(p) === required)) {
        problem('waivers/missing-field', itemAt, `a waiver needs \`${required}\``);
      }
    }
    if (problems.length > before) continue;
    const pos = at(itemAt);
    waivers.push({
      claim: fields.claim!,
      ...(fields.source !== undefined ? { source: fields.source } : {}),
      reason: fields.reason!,
      ...(fields.expires !== undefined ? { expires: fields.expires } : {}),
      file: path,
      line: pos.line,
      column: pos.column,
    });
  }
  return done(waivers);
}

/**
 * Marks the findings that waivers accept (SPEC §3). A waiver matches a result when the
 * result is a finding, the claim ids are equal and the waiver's `source` glob (default:
 * all) matches the source id. A waiver whose `expires` is before `today` (`YYYY-MM-DD`)
 * does not apply and gives a `waivers/expired` warning; a waiver that matches no finding
 * gives a `waivers/unused` warning. Results that are not findings are never waived.
 * Returns new result objects, in the same order; `waiverReason` is set only when waived
 * (the first matching waiver in file order gives it).
 */
export function applyWaivers<R extends { claim: string; source: string; finding: boolean }>(
  results: R[],
  waivers: Waiver[],
  today: string,
): { results: Array<R & { waived: boolean; waiverReason?: string }>; problems: Problem[] } {
  const problems: Problem[] = [];
  const live: Array<{ w: Waiver; re: RegExp; used: boolean }> = [];
  for (const w of waivers) {
    const re = globToRegExp(w.source ?? '**');
    if (w.expires !== undefined && today > w.expires) {
      const would = results.filter((r) => r.finding && r.claim === w.claim && re.test(r.source)).length;
      problems.push({
        code: 'waivers/expired',
        severity: 'warning',
        file: w.file,
        line: w.line,
        column: w.column,
        message:
          `the waiver for ${w.claim}${w.source !== undefined ? ` (source ${w.source})` : ''} expired on ${w.expires}` +
          (would > 0 ? `; ${would === 1 ? '1 finding is' : `${would} findings are`} no longer waived` : ''),
        hint: 'renew it with a later `expires` date, or delete it',
      });
      continue;
    }
    live.push({ w, re, used: false });
  }

  const out = results.map((r) => {
    const { waived: _w, waiverReason: _r, ...rest } = r as R & { waived?: boolean; waiverReason?: string };
    void _w;
    void _r;
    const base = rest as R;
    if (!r.finding) return { ...base, waived: false };
    let reason: string | undefined;
    for (const l of live) {
      if (l.w.claim === r.claim && l.re.test(r.source)) {
        l.used = true;
        reason ??= l.w.reason;
      }
    }
    return reason !== undefined ? { ...base, waived: true, waiverReason: reason } : { ...base, waived: false };
  });

  const claims = new Set(results.map((r) => r.claim));
  for (const l of live) {
    if (l.used) continue;
    const { w } = l;
    const what = w.source !== undefined ? `${w.claim} (source ${w.source})` : w.claim;
    problems.push({
      code: 'waivers/unused',
      severity: 'warning',
      file: w.file,
      line: w.line,
      column: w.column,
      message: claims.has(w.claim)
        ? `the waiver for ${what} matches no finding`
        : `the waiver for ${what} names no claim that was checked`,
      hint: claims.has(w.claim) ? 'the finding may be fixed: delete the waiver' : 'check the claim id for a typo',
    });
  }
  return { results: out, problems };
}

/**
 * Compiles a glob over source ids (also used for a claim's `sources`) to an anchored
 * RegExp: `*` any characters except `/`; `**` any characters, `/` included (`**​/` also
 * matches no folder at all, so `**​/a` matches `a`); `?` one character except `/`;
 * `[abc]`, `[a-z]`, `[!a]`/`[^a]` a character class; `\` escapes the next character.
 * Everything else is literal. Throws an Error naming the glob when a character class is
 * invalid (`[z-a]`); parsers validate globs first and report a problem instead.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else {
          re += '.*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '\\' && i + 1 < glob.length) {
      re += escapeRe(glob[++i]!);
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) {
        re += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, end);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^[]/g, '\\$&')}]`;
      i = end;
    } else {
      re += escapeRe(c);
    }
  }
  try {
    return new RegExp(`^${re}$`, 'u');
  } catch {
    throw new Error(`invalid character class in glob ${JSON.stringify(glob)}`);
  }
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function keyName(pair: Pair): string {
  const k = pair.key;
  if (isScalar(k)) return String(k.value);
  return String(k);
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** `YYYY-MM-DD` naming a day that exists (no February 30). */
function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** The candidate within edit distance 2 of `word`, if any (for "did you mean"). */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
