import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/load-story.ts';
import { realStory } from '../support/story.ts';

const assets = join(import.meta.dirname, '..', '..', 'assets');
const sizeOf = (files: string[]) => files.reduce((n, f) => n + statSync(join(assets, f)).size, 0);
const MB = 1024 * 1024;

// Budgets and hygiene for the original art and sound (issue #5).
describe('art and sound assets', () => {
  const files = listFiles(assets);
  const art = files.filter((f) => f.startsWith('art/') && f.endsWith('.svg'));
  const audio = files.filter((f) => f.startsWith('audio/') && /\.(webm|ogg|mp3)$/.test(f));

  it('stay within budget: art under 4 MB, all audio under 4 MB', () => {
    expect(sizeOf(art)).toBeLessThan(4 * MB);
    expect(sizeOf(audio)).toBeLessThan(4 * MB);
  });

  it('have at least 10 backgrounds, three expressions for each main character, 5 music loops and 10 effects', () => {
    const graph = realStory();
    expect(art.filter((f) => f.startsWith('art/bg/')).length).toBeGreaterThanOrEqual(10);
    for (const id of ['rouge', 'sarah', 'naomi', 'hermann', 'jaron', 'scar-head']) {
      expect(graph.characters[id]!.expressions.length, id).toBeGreaterThanOrEqual(3);
    }
    expect(audio.filter((f) => f.startsWith('audio/music/') && f.endsWith('.webm')).length).toBeGreaterThanOrEqual(5);
    expect(audio.filter((f) => f.startsWith('audio/sfx/') && f.endsWith('.webm')).length).toBeGreaterThanOrEqual(10);
  });

  it('give every sound an Opus/WebM file and an MP3 fallback for Safari', () => {
    for (const folder of ['music', 'ambience', 'sfx']) {
      const names = readdirSync(join(assets, 'audio', folder)).filter((f) => /\.(webm|mp3)$/.test(f));
      const keys = new Set(names.map((f) => f.replace(/\.[^.]+$/, '')));
      for (const key of keys) {
        expect(names, `${folder}/${key}`).toEqual(expect.arrayContaining([`${key}.webm`, `${key}.mp3`]));
      }
    }
  });

  it('keep every SVG self-contained: no scripts, no external references, no embedded rasters', () => {
    for (const file of art) {
      const svg = readFileSync(join(assets, file), 'utf8');
      expect(svg, file).toMatch(/^<svg[\s>]/);
      expect(svg, file).not.toMatch(/<script|<image|<foreignObject|href="(?!#)|url\((?!#)/i);
    }
  });
});
