/** Reading one stored record: empty, valid (migrated if old), or damaged and set aside under a `damaged:` key. */
import { decodeRecord, encodeRecord, type DamageReason, type RecordSpec } from './envelope.ts';
import type { SafeBackend } from './open-storage.ts';

/** A damaged record found and set aside. */
export interface DamagedRecord {
  readonly key: string;
  /** Where the damaged text now lives, if moving it worked. */
  readonly movedTo?: string;
  readonly reason: DamageReason;
  /** For the reader: what could not be read, why, and what happens now. */
  readonly message: string;
}

/** A stored record as read. */
export type RecordRead<T> =
  | { readonly state: 'empty' }
  | { readonly state: 'saved'; readonly value: T }
  | { readonly state: 'damaged'; readonly reason: DamageReason; readonly message: string };

/** How to read one record. */
export interface ReadRecordOptions<T> {
  readonly backend: SafeBackend;
  readonly key: string;
  readonly spec: RecordSpec<T>;
  /** How the record is named to the reader: "Save slot 3", "Your reading progress". */
  readonly label: string;
  /** What happens once it is set aside: "the slot is free to use again". */
  readonly consequence: string;
  /** A further check on valid data; returns why it is wrong, or undefined. */
  readonly check?: (value: T) => string | undefined;
  readonly onDamaged?: (damaged: DamagedRecord) => void;
  readonly now?: () => Date;
}

/** The prefix of keys holding records that were set aside. */
export const DAMAGED_PREFIX = 'damaged:';

/** Reads, validates and migrates a record; a damaged one is moved aside and reported once. */
export async function readRecord<T>(options: ReadRecordOptions<T>): Promise<RecordRead<T>> {
  const { backend, key, spec } = options;
  const raw = await backend.get(key);
  if (raw === undefined) return { state: 'empty' };
  const decoded = decodeRecord(spec, raw);
  const wrong = decoded.ok ? options.check?.(decoded.value) : undefined;
  if (!decoded.ok || wrong !== undefined) {
    return setAside(options, raw, decoded.ok ? 'invalid' : decoded.reason, decoded.ok ? wrong! : decoded.detail);
  }
  // An older version reads fine; store it in the current one so it migrates only once.
  if (decoded.migratedFrom !== undefined) await backend.set(key, encodeRecord(spec, decoded.value));
  return { state: 'saved', value: decoded.value };
}

async function setAside<T>(options: ReadRecordOptions<T>, raw: unknown, reason: DamageReason, detail: string): Promise<RecordRead<T>> {
  const { backend, key } = options;
  const movedTo = `${DAMAGED_PREFIX}${key}:${(options.now?.() ?? new Date()).toISOString()}`;
  const moved = (await backend.set(movedTo, typeof raw === 'string' ? raw : String(raw))).ok && (await backend.delete(key)).ok;
  const message = moved
    ? `${options.label} could not be read (${detail}). The damaged copy was set aside; ${options.consequence}.`
    : `${options.label} could not be read (${detail}), and the damaged copy could not be set aside; the next save replaces it.`;
  options.onDamaged?.({ key, ...(moved ? { movedTo } : {}), reason, message });
  return { state: 'damaged', reason, message };
}
