import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePhaserSource, PHASER_ENTRY, PHASER_FLAGS, phaserCorePlugin } from '../../src/build/phaser-plugin.ts';

/** Every `.js` file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(dir, file));
}

// The plugin that builds the stage on Phaser's core build (scenes/engine/phaser.js).
describe("the stage's Phaser build", () => {
  it('sets the flags as Phaser’s own build does: both renderers, no WebGL debugging, no sound manager', () => {
    const code = ['if (typeof WEBGL_RENDERER) { a(); }', 'if (typeof CANVAS_RENDERER) { b(); }', 'if (typeof FEATURE_SOUND) { c(); }', 'if (typeof WEBGL_DEBUG) { d(); }'].join('\n');
    expect(compilePhaserSource(code)).toBe(['if (true) { a(); }', 'if (true) { b(); }', 'if (false) { c(); }', 'if (false) { d(); }'].join('\n'));
  });

  it('leaves every other typeof alone, and keeps each line where it was (the source maps stay right)', () => {
    const code = "if (typeof window !== 'undefined' && typeof WEBGL_RENDERER_X) {}\nvar CONST = require('./const');\nglobal.Phaser = Phaser;\nmodule.exports = Phaser;";
    const compiled = compilePhaserSource(code);
    expect(compiled).toBe("if (typeof window !== 'undefined' && typeof WEBGL_RENDERER_X) {}\nvar CONST = require('./const');\n\nmodule.exports = Phaser;");
    expect(compiled.split('\n')).toHaveLength(code.split('\n').length);
  });

  it('knows every flag the installed Phaser tests (a new one would otherwise count as on: typeof gives "undefined")', () => {
    const tested = new Set<string>();
    for (const file of sources('node_modules/phaser/src')) {
      for (const [, flag] of readFileSync(file, 'utf8').matchAll(/typeof ([A-Z][A-Z0-9_]+)\b/g)) tested.add(flag!);
    }
    // The plugins Phaser's own build also leaves undefined: their names are only listed, and nothing registers them.
    const leftAsPhaserLeavesThem = ['PLUGIN_CAMERA3D', 'PLUGIN_FBINSTANT', 'URL'];
    expect([...tested].filter((flag) => !(flag in PHASER_FLAGS) && !leftAsPhaserLeavesThem.includes(flag)).sort()).toEqual([]);
  });

  it('puts the core build in place of `phaser` when building, and touches nothing else', async () => {
    const plugin = phaserCorePlugin();
    expect(plugin.apply).toBe('build');
    const resolve = plugin.resolveId as (source: string) => string | null;
    expect(resolve('phaser')).toBe(PHASER_ENTRY);
    expect(existsSync(PHASER_ENTRY)).toBe(true);
    expect(resolve('phaser/src/core/Game.js')).toBeNull();
    expect(resolve('xstate')).toBeNull();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform('if (typeof FEATURE_SOUND) {}', '/app/node_modules/phaser/src/core/Game.js')?.code).toBe('if (false) {}');
    expect(transform('if (typeof FEATURE_SOUND) {}', '/app/src/main.ts')).toBeNull();
    // The entry takes what it adds to the core from Phaser's sources, where they are.
    const entry = readFileSync(PHASER_ENTRY, 'utf8');
    const imported = [...entry.matchAll(/(?:from|import) '([^']+)'/g)].map(([, path]) => path!);
    expect(imported).toHaveLength(3);
    for (const path of imported) expect(existsSync(new URL(path, `file://${PHASER_ENTRY}`)), path).toBe(true);
  });
});
