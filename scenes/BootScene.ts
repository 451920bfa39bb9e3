/** Boot: loads what the title draws, with the progress bar moving, then hands over to the title. */
import Phaser from 'phaser';
import type { GameDeps } from './deps.ts';
import { TITLE_UI, uiRequests } from './widgets/ui-skin.ts';

/** The first scene: only what the title needs, so Start is operable as early as possible. */
export class BootScene extends Phaser.Scene {
  constructor(private readonly deps: GameDeps) {
    super({ key: 'Boot' });
  }

  preload(): void {
    const s = this.deps.renderScale;
    this.load.on(Phaser.Loader.Events.PROGRESS, (p: number) => this.deps.onLoadProgress(p));
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => console.warn(`art: '${String(file.key)}' could not be loaded`));
    for (const request of uiRequests(this.deps.art, TITLE_UI)) {
      if (request.url) this.load.svg(request.key, request.url, { width: Math.round(request.width * s), height: Math.round(request.height * s) });
    }
  }

  create(): void {
    this.scene.start('Title');
  }
}
