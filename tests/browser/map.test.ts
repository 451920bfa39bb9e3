import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { apply, currentStep, openOptions, startPosition } from '../../src/machine/runtime.ts';
import type { StoryGraph } from '../../src/story/types.ts';
import { realStory } from '../support/story.ts';
import { axeProblems, openApp, press, readThrough, readUntilChoice, startReading, waitForLine, type TestPage } from './support.ts';

/** How long to wait on the app: it shares a loaded machine with the stage's software rendering. */
const WAIT = { timeout: 20_000 };

/** The beats a reader enters, choosing the first option each time, up to the menu number `menus` (1-based). */
function beatsToMenu(graph: StoryGraph, menus: number): string[] {
  let position = startPosition(graph).position;
  for (let seen = 0; ; ) {
    const atMenu = currentStep(graph, position)?.kind === 'choice';
    if (atMenu && ++seen === menus) return [...position.visited];
    const action = atMenu ? { t: 'choose' as const, index: openOptions(graph, position)[0]!.index } : { t: 'advance' as const };
    position = apply(graph, position, action)!.position;
  }
}

/** The beats a reader enters choosing the first option at every menu, to the end. */
function firstOptionsToTheEnd(graph: StoryGraph): string[] {
  let position = startPosition(graph).position;
  while (!position.ended) {
    const atMenu = currentStep(graph, position)?.kind === 'choice';
    position = apply(graph, position, atMenu ? { t: 'choose', index: openOptions(graph, position)[0]!.index } : { t: 'advance' })!.position;
  }
  return [...position.visited];
}

/** The text of a beat's first line, as the script writes it. */
function firstLine(graph: StoryGraph, beatId: string): string {
  const step = graph.beats[beatId]!.steps.find((s) => s.kind === 'line');
  if (step?.kind !== 'line') throw new Error(`${beatId} has no line`);
  return step.text;
}

/** True once the reader's stored progress (IndexedDB) has entered a beat: a new page will know it. */
async function progressStored(page: Page, beatId: string): Promise<boolean> {
  return page.evaluate(
    (id) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('metallic-rouge-act1');
        open.onsuccess = () => {
          const get = open.result.transaction('keyval').objectStore('keyval').get('progress');
          get.onsuccess = () => resolve(JSON.stringify(get.result ?? '').includes(`\\"${id}\\"`) || JSON.stringify(get.result ?? '').includes(`"${id}"`));
          get.onerror = () => resolve(false);
        };
        open.onerror = () => resolve(false);
      }),
    beatId,
  );
}

/** Waits for the map to be drawn and returns how long it took to open (the `map:open` measure, ms). */
async function mapOpened(page: Page): Promise<number> {
  await page.waitForSelector('.map-svg .map-node');
  return page.evaluate(() => performance.getEntriesByName('map:open').at(-1)?.duration ?? NaN);
}

