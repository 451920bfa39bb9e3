import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import { announced, openApp, readUntilChoice, storyLines, waitForLines, type TestPage, startReading, waitUntilReady } from './support.ts';

/** Serious and critical accessibility problems axe finds on the page as it is now. */
async function axeProblems(app: TestPage): Promise<string[]> {
  const results = await new AxeBuilder({ page: app.page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

// The page around the game: loading, early input, and accessibility.
describe('the explorer shell in Chromium', () => {
  let app: TestPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('keeps a Start pressed while the engine is still loading, and starts the story when it can', async () => {
    app = await openApp({ delayUrls: { match: /\/assets\/phaser-[^/]*\.js$/, ms: 2500 } });
    const start = app.page.getByRole('button', { name: 'Start' });
    await start.focus();
    expect(await start.getAttribute('aria-disabled')).toBe('true');
    await app.page.keyboard.press('Enter');
    await app.page.waitForFunction(() => [...document.querySelectorAll('#story-log p')].some((p) => p.textContent?.startsWith('Mars, 2128.')), null, { timeout: 20_000 });
    expect(storyLines(await announced(app.page))[0]).toMatch(/^Mars, 2128\./);
    expect(app.errors).toEqual([]);
  });

  it('reports real loading progress: rising stages to 100%, not a timer', async () => {
    app = await openApp({ delayUrls: { match: /\/assets\/phaser-[^/]*\.js$/, ms: 800 }, initScript: () => {
      const values: string[] = [];
      (window as unknown as { progressValues: string[] }).progressValues = values;
      new MutationObserver(() => {
        const bar = document.getElementById('load-progress');
        const now = bar?.getAttribute('aria-valuenow');
        if (now && values.at(-1) !== now) values.push(now);
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-valuenow'] });
    } });
    await waitUntilReady(app.page);
    const values = (await app.page.evaluate(() => (window as unknown as { progressValues: string[] }).progressValues)).map(Number);
    expect(values.length).toBeGreaterThanOrEqual(4);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values.at(-1)).toBe(100);
  });

  it('has no serious accessibility problems on the title, while reading, or at a choice', async () => {
    app = await openApp();
    expect(await axeProblems(app)).toEqual([]);
    await waitUntilReady(app.page);
    expect(await axeProblems(app)).toEqual([]);
    await app.page.getByRole('button', { name: 'Start' }).focus();
    await app.page.keyboard.press('Enter');
    await waitForLines(app.page, 0);
    expect(await axeProblems(app)).toEqual([]);
    await readUntilChoice(app.page);
    expect(await axeProblems(app)).toEqual([]);
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
    const labels = await readUntilChoice(app.page);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(app.warnings.filter((w) => w.includes("'bg:mars-dawn' could not be loaded"))).toHaveLength(1);
    expect(app.errors.filter((e) => !/Failed to process file|Failed to load resource/.test(e))).toEqual([]);
  });

  it('shows a line at once when the reader asks for reduced motion: one press, one line', async () => {
    app = await openApp({ reducedMotion: true });
    await startReading(app.page);
    await app.page.waitForFunction(() => [...document.querySelectorAll('#story-log p')].some((p) => p.textContent?.startsWith('Mars')));
    const before = storyLines(await announced(app.page)).length;
    await app.page.getByRole('button', { name: 'Continue' }).focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(async () => storyLines(await announced(app!.page)).length).toBe(before + 1);
  });
});
