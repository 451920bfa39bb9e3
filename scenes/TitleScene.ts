/** The title's stage: Canal City at night in the rain, dimmed under the HTML title. */
import Phaser from 'phaser';
import type { GameDeps } from './deps.ts';
import { COLORS, HEIGHT, WIDTH } from './deps.ts';
import { fitCamera } from './widgets/camera.ts';
import { addRain } from './widgets/rain.ts';
import { bgRequest } from './widgets/StageView.ts';
import { capFrameRate, type Wake } from './widgets/sleep.ts';
import type { ArtLoader } from './widgets/textures.ts';

/** The night skyline behind the title screen. */
export class TitleScene extends Phaser.Scene {
  /** Between create and shutdown (cached art calls back during create, before Phaser counts the scene as active). */
  private alive = false;

  constructor(
    private readonly deps: GameDeps,
    private readonly assets: ArtLoader,
    private readonly wake: Wake,
  ) {
    super({ key: 'Title' });
  }

  create(): void {
    const { deps } = this;
    this.alive = true;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.alive = false;
    });
    fitCamera(this, deps.renderScale);
    const night = this.add.rectangle(0, 0, WIDTH, HEIGHT, COLORS.night).setOrigin(0).setDepth(-2);
    const backdrop = bgRequest(deps.art, 'canal-city-night');
    this.assets.ensure(
      [backdrop],
      () => {
        if (!this.alive) return;
        this.wake();
        this.game.events.once(Phaser.Core.Events.POST_RENDER, () => deps.onReady());
        if (!this.assets.has(backdrop.key)) return; // the HTML title stands on its own gradient
        // Dimmed by tint rather than by a second full-screen layer: fill rate is what small GPUs lack.
        const image = this.add.image(0, 0, backdrop.key).setOrigin(0).setDisplaySize(WIDTH, HEIGHT).setTint(0x8c8c8c).setDepth(-1);
        if (deps.reducedMotion()) night.setVisible(false);
        else this.tweens.add({ targets: image, alpha: { from: 0, to: 1 }, duration: 400, onComplete: () => night.setVisible(false) });
      },
      deps.onLoadProgress,
    );
    if (!deps.reducedMotion()) addRain(this, 0.6);
    capFrameRate(this.game, 30);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => capFrameRate(this.game, 0));
  }
}
