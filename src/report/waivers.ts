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
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { parseYaml } from '../core/yaml-file.js';
import { isRealDate } from '../core/calendar.js';
import { compileGlob, type GlobMatcher } from '../core/glob.js';
import { compareProblems, type Problem } from '../core/problem.js';
import { didYouMean } from '../core/suggest.js';


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
  // The shared YAML reader refuses alias bombs and over-deep documents before they are expanded.
  const { parsed, problems: yamlProblems } = parseYaml(path, text, 'waivers');
  if (!parsed) return { waivers: [], problems: yamlProblems.sort(compareProblems) };
  const doc = parsed.doc;
  const at = parsed.at;
  const problems: Problem[] = [...yamlProblems];
  const problem = (code: string, offset: number, message: string, hint?: string) => {
    problems.push({ code, severity: 'error', file: path, ...at(offset), message, ...(hint ? { hint } : {}) });
  };
  const done = (waivers: Waiver[]) => ({ waivers, problems: problems.sort(compareProblems) });
  const start = (node: unknown, fallback = 0): number =>
    (node as Node | null | undefined)?.range?.[0] ?? fallback;


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
      const hint = didYouMean(key, ['waivers']) ? 'did you mean `waivers`?' : 'the only field is `waivers`';
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
        const near = didYouMean(key, FIELDS);
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
          compileGlob(v);
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
  /** The run's claim ids (default: the claims of `results`): a waiver naming another is a typo. */
  claimIds?: ReadonlySet<string>,
): { results: Array<R & { waived: boolean; waiverReason?: string }>; problems: Problem[] } {
  const problems: Problem[] = [];
  const live: Array<{ w: Waiver; re: GlobMatcher; used: boolean }> = [];
  for (const w of waivers) {
    const re = compileGlob(w.source ?? '**');
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

  // (The run's claims, not the results': a shard, or a run leaving absent omissions out, may
  // have no result of a claim it checked, and must word the warning as the whole run does.)
  const claims = claimIds ?? new Set(results.map((r) => r.claim));
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

function keyName(pair: Pair): string {
  const k = pair.key;
  if (isScalar(k)) return String(k.value);
  return String(k);
}

