/**
 * Command-line parsing (SPEC §5). Options that take paths take every following word
 * up to the next option (`-c a.yaml b.yaml`); every option may also be repeated.
 */
import * as path from 'node:path';
import { shorten } from '../core/problem.js';
import { didYouMean } from '../core/suggest.js';
import { FORMAT_NAMES, isFormatName } from '../formatters/registry.js';
import type { AbsentMode, FailOn } from '../report/types.js';

export type Command = 'check' | 'validate' | 'merge' | 'help' | 'version';

export interface FormatRequest {
  readonly name: string;
  /** Output file; undefined means stdout. */
  readonly file?: string;
}

export interface ParsedArgs {
  readonly command: Command;
  readonly claims?: string[];
  readonly sources?: string[];
  readonly formats?: FormatRequest[];
  readonly failOn?: FailOn;
  readonly absent?: AbsentMode;
  readonly shard?: { index: number; count: number };
  readonly progress: boolean;
  readonly config?: string;
  readonly waivers?: string;
  /** Positional arguments (merge: report files). */
  readonly inputs: string[];
  /** The command `--help` was asked for. */
  readonly helpFor?: Command;
}

export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

interface OptionSpec {
  readonly long: string;
  readonly short?: string;
  readonly arg?: 'one' | 'many';
  readonly help: string;
  readonly argName?: string;
  readonly commands: readonly Command[];
}

export const OPTIONS: readonly OptionSpec[] = [
  { long: 'claims', short: 'c', arg: 'many', argName: '<path…>', help: 'claim files or folders (default: claims)', commands: ['check', 'validate'] },
  { long: 'sources', short: 's', arg: 'many', argName: '<path…>', help: 'source files or folders (default: sources)', commands: ['check'] },
  { long: 'format', short: 'f', arg: 'one', argName: '<name>[=<file>]', help: 'report format, repeatable; without =file it goes to stdout (default: pretty)', commands: ['check', 'merge'] },
  { long: 'fail-on', arg: 'one', argName: '<what>', help: 'conflict (default) | omission | never', commands: ['check', 'merge'] },
  { long: 'absent', arg: 'one', argName: '<how>', help: 'absent omissions in results: auto (default: listed unless the run has over 1,000,000 pairs) | list | omit', commands: ['check'] },
  { long: 'shard', arg: 'one', argName: '<i>/<n>', help: 'check only the i-th of n slices of the sources', commands: ['check'] },
  { long: 'waivers', arg: 'one', argName: '<file>', help: 'accepted findings (default: crosscheck.waivers.yaml if present)', commands: ['check'] },
  { long: 'config', arg: 'one', argName: '<file>', help: 'config file (default: crosscheck.config.yaml if present)', commands: ['check', 'validate', 'merge'] },
  { long: 'no-progress', help: 'no spinner (also off when stderr is not a terminal or CI is set)', commands: ['check', 'validate', 'merge'] },
  { long: 'help', short: 'h', help: 'show this help', commands: ['check', 'validate', 'merge'] },
  { long: 'version', short: 'V', help: 'print the version', commands: ['check', 'validate', 'merge'] },
];

