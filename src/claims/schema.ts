/**
 * The claim file JSON Schema (SPEC §2), built from the kinds registry: common fields, plus
 * each kind's own, discriminated by `kind` (ajv's `discriminator`, so an unknown kind gives
 * one clear error instead of one per branch). Unknown fields are errors.
 */
import { KIND_NAMES, kinds } from '../kinds/registry.js';

export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]*$';

/** Fields every claim may have, and that `defaults` may set. */
export const COMMON_PROPERTIES = {
  subject: { type: 'string', minLength: 1 },
  severity: { enum: ['error', 'warning'] },
  required: { type: 'boolean' },
  sources: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  note: { type: 'string' },
  reference: { type: 'string' },
  examples: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['text', 'verdict'],
      properties: { text: { type: 'string', minLength: 1 }, verdict: { enum: ['agreement', 'conflict', 'omission'] } },
    },
  },
} as const;

export const claimFileSchema = {
  $id: 'https://crosscheck.dev/schema/claims.json',
  type: 'object',
  additionalProperties: false,
  required: ['claims'],
  properties: {
    defaults: { type: 'object', additionalProperties: false, properties: COMMON_PROPERTIES },
    claims: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'kind'],
        discriminator: { propertyName: 'kind' },
        oneOf: KIND_NAMES.map((k) => ({
          type: 'object',
          additionalProperties: false,
          required: ['id', 'kind', ...kinds[k].schema.required],
          properties: {
            id: { type: 'string', pattern: ID_PATTERN, maxLength: 200 },
            kind: { const: k },
            ...COMMON_PROPERTIES,
            ...kinds[k].schema.properties,
          },
        })),
      },
    },
  },
} as const;
