/**
 * Versioned envelopes around everything stored: `{ app, kind, version, data }`. Reading one checks
 * size, JSON, that it is ours and of the right kind, its version, migrates it and validates it
 * with valibot; a record that fails any of these is reported as damaged, never thrown on.
 */
import * as v from 'valibot';
import { parseJsonSafely } from './json.ts';

/** The app id stamped on every record and export. */
export const APP_ID = 'metallic-rouge-act1';

/** What a stored record holds. */
export const RECORD_KINDS = ['save', 'progress', 'settings', 'export'] as const;
/** What a stored record holds. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Why a record could not be used. */
export const DAMAGE_REASONS = ['unreadable', 'oversized', 'foreign', 'future-version', 'invalid'] as const;
/** Why a record could not be used. */
export type DamageReason = (typeof DAMAGE_REASONS)[number];

/** How to read and write one kind of record. */
export interface RecordSpec<T> {
  readonly kind: RecordKind;
  /** The version written now. */
  readonly version: number;
  /** Largest stored text accepted, in characters. */
  readonly maxChars: number;
  /** Validates (and may normalise) data of the current version. */
  readonly schema: v.GenericSchema<unknown, T>;
  /** `migrations[n]` validates data of version n and turns it into version n + 1. */
  readonly migrations: readonly v.GenericSchema<unknown, unknown>[];
}

/** A decoded record, or why it is damaged (`detail` names the field and the problem). */
export type Decoded<T> =
  | { readonly ok: true; readonly value: T; readonly migratedFrom?: number }
  | { readonly ok: false; readonly reason: DamageReason; readonly detail: string };

/** The JSON text stored for `data`. */
export function encodeRecord<T>(spec: RecordSpec<T>, data: T): string {
  return JSON.stringify(envelopeOf(spec, data));
}

/** The envelope object for `data` (exports nest these). */
export function envelopeOf<T>(spec: RecordSpec<T>, data: T): { app: string; kind: RecordKind; version: number; data: T } {
  return { app: APP_ID, kind: spec.kind, version: spec.version, data };
}

/** Decodes what storage returned: anything but JSON text of a valid envelope is damaged. */
export function decodeRecord<T>(spec: RecordSpec<T>, raw: unknown): Decoded<T> {
  if (typeof raw !== 'string') return { ok: false, reason: 'unreadable', detail: `stored as ${typeName(raw)}, not text` };
  const parsed = parseJsonSafely(raw, spec.maxChars);
  if (!parsed.ok) return { ok: false, reason: parsed.reason === 'forbidden-key' ? 'invalid' : parsed.reason, detail: parsed.detail };
  return decodeEnvelope(spec, parsed.value);
}

const envelopeSchema = v.object({ app: v.string(), kind: v.string(), version: v.pipe(v.number(), v.integer(), v.minValue(0)), data: v.unknown() });

/** Decodes an already parsed envelope: checks owner, kind and version, migrates, validates. */
export function decodeEnvelope<T>(spec: RecordSpec<T>, value: unknown): Decoded<T> {
  if (typeof value !== 'object' || value === null || (value as { app?: unknown }).app !== APP_ID) {
    return { ok: false, reason: 'foreign', detail: `not a ${APP_ID} record` };
  }
  const envelope = v.safeParse(envelopeSchema, value);
  if (!envelope.success) return { ok: false, reason: 'invalid', detail: issueText(envelope.issues) };
  const { kind, version } = envelope.output;
  if (kind !== spec.kind) return { ok: false, reason: 'foreign', detail: `a ${kind} record where a ${spec.kind} record belongs` };
  if (version > spec.version) {
    return { ok: false, reason: 'future-version', detail: `version ${version}, newer than this explorer's ${spec.version}; update the explorer (reload the page) to read it` };
  }
  let data = envelope.output.data;
  for (let from = version; from < spec.version; from++) {
    const migration = spec.migrations[from];
    if (!migration) return { ok: false, reason: 'invalid', detail: `version ${version} cannot be migrated (no migration from version ${from})` };
    const migrated = v.safeParse(migration, data);
    if (!migrated.success) return { ok: false, reason: 'invalid', detail: `as version ${from}: ${issueText(migrated.issues)}` };
    data = migrated.output;
  }
  const result = v.safeParse(spec.schema, data);
  if (!result.success) return { ok: false, reason: 'invalid', detail: issueText(result.issues) };
  return version < spec.version ? { ok: true, value: result.output, migratedFrom: version } : { ok: true, value: result.output };
}

/** The first validation issue as "field.path: problem". */
export function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid';
  const path = v.getDotPath(issue);
  return `${path ? `${path}: ` : ''}${issue.message}`;
}

function typeName(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'an object';
  return typeof value;
}
