/** One running recap: the script, its state, and who listens for changes. No timers, no DOM. */
import { initialRecapState, reduceRecap, type RecapEvent, type RecapSpeed, type RecapState } from './player.ts';
import type { RecapScript } from './script.ts';

/** Listens for a move: the state before and after. */
export type RecapListener = (next: RecapState, previous: RecapState) => void;

/** Holds a recap's state; every event goes through `reduceRecap`, and listeners hear each change. */
export class RecapStore {
  private current: RecapState;
  private readonly listeners = new Set<RecapListener>();
  /** Events sent by a listener while others are still hearing the last change: applied after, in order. */
  private readonly queue: RecapEvent[] = [];
  private notifying = false;

  constructor(
    readonly script: RecapScript,
    speed: RecapSpeed = 1,
  ) {
    this.current = initialRecapState(speed);
  }

  /** The state now. */
  state(): RecapState {
    return this.current;
  }

  /** Applies an event; listeners hear about it when the state changed, every listener each change in order. */
  send(event: RecapEvent): void {
    this.queue.push(event);
    if (this.notifying) return;
    this.notifying = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) this.apply(next);
    } finally {
      this.notifying = false;
      this.queue.length = 0;
    }
  }

  private apply(event: RecapEvent): void {
    const previous = this.current;
    const next = reduceRecap(this.script, previous, event);
    if (next === previous) return;
    this.current = next;
    for (const listener of [...this.listeners]) listener(next, previous);
  }

  /** Listens for changes; returns an unsubscribe. */
  subscribe(listener: RecapListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
