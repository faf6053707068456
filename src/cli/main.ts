/**
 * The command line: `main(argv, io)` returns the exit code. It never calls process.exit
 * and touches no global state, so tests run it in process (ARCHITECTURE property 7).
 */
import * as path from 'node:path';
import { check, kindEnv, validate } from '../check.js';
import type { Io } from '../core/io.js';
import { compareProblems, escapeControls, formatProblem, type Problem } from '../core/problem.js';
import { errText, readTextFile } from '../core/io.js';
import { displayPath } from '../core/walk.js';
import { formatters } from '../formatters/registry.js';
import type { FormatContext } from '../formatters/types.js';
import { TOOL_VERSION } from '../report/build.js';
import { exitCode } from '../report/exit-code.js';
import { mergeReports } from '../report/merge.js';
import { MAX_SOURCE_BYTES } from '../sources/load.js';
import type { FailOn, Report } from '../report/types.js';
import { formatConflict, formatNameError, parseArgs, parseFormat, UsageError, type FormatRequest, type ParsedArgs } from './args.js';
import { DEFAULT_CONFIG_FILE, loadConfig } from './config.js';
import { runDiscover } from './discover.js';
import { helpText } from './help.js';
import { startProgress } from './progress.js';

/** Decides colour from the environment (NO_COLOR wins, then FORCE_COLOR, then a TTY). */
export function useColor(io: Io): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}

