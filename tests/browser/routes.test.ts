import { afterEach, describe, expect, it } from 'vitest';
import { readRoute } from '../../src/machine/route-reading.ts';
import { apply, currentStep, openOptions, startPosition } from '../../src/machine/runtime.ts';
import type { StoryGraph } from '../../src/story/types.ts';
import { announcement, realStory } from '../support/story.ts';
import { openApp, readThrough, screenshotVariance, startReading, storyLines, type TestPage } from './support.ts';

/** The option labels a route takes at each choice, and every line it shows, as the compiled script plays it. */
function expectedReading(graph: StoryGraph, route: string): { labels: string[]; lines: string[] } {
  const followed = new Set(readRoute(graph, route, 'rouge').beats);
  let position = startPosition(graph).position;
  const labels: string[] = [];
  const lines: string[] = [];
  while (!position.ended) {
    const step = currentStep(graph, position);
    if (step?.kind === 'line') lines.push(announcement(graph, position)!);
    const open = openOptions(graph, position);
    const pick = open.find((o) => followed.has(o.option.target)) ?? open[0];
    if (step?.kind === 'choice' && pick) labels.push(pick.option.label);
    position = apply(graph, position, step?.kind === 'choice' && pick ? { t: 'choose', index: pick.index } : { t: 'advance' })!.position;
  }
  return { labels, lines };
}

// Each route, title to the end card, in Chromium, through the real buttons a screen-reader user presses.
// (A cross-check against the compiled script; tests/content has routes written out by hand.)
describe('every route of Act 1, read to the end in Chromium', () => {
  const graph = realStory();
  let app: TestPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  for (const route of Object.keys(graph.routes)) {
    it(`${route}: shows every line of the route, in order, and reaches the ending`, async () => {
      const expected = expectedReading(graph, route);
      app = await openApp({ reducedMotion: true, sound: true });
      await startReading(app.page);
      const { chosen, heard } = await readThrough(app.page, expected.labels);
      expect(chosen).toEqual(expected.labels);
      expect(heard.filter((line) => line.startsWith('Scene: ')).length).toBe(new Set(readRoute(graph, route, 'rouge').beats).size);
      expect(storyLines(heard)).toEqual(expected.lines);
      expect(heard.at(-1)).toMatch(/^The end: /);
      expect(await app.page.getByRole('button', { name: 'Read again' }).count()).toBe(1);
      expect(await screenshotVariance(app.page)).toBeGreaterThan(100);
      await app.page.screenshot({ path: `test-results/route-${route}-end.png` });
      expect(app.errors).toEqual([]);
    }, 120_000);
  }
});
