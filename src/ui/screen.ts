/**
 * Screens: the HTML half of each scene. A screen builds its elements when it starts and removes
 * them when it stops; the Phaser stage under it follows what the screen says it shows.
 */
import type { StageFeed } from './stage-feed.ts';

/** The screens a reader can be on. */
export type ScreenId = 'title' | 'story';

/** What the stage draws under a screen: the title's night skyline, or a stage fed by the screen. */
export type StageShow = { readonly kind: 'title' } | { readonly kind: 'feed'; readonly feed: StageFeed };

/** A screen's life: mounted into the UI root, unmounted when the reader leaves it. */
export interface Screen {
  readonly id: ScreenId;
  /** What the stage shows while this screen is up. */
  readonly stage: StageShow;
  mount(root: HTMLElement): void;
  unmount(): void;
}

/** Makes a screen when the reader goes to it (screens are rebuilt each time, like Phaser scenes). */
export type ScreenFactory = (id: ScreenId) => Screen;

/** Holds the current screen; the stage and anything else that cares subscribe to changes. */
export class ScreenHost {
  private current: Screen | undefined;
  private readonly listeners = new Set<(screen: Screen) => void>();

  constructor(
    private readonly root: HTMLElement,
    private readonly make: ScreenFactory,
  ) {}

  /** Leaves the current screen (unmounting it) and shows another. */
  go(id: ScreenId): void {
    this.current?.unmount();
    const next = this.make(id);
    this.current = next;
    next.mount(this.root);
    for (const listener of this.listeners) listener(next);
  }

  /** The screen shown now. */
  screen(): Screen | undefined {
    return this.current;
  }

  /** Listens for screen changes; returns an unsubscribe. */
  subscribe(listener: (screen: Screen) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
