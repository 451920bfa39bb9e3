/** A stage feed: what a screen wants the Phaser stage to draw, and the one-off effects it asks for. */
import type { Actor } from 'xstate';
import type { UpcomingArt } from '../machine/prefetch.ts';
import { upcomingArt } from '../machine/prefetch.ts';
import { selectStage, type StageFrame } from '../machine/selectors.ts';
import type { StoryMachine } from '../machine/story-machine.ts';
import type { ScreenEffect } from '../story/types.ts';

/** The stage's source: a frame now, frames as they change, effects, and art wanted soon. */
export interface StageFeed {
  frame(): StageFrame;
  /** Listens for new frames (only when something the stage draws changed). Returns an unsubscribe. */
  subscribe(listener: (frame: StageFrame) => void): () => void;
  /** Listens for one-off screen effects (shake, flash). Returns an unsubscribe. */
  onEffect(listener: (effect: ScreenEffect) => void): () => void;
  /** Art the next moments may need, so it can load ahead. */
  upcoming(): UpcomingArt;
}

/** The story actor's stage. */
export function storyStageFeed(actor: Actor<StoryMachine>): StageFeed {
  return {
    frame: () => selectStage(actor.getSnapshot().context),
    subscribe(listener) {
      let last = JSON.stringify(selectStage(actor.getSnapshot().context));
      const sub = actor.subscribe((snapshot) => {
        const frame = selectStage(snapshot.context);
        const key = JSON.stringify(frame);
        if (key === last) return;
        last = key;
        listener(frame);
      });
      return () => sub.unsubscribe();
    },
    onEffect(listener) {
      const sub = actor.on('cue.effect', (cue) => listener(cue.effect));
      return () => sub.unsubscribe();
    },
    upcoming: () => {
      const { graph, position } = actor.getSnapshot().context;
      return upcomingArt(graph, position);
    },
  };
}
