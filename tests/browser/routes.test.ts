import { afterAll, describe, expect, it } from 'vitest';
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

/** Where the last scene announcement before `index` is (0 when there is none). */
function lastSceneBefore(heard: readonly string[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (heard[i]!.startsWith('Scene: ')) return i;
  return 0;
}

// Each route to the end card, in Chromium, through the real buttons a screen-reader user presses, as a
// fan replays Act 1 for each side: the first from the title, each next one with Read again on the
// end card of the one before (a failed route leaves no end card: the next starts from the title
// on a fresh page). (A cross-check against the compiled script; tests/content has routes written out by hand.)
describe('every route of Act 1, read to the end in Chromium', () => {
  const graph = realStory();
  let app: TestPage | undefined;
  /** The routes read to their end on this page so far. */
  let readHere = 0;
  afterAll(async () => {
    await app?.close();
    app = undefined;
  });

  /** At the first line: after Read again on the last route's end card, or from the title of a fresh page. */
  async function atTheStart(): Promise<TestPage> {
    const readAgain = app?.page.getByRole('button', { name: 'Read again' });
    if (app && readAgain && (await readAgain.count()) === 1) {
      await readAgain.focus();
      await app.page.keyboard.press('Enter');
      await app.page.locator('[data-control="continue"]').waitFor();
      return app;
    }
    await app?.close();
    app = await openApp({ reducedMotion: true, sound: true });
    readHere = 0;
    await startReading(app.page);
    return app;
  }

  for (const route of Object.keys(graph.routes)) {
    it(`${route}: shows every line of the route, in order, and reaches the ending`, async () => {
      const expected = expectedReading(graph, route);
      const { page, errors } = await atTheStart();
      const { chosen, heard } = await readThrough(page, expected.labels);
      // What this reading said, from the scene of its first line on (the page may have read another route before).
      const reading = heard.slice(lastSceneBefore(heard, heard.indexOf(expected.lines[0]!)));
      expect(chosen).toEqual(expected.labels);
      expect(reading.filter((line) => line.startsWith('Scene: ')).length).toBe(new Set(readRoute(graph, route, 'rouge').beats).size);
      expect(storyLines(reading)).toEqual(expected.lines);
      expect(reading.at(-1)).toMatch(/^The end: /);
      expect(await page.getByRole('button', { name: 'Read again' }).count()).toBe(1);
      // Every side read, one reading after another: the end card sends the reader back to none of them.
      if (++readHere === Object.keys(graph.routes).length) {
        expect(reading.at(-1)).toMatch(/You have read every side of the night\.$/);
        expect(await page.locator('.end-card .routes').textContent()).toMatch(/You have read every side of the night\.$/);
      }
      expect(await screenshotVariance(page)).toBeGreaterThan(100);
      await page.screenshot({ path: `test-results/route-${route}-end.png` });
      expect(errors).toEqual([]);
    }, 120_000);
  }
});
