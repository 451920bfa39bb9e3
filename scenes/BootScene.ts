/** Boot: loads the UI skin and the title art with real progress, then hands over to the title. */
import Phaser from 'phaser';
import type { GameDeps } from './deps.ts';
import { HEIGHT, WIDTH } from './deps.ts';
import { bgRequest } from './widgets/StageView.ts';

/** UI skin textures and the size each is drawn at. */
const UI_SIZES: Record<string, { width: number; height: number }> = {
  textbox: { width: 1760, height: 300 },
  nameplate: { width: 420, height: 72 },
  button: { width: 520, height: 88 },
  'button-hover': { width: 520, height: 88 },
  choice: { width: 1100, height: 96 },
  'choice-hover': { width: 1100, height: 96 },
  'icon-sound-on': { width: 64, height: 64 },
  'icon-sound-off': { width: 64, height: 64 },
  logo: { width: 1200, height: 300 },
};

/** The first scene: everything the title needs, loaded with the progress bar moving. */
export class BootScene extends Phaser.Scene {
  constructor(private readonly deps: GameDeps) {
    super({ key: 'Boot' });
  }

  preload(): void {
    this.load.on(Phaser.Loader.Events.PROGRESS, (p: number) => this.deps.onLoadProgress(p));
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => console.warn(`art: '${String(file.key)}' could not be loaded`));
    for (const [key, size] of Object.entries(UI_SIZES)) {
      const url = this.deps.art.ui[key];
      if (url) this.load.svg(`ui-${key}`, url, this.scaled(size));
    }
    const title = bgRequest(this.deps.art, 'canal-city-night');
    if (title.url) this.load.svg(title.key, title.url, this.scaled({ width: WIDTH, height: HEIGHT }));
  }

  create(): void {
    this.scene.start('Title');
  }

  private scaled(size: { width: number; height: number }): { width: number; height: number } {
    const s = this.deps.renderScale;
    return { width: Math.round(size.width * s), height: Math.round(size.height * s) };
  }
}
