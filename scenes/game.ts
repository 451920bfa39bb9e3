/** Starts the Phaser stage and keeps it on the scene the current screen shows; the only entry into the view layer. */
import Phaser from 'phaser';
import type { Screen } from '../src/ui/screen.ts';
import type { GameDeps } from './deps.ts';
export { renderScaleFor } from './deps.ts';
import { HEIGHT, WIDTH } from './deps.ts';
import { StageScene } from './StageScene.ts';
import { sleepWhenStill, type Wake } from './widgets/sleep.ts';
import { TextureLoader } from './widgets/textures.ts';

/** Creates the stage inside `deps.parent`; it follows the screens from then on. */
export function startGame(deps: GameDeps): Phaser.Game {
  const assets = new TextureLoader(deps.renderScale);
  // The scenes wake the loop before they draw; it sleeps again once nothing moves.
  const loop: { wake: Wake } = { wake: () => undefined };
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
    // Every word and control is HTML: the stage takes no input of its own.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    autoFocus: false,
    scene: [new StageScene(deps, assets, () => loop.wake())],
  });
  assets.attach(game.textures);
  game.events.once(Phaser.Core.Events.READY, () => {
    loop.wake = sleepWhenStill(game);
    show(game, deps.screens.screen());
    deps.screens.subscribe((screen) => {
      loop.wake();
      show(game, screen);
    });
  });
  return game;
}

/** Runs the stage for a screen that feeds one; the title draws its own picture in HTML, so the stage stops (and sleeps). */
function show(game: Phaser.Game, screen: Screen | undefined): void {
  const stage = screen?.stage;
  if (stage?.kind === 'feed') game.scene.start('Stage', { feed: stage.feed });
  else game.scene.stop('Stage');
}
