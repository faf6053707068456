/**
 * The one registry of claim kinds (ARCHITECTURE property 3). A new kind is one folder
 * plus one line here; the schema, the CLI's help and the docs derive from this object.
 */
import type { ClaimKind } from '../report/types.js';
import { date } from './date/index.js';
import { name } from './name/index.js';
import { quantity } from './quantity/index.js';
import { quote } from './quote/index.js';
import { title } from './title/index.js';
import type { ClaimBase, KindDef } from './types.js';

export const kinds = {
  quantity,
  date,
  name,
  title,
  quote,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry is checked against its own claim type where it is defined
} as const satisfies { readonly [K in ClaimKind]: KindDef<any> & { readonly kind: K } };

/** Kind names in registry order. */
export const KIND_NAMES = Object.keys(kinds) as ClaimKind[];

/** Any claim. */
export type Claim = Parameters<(typeof kinds)[ClaimKind]['judge']>[0];

/** The definition for a claim's kind, typed loosely for generic code. */
export function kindOf(kind: ClaimKind): KindDef<ClaimBase> {
  return kinds[kind] as unknown as KindDef<ClaimBase>;
}