// Issue 13: the story map, through the keyboard and the real buttons, as a reader uses it.
describe('the story map in Chromium', () => {
  const graph = realStory();
  const title = (id: string) => graph.beats[id]!.title;
  let app: TestPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('read to the second choice, open the map by keyboard: read beats listed as read, the rest locked without titles; back to the first beat, heard again', async () => {
    app = await openApp({ reducedMotion: true });
    const { page } = app;
    await startReading(page);
    await readUntilChoice(page);
    await page.keyboard.press('1');
    await readUntilChoice(page);
    const read = beatsToMenu(graph, 2);
    await page.keyboard.press('f');
    const openMs = await mapOpened(page);
    console.log(`map:open ${openMs.toFixed(1)} ms (1024×576, the full graph)`);
    expect(openMs).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Story map');

    const items = await page.locator('.map-list > li').evaluateAll((lis) => lis.map((li) => ({ id: (li as HTMLElement).dataset['beat']!, text: li.querySelector('.map-beat-text')!.textContent! })));
    expect(items.map((i) => i.id)).toHaveLength(graph.beatOrder.length);
    for (const item of items) {
      const beat = graph.beats[item.id]!;
      if (read.includes(item.id)) expect(item.text).toMatch(new RegExp(`^${escape(`${beat.title} — ${beat.location} (`)}(read|you are here)`));
      else expect(item.text, item.id).toMatch(/^A scene \(not read yet/);
    }
    const shown = await page.locator('.overlay-map').innerText();
    // A read menu's options may name what lies behind them ("Up in Hermann's suite…"): those words are the reader's already.
    const labels = read.flatMap((id) => graph.beats[id]!.steps.flatMap((s) => (s.kind === 'choice' ? s.options.map((o) => o.label) : [])));
    const readWords = [...read.map((id) => `${title(id)} ${graph.beats[id]!.location} ${graph.beats[id]!.summary}`), ...labels].join(' ');
    const hidden = graph.beatOrder.filter((id) => !read.includes(id)).map(title).filter((t) => !readWords.includes(t));
    expect(hidden.length).toBeGreaterThan(10);
    expect(hidden.filter((t) => shown.includes(t))).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);

    // Back to the first beat: the map asks first (a story is open), says the path, and the first line is heard again.
    await press(page, `Read from here: ${title(graph.start)}`);
    await page.getByRole('alertdialog').waitFor();
    expect(await page.getByRole('alertdialog').innerText()).toContain(`Read “${title(graph.start)}” from its first line?`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForLine(page, firstLine(graph, graph.start));
    expect(await page.locator('.story-screen .line').textContent()).toBe(firstLine(graph, graph.start));
    await expect.poll(() => page.locator('.toasts').innerText(), WAIT).toContain(`Reading “${title(graph.start)}” from its first line. No choice comes before this scene`);
    await expect.poll(() => page.evaluate(() => location.hash), WAIT).toBe('');
    expect(app.errors).toEqual([]);
  });

  it('copies a link to a read beat and opens it in a new page; elsewhere the same link asks first; an unknown one opens the map', async () => {
    app = await openApp({ reducedMotion: true });
    const { page, context } = app;
    const base = inject('baseUrl');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
    await startReading(page);
    await readUntilChoice(page);
    await page.keyboard.press('f');
    await mapOpened(page);
    // The list's button (the card under the drawing offers the same for the beat picked there).
    await page.getByRole('list', { name: 'Scenes in story order' }).getByRole('button', { name: `Copy link: ${title('sarahs-stage')}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.toasts').innerText(), WAIT).toContain(`Link to “${title('sarahs-stage')}” copied.`);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(new URL('#/beat/sarahs-stage', base).href);
    await expect.poll(() => progressStored(page, 'sarahs-stage'), WAIT).toBe(true);

    const second = await openApp({ context, reducedMotion: true, path: new URL(link).hash });
    await waitForLine(second.page, firstLine(graph, 'sarahs-stage'));
    await expect.poll(() => second.page.evaluate(() => location.hash), WAIT).toBe('');
    expect(second.errors).toEqual([]);
    await second.close();

    const stranger = await openApp({ reducedMotion: true, path: new URL(link).hash });
    await stranger.page.getByRole('alertdialog').waitFor();
    expect(await stranger.page.getByRole('alertdialog').innerText()).toContain('You have not reached this scene yet. Open it anyway?');
    await stranger.page.keyboard.press('Escape');
    await expect.poll(() => stranger.page.evaluate(() => location.hash), WAIT).toBe('#/map');
    expect(await stranger.page.getByRole('dialog', { name: 'Story map' }).isVisible()).toBe(true);
    await stranger.page.goto(new URL('#/beat/not-a-scene', base).href);
    await expect.poll(() => stranger.page.locator('.toasts').innerText(), WAIT).toContain('There is no scene “not-a-scene” in this story. Here is the story map instead.');
    await expect.poll(() => stranger.page.evaluate(() => location.hash), WAIT).toBe('#/map');
    expect(stranger.errors).toEqual([]);
    await stranger.close();
  });

  it('pans with a drag and zooms with the wheel and keys; Back closes the map and Forward opens it again', async () => {
    app = await openApp({ reducedMotion: true });
    const { page } = app;
    await page.getByRole('button', { name: 'Story map' }).waitFor();
    await press(page, 'Story map');
    await mapOpened(page);
    const transform = () => page.locator('.map-world').getAttribute('transform');
    const before = await transform();
    const box = (await page.locator('.map-viewport').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 150, { steps: 5 });
    await page.mouse.up();
    expect(await transform()).not.toBe(before);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => /scale\(([\d.]+)\)/.exec((await transform())!)![1], WAIT).not.toBe('1');
    await page.locator('.map-viewport').focus();
    await page.keyboard.press('0');
    expect(await transform()).toBe(before);

    await page.goBack();
    await expect.poll(() => page.locator('.overlay-map').count(), WAIT).toBe(0);
    await page.goForward();
    await page.getByRole('dialog', { name: 'Story map' }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('the end card counts what the reader has seen and opens the map; nothing for axe to find; Read again starts over', async () => {
    app = await openApp({ reducedMotion: true });
    const { page } = app;
    await startReading(page);
    const { chosen } = await readThrough(page, []);
    await page.locator('.end-card .completion li').first().waitFor();
    const values = await page.locator('.end-card .completion li').evaluateAll((lis) => lis.map((li) => li.querySelector('.completion-value')!.textContent));
    // One reading, first options all the way: its scenes read, one option per menu tried, the sides its scenes are on finished.
    const visited = firstOptionsToTheEnd(graph);
    const sides = new Set(visited.flatMap((id) => graph.beats[id]!.route ?? [])).size;
    const options = Object.values(graph.beats).flatMap((b) => b.steps.flatMap((s) => (s.kind === 'choice' ? s.options : []))).length;
    const beats = graph.beatOrder.length;
    const routes = Object.keys(graph.routes).length;
    const share = (n: number, of: number) => `${n} of ${of} (${Math.floor((n * 100) / of)}%)`;
    expect(values.slice(0, 3)).toEqual([share(visited.length, beats), share(chosen.length, options), share(sides, routes)]);
    expect(await axeProblems(page)).toEqual([]);
    await page.locator('[data-control="end-open-map"]').focus();
    await page.keyboard.press('Enter');
    await mapOpened(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.overlay-map').count(), WAIT).toBe(0);
    await press(page, 'Read again');
    await waitForLine(page, firstLine(graph, graph.start));
    expect(await page.locator('.story-screen .line').textContent()).toBe(firstLine(graph, graph.start));
    expect(app.errors).toEqual([]);
  });

  it('on a 360×640 phone: the compact drawing, no sideways scrolling, every control 44×44 or more, and the list by its switch', async () => {
    app = await openApp({ reducedMotion: true, viewport: { width: 360, height: 640 }, touch: true, deviceScaleFactor: 2 });
    const { page } = app;
    await startReading(page);
    await readUntilChoice(page);
    // On a phone the quick menu keeps the map behind More.
    await page.getByRole('button', { name: 'More', exact: true }).tap();
    await page.getByRole('button', { name: 'Story map' }).tap();
    await mapOpened(page);
    expect(await page.locator('.map-svg').getAttribute('class')).toContain('is-compact');
    const sizes = () =>
      page.evaluate(() => {
        const root = document.scrollingElement!;
        const small = [...document.querySelectorAll<HTMLElement>('.overlay-map button')].filter((b) => b.checkVisibility()).map((b) => b.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44);
        return { sideways: root.scrollWidth > root.clientWidth, small: small.length };
      });
    expect(await sizes()).toEqual({ sideways: false, small: 0 });
    await page.screenshot({ path: 'test-results/map-phone-drawing.png' });
    await page.getByRole('button', { name: 'List', exact: true }).tap();
    expect(await page.locator('.map-list').isVisible()).toBe(true);
    expect(await sizes()).toEqual({ sideways: false, small: 0 });
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/map-phone-list.png' });
    expect(app.errors).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
