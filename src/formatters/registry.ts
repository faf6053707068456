/**
 * The one registry of report formats (ARCHITECTURE property 3). A new format is one file
 * plus one line here; `--format` choices and help derive from this object.
 */
import { json } from './json.js';
import { pretty } from './pretty.js';
import type { Formatter } from './types.js';

export const formatters = {
  pretty,
  json,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}
