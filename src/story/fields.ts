/** Reading a block's `key: value` fields with the diagnostics a writer needs. */
import type { Diagnostic } from './diagnostics.ts';
import type { Field, RawBlock } from './blocks.ts';
import type { Tier } from './types.ts';

/** Field access for one block: each getter reports what is missing or malformed. */
export interface FieldReader {
  /** The field, if present. */
  get(key: string): Field | undefined;
  /** The field's value; reports an error when it is missing or empty. */
  required(key: string): string;
  /** The field's value, or undefined. */
  optional(key: string): string | undefined;
  /** A spoiler tier 0–3 (required). */
  tier(key: string): Tier;
  /** Reports an error at a field's value. */
  error(field: Field, message: string, hint?: string, offset?: number): void;
}

/** Builds a reader over a block's fields; duplicate fields are reported once here. */
export function readFields(block: RawBlock, report: (d: Diagnostic) => void): FieldReader {
  const byKey = new Map<string, Field>();
  const error = (field: Field, message: string, hint?: string, offset = 0): void =>
    report({ file: block.file, line: field.line, col: field.col + offset, severity: 'error', message, ...(hint ? { hint } : {}) });
  for (const field of block.fields) {
    if (byKey.has(field.key)) error(field, `the field '${field.key}' is given twice in ${describe(block)}`);
    else byKey.set(field.key, field);
  }
  const missing = (key: string): void =>
    report({ file: block.file, line: block.line, col: 1, severity: 'error', message: `${describe(block)} has no '${key}:'`, hint: `add '${key}: …' under the header` });
  const reader: FieldReader = {
    get: (key) => byKey.get(key),
    optional: (key) => {
      const value = byKey.get(key)?.value;
      return value === '' ? undefined : value;
    },
    required: (key) => {
      const field = byKey.get(key);
      if (!field) missing(key);
      else if (field.value === '') error(field, `'${key}:' is empty`);
      return field?.value ?? '';
    },
    tier: (key) => {
      const field = byKey.get(key);
      if (!field) {
        missing(key);
        return 0;
      }
      if (!/^[0-3]$/.test(field.value)) {
        error(field, `'${field.value}' is not a spoiler tier`, 'tiers are 0 (synopsis), 1, 2 (the twist) and 3 (later episodes)');
        return 0;
      }
      return Number(field.value) as Tier;
    },
    error,
  };
  return reader;
}

/** "beat cold-open", "the story block": how diagnostics name a block. */
export function describe(block: Pick<RawBlock, 'kind' | 'id'>): string {
  return block.id ? `${block.kind} '${block.id}'` : `the ${block.kind} block`;
}