const COMMANDS: readonly Command[] = ['check', 'validate', 'merge'];
const FAIL_ON: readonly FailOn[] = ['conflict', 'omission', 'never'];
export const ABSENT_MODES: readonly AbsentMode[] = ['auto', 'list', 'omit'];

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let command: Command = 'check';
  let i = 0;
  if (argv[0] !== undefined && !argv[0].startsWith('-')) {
    if ((COMMANDS as readonly string[]).includes(argv[0])) {
      command = argv[0] as Command;
      i = 1;
    } else if (argv[0] === 'help') {
      return { command: 'help', progress: true, inputs: [], ...(argv[1] && (COMMANDS as readonly string[]).includes(argv[1]) ? { helpFor: argv[1] as Command } : {}) };
    } else {
      const guess = argv[0].length <= 64 ? didYouMean(argv[0], [...COMMANDS, 'discover', 'help']) : undefined;
      throw new UsageError(`unknown command "${shorten(argv[0])}"${guess ? ` (did you mean "${guess}"?)` : ''}`, `commands: ${[...COMMANDS, 'discover'].join(', ')}; see crosscheck --help`);
    }
  }
  const out: {
    claims?: string[]; sources?: string[]; formats?: FormatRequest[]; failOn?: FailOn; absent?: AbsentMode; shard?: { index: number; count: number };
    progress: boolean; config?: string; waivers?: string; inputs: string[];
  } = { progress: true, inputs: [] };
  let help = false;
  let version = false;
  while (i < argv.length) {
    const word = argv[i++]!;
    if (word === '--') {
      out.inputs.push(...argv.slice(i));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      if (command !== 'merge') throw new UsageError(`unexpected argument "${shorten(word)}"`, command === 'check' ? 'give claims with -c and sources with -s' : undefined);
      out.inputs.push(word);
      continue;
    }
    const read = readOption(argv, i - 1, OPTIONS, 'crosscheck');
    const spec = read.spec;
    const values = read.values;
    i = read.next;
    if (!spec.commands.includes(command)) throw new UsageError(`option --${spec.long} does not apply to "crosscheck ${command}"`);
    switch (spec.long) {
      case 'claims':
        (out.claims ??= []).push(...values);
        break;
      case 'sources':
        (out.sources ??= []).push(...values);
        break;
      case 'format':
        (out.formats ??= []).push(parseFormat(values[0]!));
        break;
      case 'fail-on': {
        const v = values[0]! as FailOn;
        if (!FAIL_ON.includes(v)) throw new UsageError(`--fail-on must be one of: ${FAIL_ON.join(', ')} (got "${shorten(values[0]!)}")`);
        if (out.failOn !== undefined && out.failOn !== v) throw new UsageError(`--fail-on given twice with different values (${out.failOn}, ${v})`);
        out.failOn = v;
        break;
      }
      case 'absent': {
        const v = values[0]! as AbsentMode;
        if (!ABSENT_MODES.includes(v)) throw new UsageError(`--absent must be one of: ${ABSENT_MODES.join(', ')} (got "${shorten(values[0]!)}")`);
        if (out.absent !== undefined && out.absent !== v) throw new UsageError(`--absent given twice with different values (${out.absent}, ${v})`);
        out.absent = v;
        break;
      }
      case 'shard':
        if (out.shard) throw new UsageError('--shard given twice');
        out.shard = parseShard(values[0]!);
        break;
      case 'waivers':
        if (out.waivers !== undefined && out.waivers !== values[0]) throw new UsageError(`--waivers given twice with different files (${shorten(out.waivers)}, ${shorten(values[0]!)})`);
        out.waivers = values[0]!;
        break;
      case 'config':
        if (out.config !== undefined && out.config !== values[0]) throw new UsageError(`--config given twice with different files (${shorten(out.config)}, ${shorten(values[0]!)})`);
        out.config = values[0]!;
        break;
      case 'no-progress':
        out.progress = false;
        break;
      case 'help':
        help = true;
        break;
      case 'version':
        version = true;
        break;
    }
  }
  if (help) return { ...out, command: 'help', helpFor: command };
  if (version) return { ...out, command: 'version' };
  if (command === 'merge' && out.inputs.length === 0) throw new UsageError('merge needs at least one report.json', 'crosscheck merge shard-1.json shard-2.json');
  return { ...out, command };
}

/** What option parsing needs to know of an option. */
export interface OptionShape {
  readonly long: string;
  readonly short?: string;
  readonly arg?: 'one' | 'many';
  readonly argName?: string;
}

/**
 * Reads the option word at `argv[at]` (`--name`, `--name=value`, `-x`, `-xvalue`) and its
 * values: one for `arg: 'one'`, every following word up to the next option for `'many'`.
 * Unknown options and missing values are usage errors, with a did-you-mean.
 */
