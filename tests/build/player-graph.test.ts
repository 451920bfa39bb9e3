import { describe, expect, it } from 'vitest';
import { joinTexts } from '../../src/app/full-graph.ts';
import { compileProjectStory } from '../../src/build/load-story.ts';
import { browserGraph, jsonModule, playerGraph, storyTexts } from '../../src/build/story-plugin.ts';
import type { StoryGraph, StoryTexts } from '../../src/story/types.ts';

const graph = compileProjectStory(process.cwd()).graph!;
/** What the browser gets from a module made by `jsonModule` (the module itself, evaluated). */
async function asBrowser<T>(value: unknown): Promise<T> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(jsonModule(browserGraph(value)))}`)) as { default: T };
  return module.default;
}

describe('the player graph and the texts the browser fetches later', () => {
  it('joined again, give back the compiled graph as the browser has it (nothing lost in the split)', async () => {
    const joined = joinTexts(await asBrowser<StoryGraph>(playerGraph(graph)), await asBrowser<StoryTexts>(storyTexts(graph)));
    const whole = await asBrowser<StoryGraph>(graph);
    // Only the script's own spellings of the cast stay behind: the compiler resolved them into the steps.
    const scriptOnly = ({ speaker: _speaker, ...character }: StoryGraph['characters'][string]) => ({ ...character, expressions: [], expressionAliases: {} });
    expect(joined).toEqual({ ...whole, characters: Object.fromEntries(Object.entries(whole.characters).map(([id, c]) => [id, scriptOnly(c)])) });
    expect(whole.characters['sarah']!.expressions.length).toBeGreaterThan(1);
  });

  it('keeps no scene summary, dossier fact wording, relationship or recap in the player graph', async () => {
    const player = await asBrowser<StoryGraph>(playerGraph(graph));
    const summary = graph.beats['cold-open']!.summary;
    expect(summary.length).toBeGreaterThan(20);
    expect(JSON.stringify(player)).not.toContain(summary);
    expect(Object.values(player.beats).every((beat) => beat.summary === '')).toBe(true);
    expect(player.relationships).toEqual([]);
    expect(player.recap).toEqual([]);
  });

  it('leaves out file and line, and says "dramatized" only of the lines that are', async () => {
    const browser = await asBrowser<StoryGraph>(graph);
    const lines = Object.values(browser.beats).flatMap((beat) => beat.steps).filter((step) => step.kind === 'line');
    expect(lines.length).toBeGreaterThan(300);
    expect(lines.some((line) => 'file' in line || 'line' in line)).toBe(false);
    expect(lines.filter((line) => 'dramatized' in line).every((line) => line.dramatized === true)).toBe(true);
    const compiled = Object.values(graph.beats).flatMap((beat) => beat.steps).filter((step) => step.kind === 'line');
    expect(lines.filter((line) => line.dramatized === true).length).toBe(compiled.filter((line) => line.dramatized === true).length);
    expect(lines.filter((line) => line.dramatized === true).length).toBeGreaterThan(0);
  });
});
