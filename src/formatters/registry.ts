/**
 * The one registry of report formats (ARCHITECTURE property 3). A new format is one file
 * plus one line here; `--format` choices and help derive from this object.
 */
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { pretty } from './pretty.js';
import { sarif } from './sarif.js';
import type { Formatter } from './types.js';

export const formatters = {
  pretty,
  json,
  markdown,
  html,
  sarif,
  junit,
  github,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}
