/** The recap's stage feed: frames from the player's place in the recap, screen effects as the chapters cue them. */
import { recapFrame, recapUpcoming } from '../../recap/stage.ts';
import type { RecapStore } from '../../recap/store.ts';
import type { ScreenEffect } from '../../story/types.ts';
import type { StageFeed } from '../stage-feed.ts';

/** A stage feed, and the way to pass it the screen effects the recap's directions cue. */
export interface RecapFeed {
  readonly feed: StageFeed;
  effect(effect: ScreenEffect): void;
}

/** The stage feed of a running recap. */
export function recapStageFeed(store: RecapStore): RecapFeed {
  const effects = new Set<(effect: ScreenEffect) => void>();
  const frame = () => recapFrame(store.script, store.state());
  const feed: StageFeed = {
    frame,
    subscribe(listener) {
      let last = JSON.stringify(frame());
      return store.subscribe(() => {
        const next = frame();
        const key = JSON.stringify(next);
        if (key === last) return;
        last = key;
        listener(next);
      });
    },
    onEffect(listener) {
      effects.add(listener);
      return () => effects.delete(listener);
    },
    upcoming: () => recapUpcoming(store.script, store.state()),
  };
  return { feed, effect: (effect) => effects.forEach((listener) => listener(effect)) };
}
