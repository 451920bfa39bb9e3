/** Starts the Phaser game with its scenes; the only entry into the view layer (loaded as its own chunk). */
import Phaser from 'phaser';
import { BootScene } from './BootScene';
import type { GameDeps } from './deps';
import { HEIGHT, WIDTH } from './deps';
import { StoryScene } from './StoryScene';
import { TitleScene } from './TitleScene';

/** Creates the game inside `deps.parent`. */
export function startGame(deps: GameDeps): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.AUTO,
    parent: deps.parent,
    width: WIDTH,
    height: HEIGHT,
    backgroundColor: '#0b0710',
    banner: false,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    render: { antialias: true, roundPixels: false },
    audio: { noAudio: true },
    input: { keyboard: true, mouse: true, touch: true, gamepad: false },
    autoFocus: false,
    scene: [new BootScene(deps), new TitleScene(deps), new StoryScene(deps)],
  });
}
