/**
 * Sending a run's claims to worker threads. Claims are plain data except their compiled
 * cue terms (`TermMatcher`, which holds RE2 programs), and structured cloning keeps plain
 * data only: so a matcher travels as its terms and is compiled again on arrival. Reading
 * the claim files again in every thread would cost more (the YAML parse dominates a
 * large claim set's loading).
 *
 * Anything else that is not plain data makes `packClaims` give up (`undefined`): a kind
 * that starts holding another class instance is then sent as its claim files instead.
 */
import { TermMatcher } from '../extract/terms.js';
import type { Claim } from '../kinds/registry.js';

/** Marks a packed `TermMatcher`: its terms as written. */
interface PackedTerms {
  readonly $terms: readonly string[];
}

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}

/** A structured-clonable copy of `claims`, or undefined when they hold something else than plain data and matchers. */
export function packClaims(claims: readonly Claim[]): unknown[] | undefined {
  const seen = new Map<object, unknown>();
  let ok = true;
  const pack = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') ok = false;
      return v;
    }
    if (seen.has(v)) return seen.get(v);
    if (v instanceof TermMatcher) {
      const packed: PackedTerms = { $terms: v.info.map((t) => t.source) };
      seen.set(v, packed);
      return packed;
    }
    if (ArrayBuffer.isView(v)) return v;
    if (!isPlain(v)) {
      ok = false;
      return undefined;
    }
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      seen.set(v, out);
      for (const x of v) out.push(pack(x));
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(v, out);
    for (const [k, x] of Object.entries(v)) {
      if (k === '$terms') ok = false; // would be mistaken for a packed matcher
      out[k] = pack(x);
    }
    return out;
  };
  const packed = claims.map(pack);
  return ok ? packed : undefined;
}

/** The claims again, with their matchers compiled. */
export function unpackClaims(packed: readonly unknown[]): Claim[] {
  const done = new Set<object>();
  const unpack = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v) || v instanceof TermMatcher) return v;
    if (done.has(v)) return v;
    done.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = unpack(v[i]);
      return v;
    }
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.$terms)) return TermMatcher.compile(o.$terms as string[]).matcher;
    // (A packed matcher met twice is compiled twice: equal matchers, no harm.)
    for (const k of Object.keys(o)) o[k] = unpack(o[k]);
    return o;
  };
  return packed.map((c) => unpack(c) as Claim);
}
