import { afterEach, describe, expect, it } from 'vitest';
import { apply, startPosition } from '../../src/machine/runtime.ts';
import { announcement, realStory } from '../support/story.ts';
import { announced, choiceLabels, openApp, press, readUntilChoice, screenshotVariance, storyLines, waitForLine, waitForLines, waitForStage, waitUntilReady, type TestPage } from './support.ts';

/** The accessible name of the focused element, and the labelled group or region it is in. */
async function focused(app: TestPage): Promise<{ name: string; group: string | null }> {
  return app.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const name = el?.getAttribute('aria-label') ?? el?.textContent ?? '';
    return { name, group: el?.closest('[aria-label]:not(button)')?.getAttribute('aria-label') ?? null };
  });
}

// Reading the way a keyboard or screen-reader user reads: Tab, Enter, digits, Backspace; the words are real HTML.
describe('reading Act 1 in Chromium', () => {
  const graph = realStory();
  let app: TestPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('types a line out with the whole line already in the page; the first press finishes it, the second moves on', async () => {
    // A reader who likes slow text (kept from an older version of the explorer): the line is still typing when the test looks, however busy the machine.
    app = await openApp({ initScript: () => localStorage.setItem('metallic-rouge-act1:settings', JSON.stringify({ textSpeed: 8 })) });
    const { page } = app;
    await waitUntilReady(page);
    await page.keyboard.press('Tab');
    expect(await focused(app)).toEqual({ name: 'Start', group: 'Title menu' });
    await page.keyboard.press('Enter');
    const first = startPosition(graph).position;
    const lines = await waitForLines(page, 1);
    expect(lines[0]).toBe(`Scene: ${graph.beats[graph.start]!.location}.`);
    expect(storyLines(lines)).toEqual([announcement(graph, first)]);
    await expect.poll(() => focused(app!)).toEqual({ name: 'Continue', group: 'Story' });

    // While it types, the page holds the whole line (the rest is not yet visible), so nothing reflows.
    const firstText = announcement(graph, first)!;
    const typing = await page.evaluate(() => ({ all: document.querySelector('.line')?.textContent, rest: document.querySelector('.line .untyped')?.textContent }));
    expect(typing.all).toBe(firstText);
    expect(typing.rest!.length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    expect(await page.locator('.line .untyped').textContent()).toBe('');
    expect(await announced(page)).toHaveLength(lines.length);
    await page.keyboard.press('Enter');
    const next = apply(graph, first, { t: 'advance' })!.position;
    await waitForLine(page, announcement(graph, next)!);
    expect(await page.locator('.line').textContent()).toBe(announcement(graph, next));

    // Enter with nothing focused (a click on the stage, then a key) works the same as Continue.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const heardSoFar = (await announced(page)).length;
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await waitForLines(page, heardSoFar);
    await page.mouse.click(640, 300);
    await page.mouse.click(640, 300);
    await waitForLines(page, heardSoFar + 1);
    expect(app.errors).toEqual([]);
  });

  it('keeps focus where the reader is: Continue → the first option → Continue, and shortcuts work while a button has focus', async () => {
    app = await openApp({ reducedMotion: true });
    await waitUntilReady(app.page);
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Enter');
    await waitForLines(app.page, 1);
    // Enter on the focused Continue reads on; the real buttons take the reader the rest of the way to the menu.
    await app.page.keyboard.press('Enter');
    await waitForLines(app.page, 2);
    const options = await readUntilChoice(app.page);
    expect(options.length).toBeGreaterThanOrEqual(3);
    expect(await focused(app)).toEqual({ name: options[0], group: 'Choices' });
    expect(await app.page.locator('.choices button').first().getAttribute('aria-keyshortcuts')).toBe('1');

    // Backspace with an option focused rolls back one line (the menu goes, the line is said again); Enter comes back to it.
    const before = (await announced(app.page)).length;
    await app.page.keyboard.press('Backspace');
    await expect.poll(() => app!.page.locator('.choices button').count()).toBe(0);
    expect((await announced(app.page)).length).toBeGreaterThan(before);
    expect((await focused(app)).name).toBe('Continue');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => choiceLabels(app!.page)).toEqual(options);

    // A digit picks an option even though a button has focus; reading resumes on Continue, in a new scene.
    await app.page.keyboard.press('2');
    await expect.poll(() => focused(app!)).toEqual({ name: 'Continue', group: 'Story' });
    expect((await announced(app.page)).slice(before).some((line) => line.startsWith('Scene: '))).toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('plays a chosen side: the option leads to its own scene, drawn on the stage', async () => {
    app = await openApp({ reducedMotion: true });
    const { page } = app;
    await waitUntilReady(page);
    await press(page, 'Start');
    await waitForLines(page, 0);
    const labels = await readUntilChoice(page);
    await waitForStage(page);
    await page.waitForTimeout(300);
    expect(await screenshotVariance(page)).toBeGreaterThan(100);
    await page.screenshot({ path: 'test-results/reading-choice.png' });
    // The menu's options, as the script writes them (looked up by label in the compiled story).
    const menu = Object.values(graph.beats)
      .flatMap((b) => b.steps)
      .find((s) => s.kind === 'choice' && s.options.every((o, i) => o.label === labels[i]));
    expect(menu?.kind).toBe('choice');
    const option = menu?.kind === 'choice' ? menu.options[menu.options.length - 1]! : undefined;
    const count = (await announced(page)).length;
    await press(page, option!.label);
    const firstOfRoute = graph.beats[option!.target]!.steps.find((s) => s.kind === 'line');
    await expect.poll(async () => (await announced(page)).slice(count).some((line) => firstOfRoute?.kind === 'line' && line.includes(firstOfRoute.text))).toBe(true);
    await page.waitForTimeout(400);
    expect(await screenshotVariance(page)).toBeGreaterThan(100);
    await page.screenshot({ path: 'test-results/reading-route.png' });
    expect(app.errors).toEqual([]);
  });

  it('ends on Read again, goes back to the title, and plays again from there (the screens restart cleanly); on that second reading, skip runs through what was read and stops at the first new line', async () => {
    app = await openApp({ reducedMotion: true });
    await waitUntilReady(app.page);
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Enter');
    await waitForLines(app.page, 1);
    // Read ahead through the real buttons to the end, then continue by keyboard alone.
    await app.page.evaluate(async () => {
      for (let i = 0; i < 3000 && !document.querySelector('[data-control="read-again"]'); i++) {
        (document.querySelector<HTMLElement>('.choices button') ?? document.querySelector<HTMLElement>('[data-control="continue"]'))?.click();
        if (i % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      }
    });
    await expect.poll(() => focused(app!)).toEqual({ name: 'Read again', group: 'Story' });
    expect(await app.page.getByRole('heading', { name: 'Act 1 — The end' }).isVisible()).toBe(true);
    expect((await announced(app.page)).at(-1)).toMatch(/^The end: /);
    await app.page.keyboard.press('Tab');
    expect((await focused(app)).name).toBe('Back to the title');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => focused(app!)).toEqual({ name: 'Start', group: 'Title menu' });
    await app.page.keyboard.press('Enter');
    await waitForLine(app.page, 'Mars, 2128.');
    await expect.poll(() => focused(app!)).toEqual({ name: 'Continue', group: 'Story' });

    // Skip (issue 12's reading controls): everything up to the first choice was read, so it stops only at the menu.
    await app.page.keyboard.press('s');
    await expect.poll(async () => (await choiceLabels(app!.page)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    // The first reading took the first option at every menu: the other one leads to lines not read yet.
    const other = (await choiceLabels(app.page))[1]!;
    await press(app.page, other);
    const firstNew = await app.page.locator('.line').textContent();
    await app.page.keyboard.press('s');
    await expect.poll(() => app!.page.locator('.mode-badge').textContent()).toBe('Stopped at a line you have not read');
    expect(await app.page.locator('.line').textContent()).toBe(firstNew);
    expect(app.errors).toEqual([]);
  });
});