function printProblems(io: Io, problems: readonly Problem[]): void {
  for (const p of [...problems].sort(compareProblems)) io.stderr.write(`${formatProblem(p)}\n`);
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // `discover` has options of its own (src/cli/discover.ts).
  if (argv[0] === 'discover') return runDiscover(argv.slice(1), io);
  if (argv[0] === 'help' && argv[1] === 'discover') return runDiscover(['--help'], io);
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(escapeControls(`crosscheck: ${e.message}`) + `\n${e.hint ? `hint: ${escapeControls(e.hint)}\n` : ''}`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.stdout.write(helpText(args.helpFor));
    return 0;
  }
  if (args.command === 'version') {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  try {
    return await run(args, io);
  } catch (e) {
    // Our bug, not the user's mistake: say so, without hiding the details.
    io.stderr.write(`crosscheck: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\nThis is a bug in crosscheck; please report it.\n`);
    return 2;
  }
}

async function run(args: ParsedArgs, io: Io): Promise<number> {
  const { config, problems: configProblems } = await loadConfig(io, args.config);
  if (configProblems.length) {
    printProblems(io, configProblems);
    return 2;
  }
  const failOn: FailOn = args.failOn ?? config.failOn ?? 'conflict';
  const claimPaths = args.claims ?? config.claims ?? ['claims'];
  const env = kindEnv(config.roles);

  if (args.command === 'validate') {
    const progress = startProgress(io, args.progress, 'Validating claims');
    const result = await validate(io, claimPaths, env);
    progress.stop();
    printProblems(io, result.problems);
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    if (errors) return 2;
    io.stdout.write(`${result.claims.length} claim${result.claims.length === 1 ? '' : 's'} valid\n`);
    return 0;
  }

  let formats: FormatRequest[];
  try {
    formats = args.formats ?? (config.formats ?? []).map(parseFormat);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${escapeControls(`crosscheck: ${e.message}`)}\n`);
      return 2;
    }
    throw e;
  }
  if (formats.length === 0) formats = [{ name: 'pretty' }];
  const usage = formats.map((f) => formatNameError(f.name)).find((m) => m !== undefined) ?? formatConflict(formats);
  if (usage) {
    io.stderr.write(`${escapeControls(`crosscheck: ${usage}`)}\n`);
    return 2;
  }

  let report: Report | undefined;
  let problems: Problem[];
  if (args.command === 'merge') {
    const inputs: { file: string; report: unknown }[] = [];
    problems = [];
    for (const f of args.inputs) {
      const abs = path.resolve(io.cwd, f);
      const file = displayPath(abs, io.cwd);
      const read = await readTextFile(io, abs, MAX_REPORT_BYTES);
      if ('error' in read) {
        const err = read.error;
        const message = err.kind === 'too-large' ? `the report is larger than ${MAX_REPORT_BYTES / 1048576} MiB` : err.kind === 'encoding' ? err.message : `cannot read: ${err.message}`;
        problems.push({ code: 'merge/unreadable', severity: 'error', file, message });
        continue;
      }
      try {
        inputs.push({ file, report: JSON.parse(read.text.replace(/^\uFEFF/, '')) });
      } catch (e) {
        problems.push({ code: 'merge/unreadable', severity: 'error', file, message: e instanceof SyntaxError ? `not JSON: ${e.message}` : `cannot read: ${errText(e)}` });
      }
    }
    if (problems.length === 0) ({ report, problems } = mergeReports(inputs));
  } else {
    const progress = startProgress(io, args.progress, 'Checking claims');
    const result = await check(io, {
      claims: claimPaths,
      sources: args.sources ?? config.sources ?? ['sources'],
      ...(args.waivers ?? config.waivers ? { waivers: (args.waivers ?? config.waivers)! } : {}),
      ...(config.roles ? { roles: config.roles } : {}),
      ...(args.shard ? { shard: args.shard } : {}),
      ...(args.absent ?? config.absent ? { absent: (args.absent ?? config.absent)! } : {}),
      onProgress: (done, total, id) => progress.update(`Checking ${done}/${total} articles (${id})`),
    });
    progress.stop();
    report = result.report;
    problems = result.problems;
  }

  const code = exitCode(report, problems, failOn);
  if (!report || code === 2) {
    printProblems(io, problems);
    return 2;
  }
  // Warnings (expired or unused waivers) go to stderr too, as well as into the report.
  printProblems(io, problems.filter((p) => p.severity === 'warning'));

  const clobbered = overwrittenInputs(io, report, formats, [
    [args.config ?? DEFAULT_CONFIG_FILE, 'the config file'],
    [args.waivers ?? config.waivers ?? DEFAULT_WAIVERS_FILE, 'the waivers file'],
    ...args.inputs.map((f): [string, string] => [f, 'a report being merged']),
  ]);
  if (clobbered.length) {
    printProblems(io, clobbered);
    return 2;
  }
  const texts = await readTexts(io, report);
  const ctx: FormatContext = { color: useColor(io), width: io.stdout.columns ?? 100, failOn, texts };
  const written = await writeReports(io, report, formats, ctx);
  if (written.length) {
    printProblems(io, written);
    return 2;
  }
  return code;
}

/** Largest JSON report `merge` reads, in bytes (close to the longest string V8 can hold). */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;

/** Read by `check` when present (src/check.ts). */
const DEFAULT_WAIVERS_FILE = 'crosscheck.waivers.yaml';

/**
 * A report file must never replace one of the run's own inputs (`--format json=claims/a.yaml`
 * would destroy a claim file): such a run writes nothing and exits 2.
 */
function overwrittenInputs(io: Io, report: Report, formats: readonly FormatRequest[], others: readonly (readonly [string, string])[]): Problem[] {
  const inputs = new Map<string, string>();
  for (const s of report.sources) inputs.set(path.resolve(io.cwd, s.path), 'an article');
  for (const c of report.claims) inputs.set(path.resolve(io.cwd, c.file), 'a claim file');
  for (const [file, what] of others) inputs.set(path.resolve(io.cwd, file), what);
  const problems: Problem[] = [];
  for (const f of formats) {
    if (f.file === undefined) continue;
    const abs = path.resolve(io.cwd, f.file);
    const what = inputs.get(abs);
    if (what) {
      problems.push({ code: 'output/overwrites-input', severity: 'error', file: displayPath(abs, io.cwd), message: `the ${f.name} report would overwrite ${what} of this run; nothing was written`, hint: 'write the report to another file' });
    }
  }
  return problems;
}

/** Article texts for formats that show them (HTML, Markdown). */
async function readTexts(io: Io, report: Report): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const s of report.sources) {
    // Bounded, and never a FIFO or a device: a merged report may name any path.
    const read = await readTextFile(io, path.resolve(io.cwd, s.path), MAX_SOURCE_BYTES);
    // A merged report may come from another machine; formats then show no article text.
    if ('text' in read) texts.set(s.id, read.text.replace(/^\uFEFF/, ''));
  }
  return texts;
}

/**
 * Renders every requested format first, then writes each file to a temporary file beside
 * it; only when every temporary file is written are they renamed into place and stdout
 * written. A failed run never leaves half a report, nor some reports of a run and not others.
 */
async function writeReports(io: Io, report: Report, formats: readonly FormatRequest[], ctx: FormatContext): Promise<Problem[]> {
  const rendered = formats.map((f) => ({ f, text: formatters[f.name as keyof typeof formatters].render(report, ctx) }));
  const problems: Problem[] = [];
  const staged: { tmp: string; abs: string; name: string }[] = [];
  for (const { f, text } of rendered) {
    if (f.file === undefined) continue;
    const abs = path.resolve(io.cwd, f.file);
    const tmp = `${abs}.${process.pid}.tmp`;
    try {
      await io.fs.writeFile(tmp, text);
      staged.push({ tmp, abs, name: f.name });
    } catch (e) {
      await io.fs.rm(tmp).catch(() => undefined);
      problems.push({ code: 'output/unwritable', severity: 'error', file: displayPath(abs, io.cwd), message: `cannot write the ${f.name} report: ${errText(e)}` });
    }
  }
  for (const s of staged) {
    if (problems.length) {
      await io.fs.rm(s.tmp).catch(() => undefined);
      continue;
    }
    try {
      await io.fs.rename(s.tmp, s.abs);
    } catch (e) {
      await io.fs.rm(s.tmp).catch(() => undefined);
      problems.push({ code: 'output/unwritable', severity: 'error', file: displayPath(s.abs, io.cwd), message: `cannot write the ${s.name} report: ${errText(e)}` });
    }
  }
  if (problems.length) return problems;
  for (const { f, text } of rendered) if (f.file === undefined) io.stdout.write(text);
  return problems;
}
