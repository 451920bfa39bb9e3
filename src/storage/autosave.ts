/**
 * The autosave: the `auto` slot follows the story on every line, choice and beat, throttled
 * (trailing: the latest state is what gets written), with a flush for `pagehide`.
 */
import type { StoryActor } from '../machine/persistence.ts';
import type { StoryContext } from '../machine/story-machine.ts';
import type { PlayClock } from './play-clock.ts';
import { saveRecordOf } from './save-meta.ts';
import type { Outcome } from './open-storage.ts';
import type { SaveRecord } from './save-schema.ts';
import type { SaveStore } from './save-store.ts';
import { throttle, type Timers } from './throttle.ts';

/** What the autosave needs. */
export interface AutosaveOptions {
  readonly actor: StoryActor;
  readonly saves: SaveStore;
  /** Play time; the UI starts and stops it as the story screen shows and hides. */
  readonly clock: PlayClock;
  /** A thumbnail of the stage, if a cheap one is at hand. */
  readonly thumbnail?: () => string | undefined;
  /** Least time between two autosaves (default 500 ms). */
  readonly intervalMs?: number;
  readonly timers?: Timers;
  /** Hears a failed autosave (the backend has reported it to its own listeners too). */
  readonly onFailure?: (message: string) => void;
}

/** A running autosave. */
export interface Autosave {
  /** Writes the waiting autosave now (call on `pagehide` and when the page becomes hidden). */
  flush(): Promise<void>;
  /** Keeps the latest autosave synchronously too, for a page that is going away (see `SaveStore.keepAtOnce`). */
  keepAtOnce(): void;
  /** Stops following the story (a waiting autosave is dropped; flush first to keep it). */
  stop(): void;
}

/** Follows the actor and keeps the `auto` slot up to date. */
export function bindAutosave(options: AutosaveOptions): Autosave {
  const { actor, saves, clock } = options;
  let seen: Pick<StoryContext, 'position' | 'log'> | undefined;
  /** The autosave for the story as it stands, or `ended`: a finished reading leaves nothing to continue (the title offers Start, not the end card again). */
  const current = (): SaveRecord | 'ended' => {
    const context = actor.getSnapshot().context;
    if (context.position.ended) return 'ended';
    const thumbnail = options.thumbnail?.();
    return saveRecordOf({ slot: 'auto', graph: context.graph, context, playTimeMs: clock.elapsedMs(), ...(thumbnail ? { thumbnail } : {}) });
  };
  const write = async (): Promise<void> => {
    const record = current();
    if (record === 'ended') {
      const removed = await saves.delete('auto');
      if (!removed.ok) options.onFailure?.(removed.message);
      return;
    }
    const result: Outcome = await saves.save(record);
    if (!result.ok) options.onFailure?.(result.message);
  };
  const throttled = throttle(write, { intervalMs: options.intervalMs ?? 500, ...(options.timers ? { timers: options.timers } : {}) });
  const subscription = actor.subscribe((snapshot) => {
    const { position, log } = snapshot.context;
    // Every line, choice and beat moves the position; other snapshots (same context) are not saves.
    if (seen && seen.position === position && seen.log === log) return;
    seen = { position, log };
    throttled.schedule();
  });
  return {
    flush: () => throttled.flush(),
    keepAtOnce: () => {
      if (seen) saves.keepAtOnce(current());
    },
    stop: () => {
      subscription.unsubscribe();
      throttled.cancel();
    },
  };
}
