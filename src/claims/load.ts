/**
 * Loading claims (SPEC §2): every `.yaml`/`.yml` file under the claims paths, parsed with
 * positions, validated by the JSON Schema, `defaults` applied, values parsed by the kinds,
 * ids checked across files. Every problem is reported, with `file:line:column`.
 */
import { createHash } from 'node:crypto';
import type { ErrorObject } from 'ajv';
import { shorten, type Problem } from '../core/problem.js';
import { findFiles } from '../core/walk.js';
import { mib, readTextFile, type Io } from '../core/io.js';
import { KIND_NAMES, kindOf, type Claim } from '../kinds/registry.js';
import type { ClaimBase, ClaimExample, KindEnv } from '../kinds/types.js';
import type { ClaimKind } from '../report/types.js';
import { compileGlob } from '../core/glob.js';
import { claimFileSchema, ID_PATTERN } from './schema.js';
import { ajv, guessName, MAX_YAML_BYTES, parseYaml, schemaProblems } from '../core/yaml-file.js';

export const CLAIM_EXTENSIONS = ['.yaml', '.yml'] as const;

const validateClaimFile = ajv.compile(claimFileSchema);

export interface LoadedClaims {
  /** Valid claims, sorted by id. */
  readonly claims: Claim[];
  readonly problems: Problem[];
  /** `sha256:` digest of the claim files' contents, independent of where they live. */
  readonly digest: string;
}

/** Finds, reads and validates every claim file under `paths`. */
export async function loadClaims(io: Io, paths: readonly string[], env: KindEnv): Promise<LoadedClaims> {
  const { files, problems } = await findFiles(io, paths, CLAIM_EXTENSIONS, 'claims');
  if (files.length === 0 && problems.length === 0) {
    problems.push({ code: 'claims/none', severity: 'error', file: paths.join(', '), message: 'no claim files (.yaml or .yml) found', hint: 'write claims as described in the README, or give their folder with --claims' });
  }
  const texts: { file: string; text: string }[] = [];
  for (const f of files) {
    const read = await readTextFile(io, f.abs, MAX_YAML_BYTES);
    if ('text' in read) {
      texts.push({ file: f.display, text: read.text });
      continue;
    }
    const err = read.error;
    if (err.kind === 'too-large') {
      problems.push({ code: 'claims/too-large', severity: 'error', file: f.display, message: `claim file is ${mib(err.size)} MiB; the limit is ${mib(MAX_YAML_BYTES, true)} MiB`, hint: 'split it into several claim files' });
    } else if (err.kind === 'encoding') {
      problems.push({ code: 'claims/invalid-utf8', severity: 'error', file: f.display, line: err.line, column: err.column, message: err.message, hint: 'save the claim file as UTF-8' });
    } else {
      problems.push({ code: 'claims/unreadable', severity: 'error', file: f.display, message: `cannot read claim file: ${err.message}` });
    }
  }
  const result = parseClaimTexts(texts, env);
  return { claims: result.claims, problems: [...problems, ...result.problems], digest: result.digest };
}

/** Parses claim files given as text (the library entry for callers without a file system). */
export function parseClaims(files: readonly { file: string; text: string }[], env: KindEnv): LoadedClaims {
  return parseClaimTexts(files, env);
}