export function readOption<S extends OptionShape>(argv: readonly string[], at: number, options: readonly S[], program: string): { spec: S; values: string[]; next: number } {
  const word = argv[at]!;
  let i = at + 1;
  let name: string;
  let inline: string | undefined;
  let spec: S | undefined;
  if (word.startsWith('--')) {
    const eq = word.indexOf('=');
    name = eq === -1 ? word.slice(2) : word.slice(2, eq);
    inline = eq === -1 ? undefined : word.slice(eq + 1);
    spec = options.find((o) => o.long === name);
  } else {
    name = word.slice(1, 2);
    inline = word.length > 2 ? word.slice(2).replace(/^=/, '') : undefined;
    spec = options.find((o) => o.short === name);
  }
  if (!spec) {
    const guess = name.length <= 64 ? didYouMean(name, options.map((o) => o.long)) : undefined;
    throw new UsageError(`unknown option "${shorten(word)}"${guess ? ` (did you mean "--${guess}"?)` : ''}`, `see ${program} --help`);
  }
  const values: string[] = [];
  if (spec.arg) {
    if (inline !== undefined) values.push(inline);
    else if (spec.arg === 'one') {
      const v = argv[i];
      if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`option --${spec.long} needs a value ${spec.argName ?? ''}`.trim());
      values.push(v);
      i++;
    } else {
      while (i < argv.length && !argv[i]!.startsWith('-')) values.push(argv[i++]!);
      if (values.length === 0) throw new UsageError(`option --${spec.long} needs at least one path`);
    }
    if (values.some((v) => v === '')) throw new UsageError(`option --${spec.long} needs a non-empty value`);
  } else if (inline !== undefined) {
    throw new UsageError(`option --${spec.long} takes no value`);
  }
  return { spec, values, next: i };
}

/** `name` or `name=file`. Names are checked against the registry by {@link formatNameError}. */
export function parseFormat(v: string): FormatRequest {
  const eq = v.indexOf('=');
  if (eq === -1) return { name: v };
  const file = v.slice(eq + 1);
  if (file === '') throw new UsageError(`--format ${shorten(v)}: the file name after "=" is empty`);
  return { name: v.slice(0, eq), file };
}

/** Why a format name is not one of the registry's, with a did-you-mean; undefined when it is. */
export function formatNameError(name: string): string | undefined {
  if (isFormatName(name)) return undefined;
  const guess = name.length <= 64 ? didYouMean(name, FORMAT_NAMES) : undefined;
  return `unknown format "${shorten(name)}"${guess ? ` (did you mean "${guess}"?)` : ''}; formats: ${FORMAT_NAMES.join(', ')}`;
}

/** Formats that cannot go together: more than one to stdout, or two to one file. */
export function formatConflict(formats: readonly FormatRequest[]): string | undefined {
  const toStdout = formats.filter((f) => f.file === undefined);
  if (toStdout.length > 1) return `only one format can go to stdout (got ${toStdout.map((f) => f.name).join(', ')}); write the others to files with --format <name>=<file>`;
  const files = formats.filter((f) => f.file !== undefined).map((f) => path.normalize(f.file!));
  const dup = files.find((f, i) => files.indexOf(f) !== i);
  if (dup) return `two formats would write the same file "${shorten(dup)}"`;
  return undefined;
}

/** Largest shard count: far more than any CI matrix, small enough to stay exact. */
export const MAX_SHARDS = 1_000_000;

export function parseShard(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v);
  if (!m) throw new UsageError(`--shard must be i/n, e.g. 1/4 (got "${shorten(v)}")`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count || count > MAX_SHARDS) {
    throw new UsageError(`--shard ${shorten(v)} is out of range: i must be between 1 and n, n between 1 and ${MAX_SHARDS.toLocaleString('en-US')}`);
  }
  return { index, count };
}
