import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORY_MAP_MODULE_ID, storyMapPlugin } from '../../src/build/map-plugin.ts';
import { layoutStoryMap } from '../../src/map/layout.ts';
import { realStory } from '../support/story.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (plugin: ReturnType<typeof storyMapPlugin>, name: 'resolveId' | 'load' | 'configResolved'): Hook => plugin[name] as Hook;

describe('the story map plugin', () => {
  it('serves both layouts of the real story as virtual:story-map', () => {
    const plugin = storyMapPlugin();
    hook(plugin, 'configResolved').call({}, { root: process.cwd() });
    const id = hook(plugin, 'resolveId').call({}, STORY_MAP_MODULE_ID);
    expect(id).toBe('\0virtual:story-map');
    expect(hook(plugin, 'resolveId').call({}, 'virtual:story-graph')).toBeUndefined();
    const code = hook(plugin, 'load').call({ error: (m: string) => { throw new Error(m); } }, id) as string;
    expect(code.startsWith('export default ')).toBe(true);
    expect(new Function(code.replace('export default ', 'return '))()).toEqual(layoutStoryMap(realStory()));
  });

  it('keeps dagre out of everything the browser imports from src/map', () => {
    // The browser side: everything under src/map except the build-time layout itself.
    const browserSide = readdirSync(join(process.cwd(), 'src', 'map')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== 'layout.ts');
    expect(browserSide).toContain('view.ts');
    for (const file of browserSide) {
      const source = readFileSync(join(process.cwd(), 'src', 'map', file), 'utf8');
      const runtimeImports = [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)'/gm)].map((m) => m[1]);
      expect(runtimeImports.filter((p) => p === './layout.ts' || p?.includes('dagre')), file).toEqual([]);
    }
  });
});
