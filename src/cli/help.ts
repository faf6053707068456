import { FORMAT_NAMES, formatters } from '../formatters/registry.js';
import { KIND_NAMES, kinds } from '../kinds/registry.js';
import { TOOL_VERSION } from '../report/build.js';
import { OPTIONS, type Command } from './args.js';

/** The `--help` text, derived from the option list and the registries. */
export function helpText(command: Command | undefined): string {
  const opts = (c: Command): string =>
    OPTIONS.filter((o) => o.commands.includes(c))
      .map((o) => {
        const flag = `${o.short ? `-${o.short}, ` : '    '}--${o.long}${o.argName ? ` ${o.argName}` : ''}`;
        return `  ${flag.padEnd(34)} ${o.help}`;
      })
      .join('\n');
  const head = `crosscheck ${TOOL_VERSION} — checks hand-curated claims against source articles`;
  if (command === 'validate') {
    return `${head}\n\nUsage: crosscheck validate [options]\n\nValidates claim files (schema, ids, values, examples) without reading articles.\n\nOptions:\n${opts('validate')}\n\nExit status: 0 valid, 2 problems (listed as file:line:column: message).\n`;
  }
  if (command === 'merge') {
    return `${head}\n\nUsage: crosscheck merge <report.json…> [options]\n\nMerges the JSON reports of --shard runs into one report, equal to an unsharded run.\n\nOptions:\n${opts('merge')}\n`;
  }
  return `${head}

Usage:
  crosscheck [check] [options]     check claims against sources (the default command)
  crosscheck validate [-c …]       validate claim files only
  crosscheck merge <report.json…>  merge shard reports into one report
  crosscheck discover [-s …]       propose claims: where the articles disagree, first
  crosscheck help [command]        show help

Options:
${opts('check')}

Formats (--format <name>[=<file>], repeatable):
${FORMAT_NAMES.map((f) => `  ${f.padEnd(10)} ${formatters[f].description}`).join('\n')}

Claim kinds:
${KIND_NAMES.map((k) => `  ${k.padEnd(10)} ${kinds[k].summary}`).join('\n')}

Exit status:
  0  no findings of severity error (under --fail-on)
  1  at least one such finding
  2  usage error or bad input, every problem listed as file:line:column: message

Environment: NO_COLOR, FORCE_COLOR (colour); CI (no spinner).
Config: crosscheck.config.yaml in the working folder (or --config): claims, sources,
failOn, absent, formats, waivers, roles. Command-line flags win.
`;
}
