/** Rain: a particle emitter of thin streaks, generated once per game. */
import Phaser from 'phaser';
import { WIDTH } from '../deps.ts';

/** Adds falling rain over the scene at the given density (0–1). */
export function addRain(scene: Phaser.Scene, density: number): Phaser.GameObjects.Particles.ParticleEmitter {
  if (!scene.textures.exists('raindrop')) {
    const g = scene.make.graphics({}, false);
    g.fillStyle(0xbfd8ff, 1).fillRect(0, 0, 2, 28).generateTexture('raindrop', 2, 28);
    g.destroy();
  }
  return scene.add
    .particles(0, 0, 'raindrop', {
      x: { min: -100, max: WIDTH + 100 },
      y: -40,
      lifespan: 900,
      speedY: { min: 1300, max: 1700 },
      speedX: -160,
      rotate: 6,
      quantity: Math.max(1, Math.round(4 * density)),
      frequency: 20,
      alpha: { start: 0.35, end: 0.05 },
      scaleY: { min: 0.6, max: 1.3 },
      blendMode: Phaser.BlendModes.ADD,
      advance: 900,
    })
    .setDepth(50);
}
