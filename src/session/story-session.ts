/**
 * A reading session: one story actor from Start (or Continue, a loaded slot, a chapter) to the
 * title, with everything that follows it bound on creation and unbound when it ends — sound,
 * announcements, lifelong progress, the autosave and the play clock.
 */
import { createActor, type Actor } from 'xstate';
import type { Speaker } from '../a11y/announcer.ts';
import { bindStoryAnnouncements } from '../a11y/story-announcements.ts';
import type { AudioPort } from '../audio/audio-port.ts';
import { bindAudio } from '../audio/bind-audio.ts';
import { storyMachine, type StoryMachine, type StorySave } from '../machine/story-machine.ts';
import type { ProgressStore } from '../progress/progress-store.ts';
import { bindProgress } from '../progress/track.ts';
import { bindAutosave, type Autosave } from '../storage/autosave.ts';
import { PlayClock } from '../storage/play-clock.ts';
import type { SaveStore } from '../storage/save-store.ts';
import type { StoryGraph } from '../story/types.ts';

/** What every session binds to. */
export interface SessionDeps {
  readonly audio: AudioPort;
  readonly speaker: Speaker;
  readonly progress: ProgressStore;
  readonly saves: SaveStore;
  /** A picture of the stage for a save slot, when one can be had cheaply. */
  readonly thumbnail?: () => string | undefined;
  /** An autosave could not be written (storage full or gone). */
  readonly onSaveFailure?: (message: string) => void;
}

/** One story actor and its bindings. */
export class StorySession {
  readonly actor: Actor<StoryMachine>;
  readonly clock: PlayClock;
  private readonly autosave: Autosave;
  private readonly unbind: (() => void)[];

  constructor(deps: SessionDeps, graph: StoryGraph, start: { save?: StorySave; playTimeMs?: number } = {}) {
    this.actor = createActor(storyMachine, { input: { graph, ...(start.save ? { save: start.save } : {}) } });
    this.clock = new PlayClock();
    this.clock.reset(start.playTimeMs ?? 0);
    this.unbind = [bindAudio(this.actor, deps.audio), bindStoryAnnouncements(this.actor, deps.speaker, () => deps.progress.get().routes), bindProgress(this.actor, deps.progress)];
    this.autosave = bindAutosave({
      actor: this.actor,
      saves: deps.saves,
      clock: this.clock,
      ...(deps.thumbnail ? { thumbnail: deps.thumbnail } : {}),
      ...(deps.onSaveFailure ? { onFailure: deps.onSaveFailure } : {}),
    });
    this.actor.start();
  }

  /** Writes what is waiting (the autosave) now: the page is being hidden or closed. */
  async flush(): Promise<void> {
    await this.autosave.flush();
  }

  /** Keeps the autosave synchronously as well: the page is going away, and an asynchronous write may be cut off with it. */
  keepAtOnce(): void {
    this.autosave.keepAtOnce();
  }

  /** Ends the session: the last autosave is written, every binding is dropped, the actor stops. */
  async end(): Promise<void> {
    this.clock.stop();
    await this.autosave.flush();
    this.autosave.stop();
    for (const undo of this.unbind) undo();
    this.actor.stop();
  }
}
