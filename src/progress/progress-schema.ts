/** The stored progress record: a valibot schema that also sorts and de-duplicates every list. */
import * as v from 'valibot';
import type { RecordSpec } from '../storage/envelope.ts';
import type { Progress } from './progress.ts';

/** Size limits on stored progress. */
export const PROGRESS_LIMITS = {
  /** The whole stored record, in characters. */
  recordChars: 4_000_000,
  /** Entries in any one list (lines read is the longest: one per line of the script). */
  listItems: 100_000,
  /** One id. */
  idChars: 300,
} as const;

const id = v.pipe(v.string(), v.maxLength(PROGRESS_LIMITS.idChars));
const idList = v.pipe(
  v.array(id),
  v.maxLength(PROGRESS_LIMITS.listItems),
  v.transform((items) => [...new Set(items)].sort()),
);

/** Progress as stored: lists sorted and unique whatever the stored order. */
export const progressSchema = v.object({
  lines: idList,
  beats: idList,
  facts: v.pipe(v.record(id, idList), v.maxEntries(PROGRESS_LIMITS.listItems)),
  choices: idList,
  routes: idList,
  endings: idList,
  seenFacts: idList,
});

/** The progress record's spec (version 1, the first). */
export const PROGRESS_SPEC: RecordSpec<Progress> = {
  kind: 'progress',
  version: 1,
  maxChars: PROGRESS_LIMITS.recordChars,
  schema: progressSchema,
  migrations: [],
};

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Stops compiling when Progress gains a field the schema would silently drop.
const _keys: Same<keyof Progress, keyof v.InferOutput<typeof progressSchema>> = true;
void _keys;
