/**
 * The save slots (autosave, quick save, 1–9) over a guarded backend. Every read is validated; a
 * damaged record is moved aside under a `damaged:` key, reported once, and never takes other
 * slots down with it. Nothing here throws on bad data: results say what happened.
 */
import * as v from 'valibot';
import { decodeRecord, encodeRecord, issueText, type DamageReason, type RecordSpec } from './envelope.ts';
import { outcomeOf, type Outcome, type SafeBackend } from './open-storage.ts';
import { readRecord, type DamagedRecord, type RecordRead } from './records.ts';
import { SLOT_IDS, saveRecordSchema, saveSpec, type SaveMeta, type SaveRecord, type SlotId } from './save-schema.ts';
import { safeGet, safeRemove, safeSet } from './key-value.ts';
import type { KeyValueStore } from './settings.ts';

/** A slot as the save screen lists it. */
export type SlotEntry =
  | { readonly slot: SlotId; readonly state: 'empty' }
  | { readonly slot: SlotId; readonly state: 'saved'; readonly meta: SaveMeta }
  | { readonly slot: SlotId; readonly state: 'damaged'; readonly reason: DamageReason; readonly message: string };

/** A loaded save, or why there is none. */
export type LoadResult =
  | { readonly ok: true; readonly record: SaveRecord }
  | { readonly ok: false; readonly reason: 'empty' | DamageReason; readonly message: string };

/** What a SaveStore needs. */
export interface SaveStoreOptions {
  readonly backend: SafeBackend;
  /** Names a route id, for saves made before slots showed the route (the graph's `routes[id].name`). */
  readonly routeName?: (id: string) => string | undefined;
  /** Hears each damaged record once, when it is set aside. */
  readonly onDamaged?: (damaged: DamagedRecord) => void;
  readonly now?: () => Date;
  /**
   * A synchronous store (localStorage) for the autosave as the page goes away: an IndexedDB write
   * started then may be cut off with the page, a synchronous one is not. See `keepAtOnce`.
   */
  readonly rescue?: KeyValueStore;
}

/** Where `keepAtOnce` leaves the autosave (or "ended") for `recover` to move into its slot. */
export const RESCUE_KEY = 'metallic-rouge-act1:autosave-rescue';

/** The storage key of a slot. */
export const slotKey = (slot: SlotId): string => `save:${slot}`;

/** How a slot is named to the reader: "the autosave", "the quick save", "save slot 3". */
export function slotLabel(slot: SlotId): string {
  if (slot === 'auto') return 'the autosave';
  if (slot === 'quick') return 'the quick save';
  return `save slot ${slot}`;
}

/** The save slots. */
export class SaveStore {
  private readonly spec: RecordSpec<SaveRecord>;

  constructor(private readonly options: SaveStoreOptions) {
    this.spec = saveSpec(options.routeName);
  }

  /** Every slot, in order: empty, saved with its meta, or damaged with the reason (reported once, then empty). */
  async list(): Promise<SlotEntry[]> {
    return Promise.all(
      SLOT_IDS.map(async (slot): Promise<SlotEntry> => {
        const read = await this.read(slot);
        if (read.state === 'saved') return { slot, state: 'saved', meta: read.value.meta };
        return read.state === 'empty' ? { slot, state: 'empty' } : { slot, state: 'damaged', reason: read.reason, message: read.message };
      }),
    );
  }

  /** True when a slot holds a readable save (the title's Continue asks this of `auto`). */
  async has(slot: SlotId): Promise<boolean> {
    return (await this.read(slot)).state === 'saved';
  }

  /** The save in a slot. */
  async load(slot: SlotId): Promise<LoadResult> {
    const read = await this.read(slot);
    if (read.state === 'saved') return { ok: true, record: read.value };
    if (read.state === 'empty') return { ok: false, reason: 'empty', message: `There is nothing in ${slotLabel(slot)}.` };
    return { ok: false, reason: read.reason, message: read.message };
  }

  /** Writes a record to its slot, after checking it is one we can read back. */
  async save(record: SaveRecord): Promise<Outcome> {
    return this.saveAll([record]);
  }

  /** Writes several records at once (an import), each checked first: all of them, or none when the backend allows. */
  async saveAll(records: readonly SaveRecord[]): Promise<Outcome> {
    const entries: [string, string][] = [];
    for (const record of records) {
      const checked = v.safeParse(saveRecordSchema, record);
      if (!checked.success) return { ok: false, message: `Not saved: the save for ${slotLabel(record.slot)} is not valid (${issueText(checked.issues)}).` };
      entries.push([slotKey(record.slot), encodeRecord(this.spec, checked.output)]);
    }
    const backend = this.options.backend;
    const [only] = entries;
    return outcomeOf(entries.length === 1 && only ? await backend.set(...only) : await backend.setMany(entries));
  }

  /**
   * Keeps the autosave synchronously, for a page that is going away (`ended` when the story is over
   * and the autosave should go). The next visit's `recover` moves it into the slot.
   */
  keepAtOnce(record: SaveRecord | 'ended'): void {
    const { rescue } = this.options;
    if (!rescue || (record !== 'ended' && (record.slot !== 'auto' || !v.safeParse(saveRecordSchema, record).success))) return;
    // A full or refused localStorage: the asynchronous write is all there is.
    safeSet(rescue, RESCUE_KEY, record === 'ended' ? 'ended' : encodeRecord(this.spec, record));
  }

  /** Moves an autosave kept by `keepAtOnce` into its slot, unless the slot has a newer one; once, at startup. */
  async recover(): Promise<void> {
    const { rescue } = this.options;
    const text = rescue ? safeGet(rescue, RESCUE_KEY) : null;
    if (text === null || !rescue) return;
    if (text === 'ended') await this.delete('auto');
    else {
      const kept = decodeRecord(this.spec, text);
      if (kept.ok && kept.value.slot === 'auto') {
        const stored = await this.read('auto');
        if (stored.state !== 'saved' || stored.value.meta.savedAt <= kept.value.meta.savedAt) await this.save(kept.value);
      }
    }
    // Left behind, it is read again next time and changes nothing newer.
    safeRemove(rescue, RESCUE_KEY);
  }

  /** Empties a slot. */
  async delete(slot: SlotId): Promise<Outcome> {
    return outcomeOf(await this.options.backend.delete(slotKey(slot)));
  }

  /** Every readable save, for an export. */
  async all(): Promise<SaveRecord[]> {
    const reads = await Promise.all(SLOT_IDS.map((slot) => this.read(slot)));
    return reads.flatMap((read) => (read.state === 'saved' ? [read.value] : []));
  }

  private async read(slot: SlotId): Promise<RecordRead<SaveRecord>> {
    return readRecord({
      backend: this.options.backend,
      key: slotKey(slot),
      spec: this.spec,
      label: capitalise(slotLabel(slot)),
      consequence: 'the slot is free to use again',
      check: (record) => (record.slot === slot ? undefined : `it says it belongs in ${slotLabel(record.slot)}`),
      ...(this.options.onDamaged ? { onDamaged: this.options.onDamaged } : {}),
      ...(this.options.now ? { now: this.options.now } : {}),
    });
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
