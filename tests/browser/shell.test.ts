import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { axeProblems, announced, openApp, readThrough, readUntilChoice, startReading, storyLines, waitForLine, waitForLines, waitForStage, waitUntilReady, type TestPage } from './support.ts';

// The page around the story: first paint, loading, early input, missing pieces, accessibility.
describe('the explorer shell in Chromium', () => {
  let app: TestPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('paints the title from index.html before any script runs', async () => {
    app = await openApp();
    const html = await (await app.page.request.get(app.page.url())).text();
    expect(html).toMatch(/<h1 id="title-heading">Metallic Rouge<\/h1>/);
    expect(html).toContain('Act 1 — Crimson Is the Sound of Dawn');
    expect(html).toMatch(/unofficial fan retelling/i);
    expect(html).toMatch(/<button id="start"[^>]*>Start<\/button>/);
    await waitUntilReady(app.page);
    expect(await app.page.locator('#load-progress').getAttribute('aria-valuenow')).toBe('100');
    // The title is HTML over a picture: until the reader reaches for it, the engine is not even fetched.
    const fetched = await app.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(fetched.filter((url) => /\/assets\/phaser-[^/]*\.js$/.test(url))).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('keeps a Start pressed while the story is still loading, and reads the first line before the stage has loaded', async () => {
    app = await openApp({ delayUrls: { match: /\/assets\/(phaser|index|_virtual_story-graph)-[^/]*\.js$/, ms: 1500 } });
    const start = app.page.getByRole('button', { name: 'Start' });
    await start.focus();
    expect(await start.getAttribute('aria-disabled')).toBe('true');
    await app.page.keyboard.press('Enter');
    await waitForLine(app.page, 'Mars, 2128.');
    expect(storyLines(await announced(app.page))[0]).toMatch(/^Mars, 2128\./);
    expect(await app.page.locator('.line').textContent()).toMatch(/^Mars, 2128\./);
    await waitForStage(app.page);
    expect(app.errors).toEqual([]);
  });

  it('reports real loading progress: rising stages to 100%, not a timer', async () => {
    app = await openApp({
      delayUrls: { match: /\/assets\/_virtual_story-graph-[^/]*\.js$/, ms: 800 },
      initScript: () => {
        const values: string[] = [];
        (window as unknown as { progressValues: string[] }).progressValues = values;
        new MutationObserver(() => {
          const now = document.getElementById('load-progress')?.getAttribute('aria-valuenow');
          if (now && values.at(-1) !== now) values.push(now);
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-valuenow'] });
      },
    });
    await waitUntilReady(app.page);
    const values = (await app.page.evaluate(() => (window as unknown as { progressValues: string[] }).progressValues)).map(Number);
    expect(values.length).toBeGreaterThanOrEqual(4);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values.at(-1)).toBe(100);
  });

  // (The end card, read to by the same first options, is checked with the count it shows: tests/browser/map.test.ts.)
  it('has no accessibility problems on the title, while reading, or at a choice', async () => {
    app = await openApp({ reducedMotion: true });
    expect(await axeProblems(app.page)).toEqual([]);
    await waitUntilReady(app.page);
    expect(await axeProblems(app.page)).toEqual([]);
    await startReading(app.page);
    expect(await axeProblems(app.page)).toEqual([]);
    await readUntilChoice(app.page);
    expect(await axeProblems(app.page)).toEqual([]);
  });

  it('decodes every piece of art the build ships', async () => {
    app = await openApp();
    const svgs = readdirSync('dist/assets').filter((f) => f.endsWith('.svg')).map((f) => `/assets/${f}`);
    expect(svgs.length).toBeGreaterThanOrEqual(50);
    const failures = await app.page.evaluate(async (urls) => {
      const failed: string[] = [];
      for (const url of urls) {
        const image = new Image();
        image.src = url;
        try {
          await image.decode();
          if (image.naturalWidth === 0) failed.push(url);
        } catch {
          failed.push(url);
        }
      }
      return failed;
    }, svgs);
    expect(failures).toEqual([]);
  });

  it('goes on without a background whose file is broken, saying so once', async () => {
    app = await openApp({ corruptUrls: /\/mars-dawn-[^/]*\.svg$/ });
    await startReading(app.page);
    // The first scene's picture is the broken one: the stage gets to it as soon as it is up.
    await waitForStage(app.page);
    await expect.poll(() => app!.warnings.filter((w) => w.includes("'bg:mars-dawn' could not be loaded")).length, { timeout: 15_000 }).toBe(1);
    const labels = await readUntilChoice(app.page);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(app.warnings.filter((w) => w.includes("'bg:mars-dawn' could not be loaded")).length).toBe(1);
    // Chromium's own page for the unreadable SVG (a parse-error notice with inline styles) trips the CSP: that is the broken file, not the explorer.
    expect(app.errors.filter((e) => !/Failed to process file|Failed to load resource|Applying inline style violates/.test(e))).toEqual([]);
  });

  it('still reads the whole story when the stage (the engine) cannot load, and says so', async () => {
    app = await openApp({ blockUrls: /\/assets\/phaser-[^/]*\.js$/, reducedMotion: true });
    await startReading(app.page);
    await expect.poll(() => app!.page.locator('#load-status').textContent()).toMatch(/pictures could not load/i);
    const { heard } = await readThrough(app.page, []);
    expect(heard.at(-1)).toMatch(/^The end: /);
    expect(app.errors.filter((e) => !/Failed to load resource|Failed to fetch dynamically imported module|error loading dynamically imported module/i.test(e))).toEqual([]);
  });

  it('says plainly when the story itself cannot load, and Start becomes Reload', async () => {
    app = await openApp({ blockUrls: /\/assets\/_virtual_story-graph-[^/]*\.js$/ });
    await expect.poll(() => app!.page.locator('#load-status').textContent()).toMatch(/story could not be loaded/i);
    const reload = app.page.getByRole('button', { name: 'Reload' });
    expect(await reload.getAttribute('aria-disabled')).toBeNull();
    expect(await reload.getAttribute('data-pressed')).toBeNull();
    expect(app.errors.filter((e) => !/Failed to load resource|dynamically imported module|story-graph/i.test(e))).toEqual([]);
  });

  it('shows a line at once when the reader asks for reduced motion: one press, one line', async () => {
    app = await openApp({ reducedMotion: true });
    await startReading(app.page);
    await waitForLine(app.page, 'Mars');
    expect(await app.page.locator('.line .untyped').textContent()).toBe('');
    const before = storyLines(await announced(app.page)).length;
    await app.page.getByRole('button', { name: 'Continue' }).focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(async () => storyLines(await announced(app!.page)).length).toBe(before + 1);
    await waitForLines(app.page, 0);
  });
});
