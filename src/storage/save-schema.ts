/** The save record's schema (valibot), its limits, and the migration from version 0. */
import * as v from 'valibot';
import type { Position, ReaderStep, Stage } from '../machine/runtime.ts';
import type { StorySave } from '../machine/story-machine.ts';
import { STAGE_POSITIONS } from '../story/types.ts';
import type { RecordSpec } from './envelope.ts';

/** The save slots: the autosave, the quick save, and nine manual slots. */
export const SLOT_IDS = ['auto', 'quick', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
/** A save slot. */
export type SlotId = (typeof SLOT_IDS)[number];

/** Size limits on stored saves. */
export const SAVE_LIMITS = {
  /** A whole stored save, in characters (JSON text). */
  recordChars: 2_000_000,
  /**
   * The thumbnail's data URL, in characters (about 96 KB of image; a 320×180 WebP is 10–20 KB).
   * Checking and storing it costs time in proportion: at this cap about 3 ms per save or load.
   */
  thumbnailChars: 128_000,
  /** Reader actions in a save's log. */
  logSteps: 200_000,
  /** An id (beat, flag, fact, character) or a short name. */
  idChars: 200,
  /** A beat title or route name. */
  titleChars: 300,
  /** Flags, unlocked facts, beats visited, characters on stage. */
  listItems: 10_000,
} as const;

const id = v.pipe(v.string(), v.maxLength(SAVE_LIMITS.idChars));
const title = v.pipe(v.string(), v.maxLength(SAVE_LIMITS.titleChars));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const ids = v.pipe(v.array(id), v.maxLength(SAVE_LIMITS.listItems));
const unlocked = v.pipe(v.record(id, id), v.maxEntries(SAVE_LIMITS.listItems));

const stageSchema = v.object({
  bg: v.nullable(id),
  characters: v.pipe(v.array(v.object({ id, expression: id, position: v.picklist(STAGE_POSITIONS) })), v.maxLength(SAVE_LIMITS.listItems)),
  music: v.nullable(id),
  ambience: v.nullable(id),
});

const positionSchema = v.object({
  beatId: id,
  step: count,
  flags: ids,
  unlocked,
  route: v.nullable(id),
  stage: stageSchema,
  visited: ids,
  ended: v.boolean(),
});

const readerStepSchema = v.variant('t', [
  v.object({ t: v.literal('advance') }),
  v.object({ t: v.literal('choose'), index: count }),
  v.object({ t: v.literal('jump'), beatId: id }),
  v.object({ t: v.literal('resume'), beatId: id, flags: ids, unlocked }),
]);

/** A story save exactly as the story machine takes it: `{ graphHash, position, log }`. */
export const storySaveSchema = v.object({
  graphHash: id,
  position: positionSchema,
  log: v.pipe(v.array(readerStepSchema), v.maxLength(SAVE_LIMITS.logSteps)),
});

/** A stage thumbnail: a base64 WebP, JPEG or PNG data URL, size-capped (never SVG: it could carry script). */
export const thumbnailSchema = v.pipe(
  v.string(),
  v.maxLength(SAVE_LIMITS.thumbnailChars, `a thumbnail may be at most ${SAVE_LIMITS.thumbnailChars} characters`),
  v.regex(/^data:image\/(?:webp|jpeg|png);base64,[A-Za-z0-9+/]+={0,2}$/, 'a thumbnail must be a base64 data:image/webp, jpeg or png URL'),
);

const metaFields = {
  beatId: id,
  beatTitle: title,
  playTimeMs: v.pipe(count, v.maxValue(Number.MAX_SAFE_INTEGER)),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  thumbnail: v.exactOptional(thumbnailSchema),
};

/** What a slot shows: where, which route, how long played, when, and a picture of the stage. */
export const saveMetaSchema = v.object({ ...metaFields, route: v.nullable(v.object({ id, name: title })) });

/** A save slot's record (version 1). */
export const saveRecordSchema = v.object({ slot: v.picklist(SLOT_IDS), story: storySaveSchema, meta: saveMetaSchema });

/** What a slot shows. */
export interface SaveMeta {
  readonly beatId: string;
  readonly beatTitle: string;
  /** The route the reader was on, with its name as it was when saved. */
  readonly route: { readonly id: string; readonly name: string } | null;
  readonly playTimeMs: number;
  /** ISO date and time. */
  readonly savedAt: string;
  /** A base64 data:image/webp|jpeg|png URL of the stage. */
  readonly thumbnail?: string;
}

/** A save slot's record: the slot, the story save, and what the slot shows. */
export interface SaveRecord {
  readonly slot: SlotId;
  readonly story: StorySave;
  readonly meta: SaveMeta;
}

/** Version 0 (the first save screen): no route in the meta. Its migration reads the route from the position. */
const saveRecordV0Schema = v.object({ slot: v.picklist(SLOT_IDS), story: storySaveSchema, meta: v.object(metaFields) });

/** The save record's spec; `routeName` names a route id for saves from before meta carried the route. */
export function saveSpec(routeName: (id: string) => string | undefined = () => undefined): RecordSpec<SaveRecord> {
  const v0ToV1 = v.pipe(
    saveRecordV0Schema,
    v.transform((old): SaveRecord => {
      const route = old.story.position.route;
      return { ...old, meta: { ...old.meta, route: route === null ? null : { id: route, name: routeName(route) ?? route } } };
    }),
  );
  return { kind: 'save', version: 1, maxChars: SAVE_LIMITS.recordChars, schema: saveRecordSchema, migrations: [v0ToV1] };
}

// The schemas must produce exactly what the machine takes: these stop compiling when a field is
// added to the machine's types but not here (valibot would silently drop it from every save).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<S extends v.GenericSchema> = v.InferOutput<S>;
const _storySave: StorySave = {} as Out<typeof storySaveSchema>;
const _record: SaveRecord = {} as Out<typeof saveRecordSchema>;
const _position: Position = {} as Out<typeof positionSchema>;
const _step: ReaderStep = {} as Out<typeof readerStepSchema>;
const _keys: [
  Same<keyof StorySave, keyof Out<typeof storySaveSchema>>,
  Same<keyof Position, keyof Out<typeof positionSchema>>,
  Same<keyof Stage, keyof Out<typeof stageSchema>>,
  Same<keyof SaveMeta, keyof Out<typeof saveMetaSchema>>,
  Same<ReaderStep['t'], Out<typeof readerStepSchema>['t']>,
] = [true, true, true, true, true];
void [_storySave, _record, _position, _step, _keys];
