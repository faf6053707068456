import type { FailOn, Report } from '../report/types.js';

/** What a formatter may know besides the report. Formatters are pure: no I/O, no clock. */
export interface FormatContext {
  /** Emit ANSI colour (pretty only); decided by the CLI from NO_COLOR / FORCE_COLOR / TTY. */
  readonly color: boolean;
  /** Terminal width for layout (pretty only). */
  readonly width: number;
  /** The policy that decides which findings fail the run (for summaries). */
  readonly failOn: FailOn;
  /** Full original text of each source, by source id, when available (HTML highlighting, snippets). */
  readonly texts?: ReadonlyMap<string, string>;
}

/** A report format: a pure function of the report. */
export interface Formatter {
  /** One line for `--help`. */
  readonly description: string;
  /** File extension used in docs/examples. */
  readonly extension: string;
  readonly render: (report: Report, ctx: FormatContext) => string;
}