function parseClaimTexts(files: readonly { file: string; text: string }[], env: KindEnv): LoadedClaims {
  const problems: Problem[] = [];
  const claims: Claim[] = [];
  const firstSeen = new Map<string, { file: string; line: number; column: number }>();
  const hash = createHash('sha256');
  for (const text of files.map((f) => f.text).sort()) hash.update(text).update('\0');
  for (const { file, text } of files) {
    const { parsed, problems: yamlProblems } = parseYaml(file, text, 'yaml');
    problems.push(...yamlProblems);
    if (!parsed) continue;
    const data = parsed.data;
    if (data === null || data === undefined) {
      problems.push({ code: 'claims/empty', severity: 'error', file, line: 1, column: 1, message: 'empty claim file', hint: 'a claim file is a mapping with a "claims:" list' });
      continue;
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push({
        code: 'claims/schema',
        severity: 'error',
        file,
        ...parsed.locate([]),
        message: Array.isArray(data) ? 'a claim file must be a mapping with a "claims:" list, not a list' : 'a claim file must be a mapping with a "claims:" list',
        ...(Array.isArray(data) ? { hint: 'put the list under "claims:"' } : {}),
      });
      continue;
    }
    if (!validateClaimFile(data)) {
      problems.push(...schemaProblems(file, parsed, validateClaimFile, 'claims', describeClaimError));
      continue;
    }
    const doc = data as { defaults?: Record<string, unknown>; claims: Record<string, unknown>[] };
    const defaults = doc.defaults ?? {};
    doc.claims.forEach((rawClaim, i) => {
      const raw = { ...defaults, ...rawClaim };
      const at = parsed.locate(['claims', i]);
      const id = String(raw.id);
      const locate = (path: readonly (string | number)[]): { line: number; column: number } => {
        const key = path[0];
        if (typeof key === 'string' && !(key in rawClaim) && key in defaults) return parsed.locate(['defaults', ...path]);
        return parsed.locate(['claims', i, ...path]);
      };
      const prior = firstSeen.get(id);
      const idAt = parsed.locate(['claims', i, 'id']);
      if (prior) {
        problems.push({ code: 'claims/duplicate-id', severity: 'error', file, ...idAt, message: `duplicate claim id "${id}": already used at ${prior.file}:${prior.line}:${prior.column}`, hint: 'ids must be unique across all claim files' });
        problems.push({ code: 'claims/duplicate-id', severity: 'error', file: prior.file, line: prior.line, column: prior.column, message: `duplicate claim id "${id}": used again at ${file}:${idAt.line}:${idAt.column}` });
        return;
      }
      firstSeen.set(id, { file, ...idAt });
      const examples: ClaimExample[] = ((raw.examples as { text: string; verdict: ClaimExample['verdict'] }[] | undefined) ?? []).map((ex, k) => ({
        text: ex.text,
        verdict: ex.verdict,
        ...locate(['examples', k]),
      }));
      const base: ClaimBase = {
        id,
        kind: raw.kind as ClaimKind,
        ...(typeof raw.subject === 'string' ? { subject: raw.subject } : {}),
        severity: (raw.severity as ClaimBase['severity'] | undefined) ?? 'error',
        required: raw.required === true,
        ...(Array.isArray(raw.sources) ? { sources: raw.sources as string[] } : {}),
        ...(typeof raw.note === 'string' ? { note: raw.note } : {}),
        ...(typeof raw.reference === 'string' ? { reference: raw.reference } : {}),
        examples,
        file,
        line: at.line,
        column: at.column,
      };
      let badGlob = false;
      (base.sources ?? []).forEach((glob, k) => {
        try {
          compileGlob(glob);
        } catch (e) {
          badGlob = true;
          const why = e instanceof Error && /character class/.test(e.message) ? 'invalid character class' : String(e instanceof Error ? e.message : e);
          problems.push({ code: 'claims/bad-glob', severity: 'error', file, ...locate(['sources', k]), message: `sources[${k}]: invalid glob "${shorten(glob)}": ${why}`, hint: 'a class such as [a-z] must go from low to high' });
        }
      });
      if (badGlob) return;
      const prepared = kindOf(base.kind).prepare(raw, base, locate, env);
      if (Array.isArray(prepared)) problems.push(...prepared);
      else claims.push(prepared as Claim);
    });
  }
  claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { claims, problems, digest: `sha256:${hash.digest('hex')}` };
}

function describeClaimError(e: ErrorObject): string | undefined {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'discriminator') {
    const tag = p.tagValue;
    if (p.error === 'tag' && tag === undefined) return 'missing required field "kind"';
    if (typeof tag !== 'string') return `"kind" must be one of: ${KIND_NAMES.join(', ')}`;
    const guess = guessName(tag, KIND_NAMES);
    return `unknown kind "${shorten(tag)}"${guess ? ` (did you mean "${guess}"?)` : ''}; kinds: ${KIND_NAMES.join(', ')}`;
  }
  if (e.keyword === 'anyOf' && /\/tolerance$/.test(e.instancePath)) {
    return '"tolerance" must be a number of at least 0 or a percentage of the value such as "5%"';
  }
  if (e.keyword === 'pattern' && e.instancePath.endsWith('/id') && (e.schema as string) === ID_PATTERN) {
    return 'claim id must start with a letter or digit and contain only letters, digits, ".", "_" and "-" (no spaces)';
  }
  if (e.keyword === 'pattern' && /\/value$/.test(e.instancePath) && String(e.schema).startsWith('^\\d{4}')) {
    return '"value" of a date claim must be YYYY-MM-DD, YYYY-MM or YYYY';
  }
  return undefined;
}
