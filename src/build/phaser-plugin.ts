/**
 * Builds the stage on Phaser's core build instead of the whole engine (see scenes/engine/phaser.js).
 * Phaser's sources choose their parts with compile-time flags (`typeof WEBGL_RENDERER`), which its
 * own webpack build sets; this sets them the same way: both renderers (WebGL, and canvas where
 * WebGL is missing), no WebGL debugging, no sound manager.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The stage's Phaser entry. */
export const PHASER_ENTRY = fileURLToPath(new URL('../../scenes/engine/phaser.js', import.meta.url));

/** The flags Phaser's sources test with `typeof`, as this build sets them. */
export const PHASER_FLAGS: Readonly<Record<string, boolean>> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
};

const FLAG = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');
const PHASER_SOURCE = /[\\/]node_modules[\\/]phaser[\\/]src[\\/]/;

/**
 * One of Phaser's source files as the build compiles it: the flags replaced by their values, and
 * without the line that makes the engine a global (`global` is Node's name; the stage imports it).
 */
export function compilePhaserSource(code: string): string {
  return code.replace(FLAG, (_, flag: string) => String(PHASER_FLAGS[flag])).replace(/^\s*global\.Phaser\s*=\s*Phaser;\s*$/m, '');
}

export function phaserCorePlugin(): Plugin {
  return {
    name: 'metallic-rouge-phaser-core',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      return source === 'phaser' ? PHASER_ENTRY : null;
    },
    transform(code, id) {
      return PHASER_SOURCE.test(id) ? { code: compilePhaserSource(code), map: null } : null;
    },
  };
}
