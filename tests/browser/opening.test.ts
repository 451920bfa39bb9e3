import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPosition, apply } from '../../src/machine/runtime.ts';
import { realStory, announcement } from '../support/story.ts';
import { announced, openApp, press, readUntilChoice, screenshotVariance, storyLines, waitForLines, type TestPage } from './support.ts';

// The walking skeleton, played the way a keyboard or screen-reader user plays it: through the DOM layer.
describe('the opening of Act 1 in Chromium', () => {
  const graph = realStory();
  let app: TestPage | undefined;
  beforeAll(() => {
    expect(graph.start).toBe('cold-open');
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('paints the title from index.html before any script runs', async () => {
    app = await openApp();
    const html = await (await app.page.request.get(app.page.url())).text();
    expect(html).toMatch(/<h1>Metallic Rouge<\/h1>/);
    expect(html).toContain('Act 1 — Crimson Is the Sound of Dawn');
    expect(html).toMatch(/unofficial fan retelling/i);
    expect(html).toContain('role="progressbar"');
    await expect.poll(() => app!.page.getByRole('button', { name: 'Start' }).getAttribute('aria-disabled'), { timeout: 30_000 }).toBeNull();
    expect(await app.page.locator('#load-progress').getAttribute('aria-valuenow')).toBe('100');
    expect(app.errors).toEqual([]);
  });

  it('plays the opening by keyboard: lines in the live region, a line completes before it advances, a choice changes what follows', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Enter'); // may come before the game is ready: it is kept and honoured
    const first = startPosition(graph).position;
    await page.waitForFunction(() => [...document.querySelectorAll('#story-log p')].some((p) => p.textContent?.startsWith('Mars')));
    const lines = await announced(page);
    expect(lines[0]).toBe(`Scene: ${graph.beats[graph.start]!.location}.`);
    expect(storyLines(lines)).toEqual([announcement(graph, first)]);

    // The first press finishes typing the line; only the second moves on.
    const textBox = { x: 40, y: 490, width: 1200, height: 220 };
    await press(page, 'Continue');
    await page.waitForTimeout(300);
    expect(await announced(page)).toHaveLength(lines.length);
    const before = await page.screenshot({ clip: textBox });
    await press(page, 'Continue');
    const next = apply(graph, first, { t: 'advance' })!.position;
    expect(storyLines(await waitForLines(page, lines.length)).at(-1)).toBe(announcement(graph, next));
    // …and the canvas draws it: the text box is not what it was.
    await page.waitForTimeout(400);
    expect((await page.screenshot({ clip: textBox })).equals(before)).toBe(false);

    // Enter with nothing focused (the canvas) works the same as the Continue button.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const heardSoFar = (await announced(page)).length;
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await waitForLines(page, heardSoFar);

    // Read on through the DOM layer, as a screen reader does, up to the first choice.
    const labels = await readUntilChoice(page);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(await screenshotVariance(page)).toBeGreaterThan(100);
    await page.screenshot({ path: 'test-results/opening-choice.png' });

    const nectar = labels.find((l) => /nectar/i.test(l))!;
    const target = graph.beats['sarahs-stage']!.steps.find((s) => s.kind === 'choice');
    const option = target && target.kind === 'choice' ? target.options.find((o) => o.label === nectar) : undefined;
    expect(option).toBeDefined();
    const count = (await announced(page)).length;
    await press(page, nectar);
    const after = (await waitForLines(page, count)).slice(count);
    const firstOfRoute = graph.beats[option!.target]!.steps.find((s) => s.kind === 'line');
    expect(after.some((line) => firstOfRoute?.kind === 'line' && line.startsWith(firstOfRoute.text))).toBe(true);
    expect(await screenshotVariance(page)).toBeGreaterThan(100);
    await page.screenshot({ path: 'test-results/opening-route.png' });
    expect(app.errors).toEqual([]);
  });
});
