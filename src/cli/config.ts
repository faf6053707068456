/**
 * `crosscheck.config.yaml` (SPEC §5): defaults for the command-line options, plus
 * extensions (`roles`). Validated like claim files; command-line flags win.
 */
import * as path from 'node:path';
import { ajv, MAX_YAML_BYTES, parseYaml, schemaProblems } from '../claims/yaml-file.js';
import type { Io } from '../core/io.js';
import type { Problem } from '../core/problem.js';
import { displayPath, errText } from '../core/walk.js';
import type { FailOn } from '../report/types.js';

export interface Config {
  readonly claims?: string[];
  readonly sources?: string[];
  readonly failOn?: FailOn;
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
  let text: string;
  try {
    const st = await io.fs.stat(abs);
    if (st.isDirectory()) return { config: {}, problems: [{ code: 'config/unreadable', severity: 'error', file, message: 'is a folder, not a config file' }] };
    if (st.size > MAX_YAML_BYTES) return { config: {}, problems: [{ code: 'config/too-large', severity: 'error', file, message: 'config file is too large' }] };
    text = new TextDecoder('utf-8', { fatal: true }).decode(await io.fs.readFile(abs));
  } catch (e) {
    if (given === undefined && (e as NodeJS.ErrnoException).code === 'ENOENT') return { config: {}, problems: [] };
    return { config: {}, problems: [{ code: 'config/unreadable', severity: 'error', file, message: e instanceof TypeError ? 'not valid UTF-8' : `cannot read config: ${errText(e)}` }] };
  }
  const { parsed, problems } = parseYaml(file, text, 'config');
  if (!parsed) return { config: {}, problems };
  if (parsed.data === null || parsed.data === undefined) return { config: {}, problems: [] };
  if (!validateConfig(parsed.data)) return { config: {}, problems: schemaProblems(file, parsed, validateConfig, 'config') };
  const raw = parsed.data as Record<string, unknown>;
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
      ...(raw.formats ? { formats: raw.formats as string[] } : {}),
      ...(raw.waivers ? { waivers: rel(raw.waivers as string) } : {}),
      ...(raw.roles ? { roles: raw.roles as string[] } : {}),
    },
    problems: [],
  };
}
