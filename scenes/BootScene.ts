/** Boot: loads what the title draws, with the progress bar moving, then hands over to the title. */
import Phaser from 'phaser';
import type { GameDeps } from './deps.ts';
import type { ArtLoader } from './widgets/textures.ts';
import { TITLE_UI, uiRequests } from './widgets/ui-skin.ts';

/** The first scene: only what the title needs, so Start is operable as early as possible. */
export class BootScene extends Phaser.Scene {
  constructor(
    private readonly deps: GameDeps,
    private readonly assets: ArtLoader,
  ) {
    super({ key: 'Boot' });
  }

  create(): void {
    this.assets.ensure(uiRequests(this.deps.art, TITLE_UI), () => this.scene.start('Title'), this.deps.onLoadProgress);
  }
}
