/**
 * The command line: `main(argv, io)` returns the exit code. It never calls process.exit
 * and touches no global state, so tests run it in process (ARCHITECTURE property 7).
 */
import * as path from 'node:path';
import { check, kindEnv, validate } from '../check.js';
import type { Io } from '../core/io.js';
import { compareProblems, formatProblem, type Problem } from '../core/problem.js';
import { displayPath, errText } from '../core/walk.js';
import { FORMAT_NAMES, formatters, isFormatName } from '../formatters/registry.js';
import type { FormatContext } from '../formatters/types.js';
import { TOOL_VERSION } from '../report/build.js';
import { exitCode } from '../report/exit-code.js';
import { mergeReports } from '../report/merge.js';
import type { FailOn, Report } from '../report/types.js';
import { parseArgs, parseFormat, UsageError, type FormatRequest, type ParsedArgs } from './args.js';
import { loadConfig } from './config.js';
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
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`crosscheck: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}`);
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
      io.stderr.write(`crosscheck: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (formats.length === 0) formats = [{ name: 'pretty' }];
  const usage = checkFormats(formats);
  if (usage) {
    io.stderr.write(`crosscheck: ${usage}\n`);
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
      try {
        inputs.push({ file, report: JSON.parse((await io.fs.readFile(abs)).toString('utf8')) });
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

  const texts = await readTexts(io, report);
  const ctx: FormatContext = { color: useColor(io), width: io.stdout.columns ?? 100, failOn, texts };
  const written = await writeReports(io, report, formats, ctx);
  if (written.length) {
    printProblems(io, written);
    return 2;
  }
  return code;
}

/** Checks format names and that at most one goes to stdout. */
function checkFormats(formats: readonly FormatRequest[]): string | undefined {
  for (const f of formats) {
    if (!isFormatName(f.name)) return `unknown format "${f.name}"; formats: ${FORMAT_NAMES.join(', ')}`;
  }
  const toStdout = formats.filter((f) => f.file === undefined);
  if (toStdout.length > 1) return `only one format can go to stdout (got ${toStdout.map((f) => f.name).join(', ')}); write the others to files with --format <name>=<file>`;
  const files = formats.filter((f) => f.file !== undefined).map((f) => path.normalize(f.file!));
  const dup = files.find((f, i) => files.indexOf(f) !== i);
  if (dup) return `two formats would write the same file "${dup}"`;
  return undefined;
}

/** Article texts for formats that show them (HTML). Only read when such a format is asked for. */
async function readTexts(io: Io, report: Report): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const s of report.sources) {
    try {
      texts.set(s.id, (await io.fs.readFile(path.resolve(io.cwd, s.path))).toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      // A merged report may come from another machine; formats then show no article text.
    }
  }
  return texts;
}

/**
 * Renders every requested format first, then writes each file whole or not at all
 * (temporary file + rename), so a failed run never leaves half a report.
 */
async function writeReports(io: Io, report: Report, formats: readonly FormatRequest[], ctx: FormatContext): Promise<Problem[]> {
  const rendered = formats.map((f) => ({ f, text: formatters[f.name as keyof typeof formatters].render(report, ctx) }));
  const problems: Problem[] = [];
  for (const { f, text } of rendered) {
    if (f.file === undefined) {
      io.stdout.write(text);
      continue;
    }
    const abs = path.resolve(io.cwd, f.file);
    const tmp = `${abs}.${process.pid}.tmp`;
    try {
      await io.fs.writeFile(tmp, text);
      await io.fs.rename(tmp, abs);
    } catch (e) {
      await io.fs.rm(tmp).catch(() => undefined);
      problems.push({ code: 'output/unwritable', severity: 'error', file: displayPath(abs, io.cwd), message: `cannot write the ${f.name} report: ${errText(e)}` });
    }
  }
  return problems;
}
