/**
 * The stage sleeps when nothing on it moves: Phaser's loop stops after a frame with no tween and no
 * camera effect (a line waiting to be read costs next to nothing), and wakes when something new is
 * drawn, an effect plays, the window resizes or the tab comes back. (The stage has no particles:
 * its engine build leaves them out, see scenes/engine/phaser.js.)
 */
import Phaser from 'phaser';

/** Wakes the stage's loop; call before anything that must be drawn. */
export type Wake = () => void;

/** Puts the game's loop to sleep whenever a rendered frame shows nothing moving. Returns `wake`. */
export function sleepWhenStill(game: Phaser.Game): Wake {
  const wake: Wake = () => {
    if (!game.loop.running) game.loop.wake(true);
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (!anythingMoving(game)) game.loop.sleep();
  });
  game.scale.on(Phaser.Scale.Events.RESIZE, wake);
  game.events.on(Phaser.Core.Events.VISIBLE, wake);
  return wake;
}

/** True while any running scene has a tween or a camera effect. */
function anythingMoving(game: Phaser.Game): boolean {
  return game.scene.getScenes(true).some((scene) => {
    if (scene.tweens.getTweens().length > 0) return true;
    const camera = scene.cameras.main;
    return camera.shakeEffect.isRunning || camera.flashEffect.isRunning || camera.fadeEffect.isRunning;
  });
}
