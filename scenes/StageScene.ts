/** The story's stage: a thin view of a stage feed — backgrounds, characters, transitions and screen effects. */
import Phaser from 'phaser';
import type { StageFrame } from '../src/machine/selectors.ts';
import type { ScreenEffect } from '../src/story/types.ts';
import type { StageFeed } from '../src/ui/stage-feed.ts';
import type { GameDeps } from './deps.ts';
import { fitCamera } from './widgets/camera.ts';
import { frameRequests, StageView, upcomingRequests } from './widgets/StageView.ts';
import type { Wake } from './widgets/sleep.ts';
import type { ArtLoader } from './widgets/textures.ts';

/** How long the stage must stay still before its picture is taken for save slots, in ms. */
const THUMBNAIL_AFTER_MS = 1200;
/** A save slot's picture size, in pixels. */
const THUMBNAIL = { width: 192, height: 108 } as const;

/** Draws whatever stage the current screen feeds it. */
export class StageScene extends Phaser.Scene {
  private feed: StageFeed | undefined;
  private renderToken = 0;
  private thumbnailTimer: number | undefined;
  /** Between create and shutdown (cached art calls back during create). */
  private alive = false;

  constructor(
    private readonly deps: GameDeps,
    private readonly assets: ArtLoader,
    private readonly wake: Wake,
  ) {
    super({ key: 'Stage' });
  }

  init(data: { feed?: StageFeed }): void {
    this.feed = data.feed;
  }

  create(): void {
    const feed = this.feed;
    this.alive = true;
    fitCamera(this, this.deps.renderScale);
    if (!feed) return;
    const view = new StageView(this, this.assets, this.deps.reducedMotion);
    const unsubscribe = [feed.subscribe((frame) => this.draw(view, frame, feed)), feed.onEffect((effect) => this.effect(effect))];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.alive = false;
      window.clearTimeout(this.thumbnailTimer);
      unsubscribe.forEach((u) => u());
    });
    // The stage arrives as the reader already reads: the first picture fades in when its art is ready.
    this.draw(view, { ...feed.frame(), transition: 'fade' }, feed);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.deps.onReady());
  }

  /** Draws a frame as soon as its art is loaded; a newer frame supersedes one still loading. */
  private draw(view: StageView, frame: StageFrame, feed: StageFeed): void {
    const token = ++this.renderToken;
    this.assets.ensure(frameRequests(this.deps.art, frame), () => {
      if (token !== this.renderToken || !this.alive) return;
      this.wake();
      view.render(frame);
      this.assets.ensure(upcomingRequests(this.deps.art, feed.upcoming()));
      this.scheduleThumbnail();
    });
  }

  /** Once the stage has settled, keeps a small picture of it for the save slots. */
  private scheduleThumbnail(): void {
    const onThumbnail = this.deps.onThumbnail;
    if (!onThumbnail) return;
    window.clearTimeout(this.thumbnailTimer);
    // A page timer, not the scene's: the stage's loop may be asleep by then (it is woken for one frame).
    this.thumbnailTimer = window.setTimeout(() => {
      if (!this.alive) return;
      // Right after that frame is drawn, while the canvas still holds it, scaled straight into the
      // small picture. Phaser's snapshot read the whole canvas back, made a full-size JPEG of it and
      // decoded that again: about a third more main-thread time in software WebGL, and a pipeline
      // stall on a real GPU, where this is a scaled copy.
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
        if (!this.alive) return;
        const canvas = document.createElement('canvas');
        canvas.width = THUMBNAIL.width;
        canvas.height = THUMBNAIL.height;
        const context = canvas.getContext('2d');
        if (!context) return;
        context.drawImage(this.game.canvas, 0, 0, THUMBNAIL.width, THUMBNAIL.height);
        onThumbnail(canvas.toDataURL('image/webp', 0.7));
      });
      this.wake();
    }, THUMBNAIL_AFTER_MS);
  }

  private effect(effect: ScreenEffect): void {
    if (this.deps.reducedMotion()) return;
    this.wake();
    const camera = this.cameras.main;
    if (effect === 'shake') camera.shake(350, 0.008);
    else if (effect === 'flash') camera.flash(220, 255, 240, 240);
    else if (effect === 'fade') camera.fadeFrom(600, 0, 0, 0);
    else this.glitch(camera);
  }

  /** A short glitch for the reveal and the transformations: the picture jolts and splits into crimson and cyan. */
  private glitch(camera: Phaser.Cameras.Scene2D.Camera): void {
    camera.shake(300, 0.014);
    camera.flash(90, 200, 16, 46);
    this.time.delayedCall(150, () => camera.flash(80, 53, 228, 232));
  }
}
