import type { Formatter } from './types.js';

/** The SPEC §4 report, as is: two-space indented, one trailing newline. */
export const json: Formatter = {
  description: 'the report object (for tools and `crosscheck merge`)',
  extension: 'json',
  render: (report) => `${JSON.stringify(report, null, 2)}\n`,
};
