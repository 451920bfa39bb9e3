/**
 * The Phaser the built stage runs on: Phaser's own core build (`phaser-core.js`: no physics,
 * tilemaps, particles, lights or sound; Howler plays the sound) plus the one shape the stage draws.
 * About 790 KB minified against the full 1,370 KB, so less to download, parse and run before the
 * first picture. `vite build` puts it in place of `phaser` (src/build/phaser-plugin.ts); the dev
 * server keeps the full build, whose API this is a part of.
 */
import Phaser from '../../node_modules/phaser/src/phaser-core.js';
import Rectangle from '../../node_modules/phaser/src/gameobjects/shape/rectangle/Rectangle.js';
import '../../node_modules/phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';

Phaser.GameObjects.Rectangle = Rectangle;

export default Phaser;
