/** Trailing throttles for writes: many changes, at most one write per interval, the latest state, and a flush for page hide. */

/** The timer functions a throttle uses (the global ones, or a test's). */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The platform's timers. */
export const realTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** A write that runs at most once per interval, after the changes that asked for it. */
export interface Throttled {
  /** Asks for a run: it happens `intervalMs` after the first ask since the last run. */
  schedule(): void;
  /** Runs now if a run is waiting; resolves when every run started so far has finished. */
  flush(): Promise<void>;
  /** Drops a waiting run. */
  cancel(): void;
}

/** A trailing throttle around `run`. */
export function throttle(run: () => Promise<unknown>, options: { intervalMs: number; timers?: Timers }): Throttled {
  const timers = options.timers ?? realTimers;
  let handle: unknown;
  let waiting = false;
  let running: Promise<unknown> = Promise.resolve();
  const fire = (): Promise<unknown> => {
    waiting = false;
    // Runs one after another, so writes to the same key land in the order they were made.
    running = running.then(run, run);
    return running;
  };
  return {
    schedule() {
      if (waiting) return;
      waiting = true;
      handle = timers.setTimeout(() => void fire(), options.intervalMs);
    },
    async flush() {
      if (waiting) {
        timers.clearTimeout(handle);
        waiting = false;
        // Not queued behind a write still in flight: the page may be going away, and a write that
        // starts only after the previous one finishes would never start. Its request is made after
        // the earlier one's, so the store (IndexedDB orders transactions) keeps the latest.
        const latest = Promise.resolve().then(run);
        running = Promise.allSettled([running, latest]);
        await latest.catch(() => undefined);
      }
      await running;
    },
    cancel() {
      if (waiting) timers.clearTimeout(handle);
      waiting = false;
    },
  };
}

/** Serial writes where only the latest value matters: at most one write waits, and it writes the value current when it runs. */
export interface LatestWins {
  /** Asks for the current value to be written. */
  push(): void;
  /** Resolves when every write asked for so far has finished. */
  flush(): Promise<void>;
}

/** A latest-wins serial writer around `write`. */
export function latestWins(write: () => Promise<unknown>): LatestWins {
  let waiting = false;
  let chain: Promise<unknown> = Promise.resolve();
  return {
    push() {
      if (waiting) return;
      waiting = true;
      chain = chain.then(() => {
        waiting = false;
        return write();
      });
    },
    flush: async () => void (await chain),
  };
}
