/** Helpers for the recap tests: the real story's recap, played with fake time. */
import { itemOf, reduceRecap, remainingMs, type RecapEvent, type RecapState } from '../../src/recap/player.ts';
import type { RecapScript } from '../../src/recap/script.ts';
import type { LineStep, RecapChapter } from '../../src/story/types.ts';

/** A chapter's narration lines, from the script. */
export function linesOf(chapter: RecapChapter): string[] {
  return chapter.steps.filter((s): s is LineStep => s.kind === 'line').map((s) => s.text);
}

/** What playing on by itself did: the lines arrived at, in order, the time it took, and where it stopped. */
export interface Played {
  readonly lines: string[];
  readonly ms: number;
  readonly state: RecapState;
}

/** Lets time pass, exactly as much as each item asks, until the player waits (the gate, the end, a pause, a voice) or `maxItems` have passed. */
export function playOn(script: RecapScript, from: RecapState, maxItems = 1000): Played {
  let state = from;
  let ms = 0;
  const lines: string[] = [];
  for (let i = 0; i < maxItems; i++) {
    const wait = remainingMs(script, state);
    if (!Number.isFinite(wait)) break;
    const next = reduceRecap(script, state, { type: 'time', ms: wait });
    ms += wait;
    if (next.turn !== state.turn) {
      const item = itemOf(script, next);
      if (item.kind === 'line') lines.push(item.text);
    }
    state = next;
  }
  return { lines, ms, state };
}

/** Applies events in turn. */
export function send(script: RecapScript, state: RecapState, ...events: RecapEvent[]): RecapState {
  return events.reduce((s, e) => reduceRecap(script, s, e), state);
}
