/**
 * Lifelong progress, kept apart from the save slots: loaded once at startup, read synchronously,
 * grown by `update`, written through the backend (throttled, with a flush for page hide).
 */
import { encodeRecord } from '../storage/envelope.ts';
import { outcomeOf, type Outcome, type SafeBackend } from '../storage/open-storage.ts';
import { readRecord, type DamagedRecord } from '../storage/records.ts';
import { throttle, type Throttled, type Timers } from '../storage/throttle.ts';
import { EMPTY_PROGRESS, type Progress } from './progress.ts';
import { PROGRESS_SPEC } from './progress-schema.ts';
import { mergeProgress } from './track.ts';

/** The storage key of the progress record. */
export const PROGRESS_KEY = 'progress';

/** What a ProgressStore needs. */
export interface ProgressStoreOptions {
  readonly backend: SafeBackend;
  /** Least time between two writes (default 1000 ms). */
  readonly intervalMs?: number;
  readonly timers?: Timers;
  /** Hears a damaged stored record, once, when it is set aside. */
  readonly onDamaged?: (damaged: DamagedRecord) => void;
  readonly now?: () => Date;
}

/** The reader's lifelong progress. */
export class ProgressStore {
  private readonly listeners = new Set<(progress: Progress) => void>();
  private readonly writer: Throttled;
  private lastWrite: Outcome = { ok: true };

  private constructor(
    private readonly backend: SafeBackend,
    private current: Progress,
    options: ProgressStoreOptions,
  ) {
    this.writer = throttle(() => this.write(), { intervalMs: options.intervalMs ?? 1000, ...(options.timers ? { timers: options.timers } : {}) });
  }

  /** Loads the stored progress (empty when there is none or it is damaged) and returns the store. */
  static async open(options: ProgressStoreOptions): Promise<ProgressStore> {
    const read = await readRecord({
      backend: options.backend,
      key: PROGRESS_KEY,
      spec: PROGRESS_SPEC,
      label: 'Your reading progress',
      consequence: 'progress starts again from here (saves are not affected)',
      ...(options.onDamaged ? { onDamaged: options.onDamaged } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
    return new ProgressStore(options.backend, read.state === 'saved' ? read.value : EMPTY_PROGRESS, options);
  }

  /** Progress now. */
  get(): Progress {
    return this.current;
  }

  /** Changes progress (in memory at once, stored soon); listeners hear only real changes. Progress never shrinks. */
  update(change: (progress: Progress) => Progress): void {
    const next = mergeProgress(this.current, change(this.current));
    if (next === this.current) return;
    this.current = next;
    this.writer.schedule();
    for (const listener of this.listeners) listener(next);
  }

  /** Listens for changes; returns an unsubscribe. */
  subscribe(listener: (progress: Progress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes any waiting change now (page hide) and says whether the last write worked. */
  async flush(): Promise<Outcome> {
    await this.writer.flush();
    return this.lastWrite;
  }

  private async write(): Promise<void> {
    this.lastWrite = outcomeOf(await this.backend.set(PROGRESS_KEY, encodeRecord(PROGRESS_SPEC, this.current)));
  }
}
