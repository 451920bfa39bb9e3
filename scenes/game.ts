/** Starts the Phaser game with its scenes; the only entry into the view layer (loaded as its own chunk). */
import Phaser from 'phaser';
import { BootScene } from './BootScene.ts';
import type { GameDeps } from './deps.ts';
export { renderScaleFor } from './deps.ts';
import { HEIGHT, WIDTH } from './deps.ts';
import { StoryScene } from './StoryScene.ts';
import { TitleScene } from './TitleScene.ts';
import { TextureLoader } from './widgets/textures.ts';

/** Creates the game inside `deps.parent`. */
export function startGame(deps: GameDeps): Phaser.Game {
  const assets = new TextureLoader(deps.renderScale);
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: deps.parent,
    width: Math.round(WIDTH * deps.renderScale),
    height: Math.round(HEIGHT * deps.renderScale),
    backgroundColor: '#0b0710',
    banner: false,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    render: { antialias: true, roundPixels: false },
    audio: { noAudio: true },
    input: { keyboard: true, mouse: true, touch: true, gamepad: false },
    autoFocus: false,
    scene: [new BootScene(deps, assets), new TitleScene(deps, assets), new StoryScene(deps, assets)],
  });
  assets.attach(game.textures);
  return game;
}
