/**
 * `crosscheck discover` (issue 8): reads a pile of articles on one story, lines up what they
 * say about the same thing, and proposes claims — where the articles disagree first.
 * `runDiscover(argv, io)` handles its own options and returns the exit code; like `main`,
 * it never calls process.exit and touches no global state.
 */
import * as path from 'node:path';
import { kindEnv } from '../check.js';
import { readOption, UsageError, type OptionShape } from './args.js';
import type { Io } from '../core/io.js';
import { compareProblems, formatProblem, type Problem } from '../core/problem.js';
import { didYouMean } from '../core/suggest.js';
import { displayPath, errText } from '../core/walk.js';
import { claimFile } from '../discover/claims.js';
import { discover } from '../discover/index.js';
import { renderJson, renderPretty } from '../discover/render.js';
import { TOOL_VERSION } from '../report/build.js';
import { loadSources } from '../sources/load.js';
import { loadConfig } from './config.js';

const FORMATS = ['pretty', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface DiscoverArgs {
  sources?: string[];
  format: Format;
  write?: string;
  minArticles: number;
  config?: string;
  help: boolean;
}

interface Spec extends OptionShape {
  readonly help: string;
}

const OPTIONS: readonly Spec[] = [
  { long: 'sources', short: 's', arg: 'many', argName: '<path…>', help: 'article files or folders (default: sources, or the config file\'s)' },
  { long: 'format', short: 'f', arg: 'one', argName: '<name>', help: 'pretty (default): a ranked list with evidence | json: the same, for tools' },
  { long: 'write', arg: 'one', argName: '<file>', help: 'also write the proposals as a claim file (validated before it is written)' },
  { long: 'min-articles', arg: 'one', argName: '<n>', help: 'propose only what at least n articles state (default 1; an agreement always needs 2)' },
  { long: 'config', arg: 'one', argName: '<file>', help: 'config file (default: crosscheck.config.yaml if present): sources, roles' },
  { long: 'help', short: 'h', help: 'show this help' },
];

/** The `crosscheck discover --help` text. */
export function discoverHelp(): string {
  const opts = OPTIONS.map((o) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${o.long}${o.argName ? ` ${o.argName}` : ''}`;
    return `  ${flag.padEnd(28)} ${o.help}`;
  }).join('\n');
  return `crosscheck ${TOOL_VERSION} — discover: find where articles disagree before anyone writes a claim

Usage: crosscheck discover [options]

Reads every article with the readers the claim kinds use, lines up what they say about the
same thing, and proposes claims, most useful first: where the articles disagree.
  names     capitalised names that are near misses of each other ("Osorio Chung" / "Osorio Chong")
  figures   numbers that count the same thing, with their intervals ("218,000" / "more than 220,000")
  dates     one event dated differently, after each article's publication date is applied
  titles    one person given different titles ("deputy head" / "head")
  quotes    one speaker quoted with nearly the same words, with the word diff
Then what several articles agree on. Each proposal shows the articles' own words at
file:line:column and the claim it proposes.

Options:
${opts}

--write <file> writes valid claims (they pass "crosscheck validate") with examples taken from
the articles; where the articles disagree, the value is a proposal and a "# confirm: …"
comment says what each article states. The file is written whole or not at all.

Exit status:
  0  the list was produced (disagreements are findings to read, not failures)
  2  usage error or bad input (unreadable article, unwritable file), listed as file:line:column: message
`;
}

function parse(argv: readonly string[]): DiscoverArgs {
  const out: DiscoverArgs = { format: 'pretty', minArticles: 1, help: false };
  let formatSeen: string | undefined;
  let i = 0;
  while (i < argv.length) {
    const word = argv[i++]!;
    if (word === '--') {
      if (i < argv.length) throw new UsageError(`unexpected argument "${argv[i]}"`, 'give articles with -s');
      break;
    }
    if (!word.startsWith('-') || word === '-') throw new UsageError(`unexpected argument "${word}"`, 'give articles with -s <path…>');
    const read = readOption(argv, i - 1, OPTIONS, 'crosscheck discover');
    const spec = read.spec;
    const values = read.values;
    i = read.next;
    switch (spec.long) {
      case 'sources':
        (out.sources ??= []).push(...values);
        break;
      case 'format': {
        const v = values[0]!;
        if (!(FORMATS as readonly string[]).includes(v)) {
          const guess = didYouMean(v, FORMATS);
          throw new UsageError(`unknown format "${v}"${guess ? ` (did you mean "${guess}"?)` : ''}; formats: ${FORMATS.join(', ')}`);
        }
        if (formatSeen !== undefined && formatSeen !== v) throw new UsageError(`--format given twice with different values (${formatSeen}, ${v})`);
        formatSeen = v;
        out.format = v as Format;
        break;
      }
      case 'write':
        if (out.write !== undefined && out.write !== values[0]) throw new UsageError('--write given twice');
        out.write = values[0]!;
        break;
      case 'min-articles': {
        const v = values[0]!;
        if (!/^\d+$/u.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v))) throw new UsageError(`--min-articles must be a whole number of at least 1 (got "${v}")`);
        out.minArticles = Number(v);
        break;
      }
      case 'config':
        out.config = values[0]!;
        break;
      case 'help':
        out.help = true;
        break;
    }
  }
  return out;
}

function printProblems(io: Io, problems: readonly Problem[]): void {
  for (const p of [...problems].sort(compareProblems)) io.stderr.write(`${formatProblem(p)}\n`);
}

/** NO_COLOR wins, then FORCE_COLOR, then whether stdout is a terminal (as `check`). */
function useColor(io: Io): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}

/** Claim ids used by the other claim files next to the one written (they must stay unique). */
async function siblingIds(io: Io, abs: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const dir = path.dirname(abs);
  let entries;
  try {
    entries = await io.fs.readdir(dir);
  } catch {
    return ids;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || !/\.ya?ml$/iu.test(e.name)) continue;
    const file = path.join(dir, e.name);
    if (file === abs) continue;
    try {
      const text = (await io.fs.readFile(file)).toString('utf8');
      for (const m of text.matchAll(/^[ \t-]*id:[ \t]*["']?([A-Za-z0-9][A-Za-z0-9._-]*)/gmu)) ids.add(m[1]!);
    } catch {
      // An unreadable neighbour is validate's business, not ours.
    }
  }
  return ids;
}

/**
 * Runs `crosscheck discover` with its own arguments (`argv` without the command word).
 * Returns 0 when the list was produced, 2 on a usage error or bad input.
 */
export async function runDiscover(argv: readonly string[], io: Io): Promise<number> {
  let args: DiscoverArgs;
  try {
    args = parse(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`crosscheck discover: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    io.stdout.write(discoverHelp());
    return 0;
  }
  try {
    return await run(args, io);
  } catch (e) {
    io.stderr.write(`crosscheck discover: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\nThis is a bug in crosscheck; please report it.\n`);
    return 2;
  }
}

async function run(args: DiscoverArgs, io: Io): Promise<number> {
  const { config, problems: configProblems } = await loadConfig(io, args.config);
  if (configProblems.length) {
    printProblems(io, configProblems);
    return 2;
  }
  const paths = args.sources ?? config.sources ?? ['sources'];
  const { sources, problems } = await loadSources(io, paths);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    printProblems(io, problems);
    return 2;
  }
  if (sources.length === 0) {
    printProblems(io, [{ code: 'sources/none', severity: 'error', file: paths.join(', '), message: 'no articles (.txt or .md files) found', hint: 'give article files or folders with -s' }]);
    return 2;
  }
  printProblems(io, problems);

  const target = args.write === undefined ? undefined : path.resolve(io.cwd, args.write);
  const takenIds = target ? await siblingIds(io, target) : new Set<string>();
  const discovery = discover(sources, { minArticles: args.minArticles, takenIds, ...(config.roles ? { roles: config.roles } : {}) });

  let note = '';
  if (target) {
    const shown = displayPath(target, io.cwd);
    const file = claimFile(discovery, kindEnv(config.roles), shown);
    if (file.problems.length) {
      io.stderr.write('crosscheck discover: internal error: the proposed claims do not validate:\n');
      printProblems(io, file.problems);
      io.stderr.write('This is a bug in crosscheck; please report it.\n');
      return 2;
    }
    if (file.claims === 0) {
      note = `No claims to write: ${shown} was not written.\n`;
    } else {
      const tmp = `${target}.${process.pid}.tmp`;
      try {
        await io.fs.writeFile(tmp, file.text);
        await io.fs.rename(tmp, target);
      } catch (e) {
        await io.fs.rm(tmp).catch(() => undefined);
        printProblems(io, [{ code: 'output/unwritable', severity: 'error', file: shown, message: `cannot write the claim file: ${errText(e)}` }]);
        return 2;
      }
      const left = file.droppedExamples
        ? file.droppedExamples === 1
          ? " 1 example sentence was left out: without its article's date it gives no verdict."
          : ` ${file.droppedExamples} example sentences were left out: without their articles' dates they give no verdict.`
        : '';
      const skipped = file.droppedClaims.length ? ` Not written, rejected by the claim loader: ${file.droppedClaims.join(', ')}.` : '';
      note = `Wrote ${file.claims} claim${file.claims === 1 ? '' : 's'} to ${shown}; they validate.${left}${skipped}\n`;
    }
  }

  if (args.format === 'json') {
    io.stdout.write(renderJson(discovery, { name: 'crosscheck', version: TOOL_VERSION }));
    if (note) io.stderr.write(note);
  } else {
    io.stdout.write(renderPretty(discovery, { color: useColor(io), width: io.stdout.columns ?? 100 }));
    if (note) io.stdout.write(`\n${note}`);
    else if (discovery.proposals.length) io.stdout.write('\nWrite these as claims with: crosscheck discover --write claims/discovered.yaml\n');
  }
  return 0;
}
