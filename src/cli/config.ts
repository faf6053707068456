/**
 * `crosscheck.config.yaml` (SPEC §5): defaults for the command-line options, plus
 * extensions (`roles`). Validated like claim files; command-line flags win.
 */
import * as path from 'node:path';
import type { ErrorObject } from 'ajv';
import { ajv, MAX_YAML_BYTES, parseYaml, schemaProblems, type ParsedYaml } from '../core/yaml-file.js';
import { mib, readTextFile, type Io } from '../core/io.js';
import type { Problem } from '../core/problem.js';
import { displayPath } from '../core/walk.js';
import type { AbsentMode, FailOn } from '../report/types.js';
import { formatConflict, formatNameError, parseFormat, UsageError, type FormatRequest } from './args.js';

export interface Config {
  readonly claims?: string[];
  readonly sources?: string[];
  readonly failOn?: FailOn;
  readonly absent?: AbsentMode;
  readonly formats?: string[];
  readonly waivers?: string;
  readonly roles?: string[];
}

const pathList = { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }] };

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    claims: pathList,
    sources: pathList,
    failOn: { enum: ['conflict', 'omission', 'never'] },
    absent: { enum: ['auto', 'list', 'omit'] },
    formats: { type: 'array', items: { type: 'string', minLength: 1 } },
    waivers: { type: 'string', minLength: 1 },
    roles: { type: 'array', items: { type: 'string', minLength: 1, pattern: '\\S' } },
  },
} as const;

const validateConfig = ajv.compile(configSchema);

export const DEFAULT_CONFIG_FILE = 'crosscheck.config.yaml';

/**
 * Reads the config: the given file (must exist) or `crosscheck.config.yaml` in the working
 * folder when present. Paths in it are relative to the config file's folder.
 */
export async function loadConfig(io: Io, given: string | undefined): Promise<{ config: Config; problems: Problem[] }> {
  const abs = path.resolve(io.cwd, given ?? DEFAULT_CONFIG_FILE);
  const file = displayPath(abs, io.cwd);
  if (given === undefined) {
    // The default file is optional: only a missing one is silently skipped.
    try {
      await io.fs.stat(abs);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { config: {}, problems: [] };
    }
  }
  const read = await readTextFile(io, abs, MAX_YAML_BYTES);
  if ('error' in read) {
    const err = read.error;
    const problem: Problem =
      err.kind === 'too-large'
        ? { code: 'config/too-large', severity: 'error', file, message: `config file is ${mib(err.size)} MiB; the limit is ${mib(MAX_YAML_BYTES, true)} MiB` }
        : err.kind === 'encoding'
          ? { code: 'config/invalid-utf8', severity: 'error', file, line: err.line, column: err.column, message: err.message, hint: 'save the config file as UTF-8' }
          : { code: 'config/unreadable', severity: 'error', file, message: `cannot read config: ${err.message}` };
    return { config: {}, problems: [problem] };
  }
  const { parsed, problems } = parseYaml(file, read.text, 'config');
  if (!parsed) return { config: {}, problems };
  if (parsed.data === null || parsed.data === undefined) return { config: {}, problems: [] };
  if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return {
      config: {},
      problems: [{ code: 'config/schema', severity: 'error', file, ...parsed.locate([]), message: `a config file must be a mapping of options (${Object.keys(configSchema.properties).join(', ')})` }],
    };
  }
  if (!validateConfig(parsed.data)) return { config: {}, problems: schemaProblems(file, parsed, validateConfig, 'config', describeConfigError) };
  const raw = parsed.data as Record<string, unknown>;
  const formatProblems = checkConfigFormats(file, parsed, raw.formats as string[] | undefined);
  if (formatProblems.length) return { config: {}, problems: formatProblems };
  const base = path.dirname(abs);
  const rel = (p: string): string => path.relative(io.cwd, path.resolve(base, p)) || '.';
  const list = (v: unknown): string[] | undefined => (v === undefined ? undefined : (Array.isArray(v) ? (v as string[]) : [v as string]).map(rel));
  const claims = list(raw.claims);
  const sources = list(raw.sources);
  return {
    config: {
      ...(claims ? { claims } : {}),
      ...(sources ? { sources } : {}),
      ...(raw.failOn ? { failOn: raw.failOn as FailOn } : {}),
      ...(raw.absent ? { absent: raw.absent as AbsentMode } : {}),
      ...(raw.formats ? { formats: raw.formats as string[] } : {}),
      ...(raw.waivers ? { waivers: rel(raw.waivers as string) } : {}),
      ...(raw.roles ? { roles: raw.roles as string[] } : {}),
    },
    problems: [],
  };
}

function describeConfigError(e: ErrorObject): string | undefined {
  const field = /^\/(claims|sources)$/.exec(e.instancePath)?.[1];
  if (e.keyword === 'anyOf' && field) return `"${field}" must be a path or a list of paths`;
  return undefined;
}

/** `formats:` entries are checked like `--format` values, each at its position in the file. */
function checkConfigFormats(file: string, parsed: ParsedYaml, formats: readonly string[] | undefined): Problem[] {
  if (!formats) return [];
  const problems: Problem[] = [];
  const requests: FormatRequest[] = [];
  formats.forEach((v, i) => {
    const at = parsed.locate(['formats', i]);
    try {
      const request = parseFormat(v);
      const unknown = formatNameError(request.name);
      if (unknown) problems.push({ code: 'config/schema', severity: 'error', file, ...at, message: unknown });
      else requests.push(request);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      problems.push({ code: 'config/schema', severity: 'error', file, ...at, message: `"formats"[${i}]: the file name after "=" is empty` });
    }
  });
  if (problems.length) return problems;
  const conflict = formatConflict(requests);
  if (conflict) problems.push({ code: 'config/schema', severity: 'error', file, ...parsed.locate(['formats']), message: `"formats": ${conflict}` });
  return problems;
}
