import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, readUntilChoice, screenshotVariance, startReading, waitForStage, type OpenOptions, type TestPage } from './support.ts';

declare global {
  interface Window {
    /** The title test's running sum of layout shifts. */
    shifted?: number;
  }
}

/** A layout-shift entry (the Layout Instability API; TypeScript's DOM types lack it). */
interface LayoutShiftEntry extends PerformanceEntry {
  readonly value: number;
}

/** Sizes a reader sees: the story text, the smallest control, and whether the page scrolls sideways. */
async function measure(page: Page): Promise<{ text: number; dpr: number; smallest: { name: string; width: number; height: number }; sideways: boolean }> {
  return page.evaluate(() => {
    const line = document.querySelector('.line')!;
    const buttons = [...document.querySelectorAll<HTMLElement>('#ui button')].filter((b) => b.checkVisibility());
    const sizes = buttons.map((b) => ({ name: b.getAttribute('aria-label') ?? b.textContent ?? '', width: b.getBoundingClientRect().width, height: b.getBoundingClientRect().height }));
    const smallest = sizes.reduce((a, b) => (Math.min(b.width, b.height) < Math.min(a.width, a.height) ? b : a));
    const root = document.scrollingElement!;
    return { text: parseFloat(getComputedStyle(line).fontSize), dpr: devicePixelRatio, smallest, sideways: root.scrollWidth > root.clientWidth };
  });
}

/** Opens the app at a size and reads to the first choice (text box, options and quick menu all on screen). */
async function atChoice(options: OpenOptions): Promise<TestPage> {
  const app = await openApp({ reducedMotion: true, ...options });
  await startReading(app.page);
  await readUntilChoice(app.page);
  return app;
}

// Issue #8: the words are HTML, readable on a phone, under browser zoom and with the reader's own text spacing.
describe('words and controls on every screen', () => {
  let app: TestPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('on 390×844 and 360×640 portrait phones: story text at least 16 px, every control at least 44×44 and on the screen, no sideways scrolling', async () => {
    // One page, the window changed under it (as a phone's split screen does): the layout follows.
    app = await atChoice({ viewport: { width: 390, height: 844 }, touch: true, deviceScaleFactor: 2 });
    for (const phone of [
      { width: 390, height: 844 },
      { width: 360, height: 640 },
    ]) {
      await app.page.setViewportSize(phone);
      await app.page.waitForFunction((width) => innerWidth === width, phone.width, { polling: 25 });
      const at = `${phone.width}×${phone.height}`;
      const sizes = await measure(app.page);
      expect(sizes.text, at).toBeGreaterThanOrEqual(16);
      expect(Math.min(sizes.smallest.width, sizes.smallest.height), `${at}: ${sizes.smallest.name}`).toBeGreaterThanOrEqual(44);
      expect(sizes.sideways, at).toBe(false);
      // At a choice (three options, the line, the menu) every control is on the screen, none cut off below it.
      const below = await app.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('#ui .story-screen button')]
          .filter((b) => b.checkVisibility())
          .filter((b) => b.getBoundingClientRect().bottom > window.innerHeight + 1)
          .map((b) => b.getAttribute('aria-label') ?? b.textContent),
      );
      expect(below, at).toEqual([]);
      await app.page.screenshot({ path: `test-results/layout-phone-${phone.width}x${phone.height}.png` });
    }
    // Tapping an option works like clicking it, and the stage draws the scene it leads to.
    const count = await app.page.locator('#story-log p').count();
    await app.page.locator('.choices button').first().tap();
    await expect.poll(() => app!.page.locator('#story-log p').count()).toBeGreaterThan(count);
    await waitForStage(app.page);
    await app.page.waitForTimeout(300);
    expect(await screenshotVariance(app.page)).toBeGreaterThan(100);
    expect(app.errors).toEqual([]);
  });

  it('at 200% browser zoom the story text is twice as large, and at 400% nothing scrolls sideways', async () => {
    const laptop = { width: 1280, height: 720 };
    app = await atChoice({ viewport: laptop });
    const normal = await measure(app.page);
    await waitForStage(app.page);
    expect(await screenshotVariance(app.page)).toBeGreaterThan(100);
    await app.page.screenshot({ path: 'test-results/layout-desktop.png' });
    // The reader zooms in while reading, as Ctrl + does: the same window, fewer CSS pixels, each one larger.
    const browserZoom = await app.context.newCDPSession(app.page);
    const zoomTo = async (factor: number) => {
      await browserZoom.send('Emulation.setDeviceMetricsOverride', { width: laptop.width / factor, height: laptop.height / factor, deviceScaleFactor: factor, mobile: false });
      await app!.page.waitForFunction((z) => devicePixelRatio === z.factor && innerWidth === z.width, { factor, width: laptop.width / factor }, { polling: 25 });
    };
    await zoomTo(2);
    const zoomed = await measure(app.page);
    expect(zoomed.text * zoomed.dpr).toBeCloseTo(2 * normal.text * normal.dpr, 1);
    expect(zoomed.sideways).toBe(false);
    await zoomTo(4);
    const far = await measure(app.page);
    expect(far.text * far.dpr).toBeCloseTo(4 * normal.text * normal.dpr, 1);
    expect(far.sideways).toBe(false);
    // Through the same session: Playwright's own screenshot would put its 1280×720 back first.
    const { data } = await browserZoom.send('Page.captureScreenshot', { format: 'png' });
    writeFileSync('test-results/layout-zoom-400.png', Buffer.from(data, 'base64'));
    expect(app.errors).toEqual([]);
  });

  it("keeps every word reachable under the reader's own text spacing (WCAG 1.4.12)", async () => {
    app = await atChoice({ viewport: { width: 360, height: 640 }, touch: true, readerStyles: true });
    await app.page.addStyleTag({
      content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    });
    const clipped = await app.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#ui .line, #ui .choices button, #ui .location')]
        .filter((el) => el.checkVisibility())
        .filter((el) => {
          const style = getComputedStyle(el);
          const scrolls = /(auto|scroll)/.test(style.overflowY);
          return (el.scrollHeight > el.clientHeight + 1 && !scrolls) || el.scrollWidth > el.clientWidth + 1;
        })
        .map((el) => el.className),
    );
    expect(clipped).toEqual([]);
    expect((await measure(app.page)).sideways).toBe(false);
  });

  it('shows the whole title in a short laptop window without a jump when its menu arrives, on a phone held sideways scrolls to what does not fit, cutting nothing off above, and on a small phone keeps the name clear of the sound toggles', async () => {
    // Where the title sits and whether it scrolls, with its first and last words and its last button.
    const title = (page: Page) =>
      page.evaluate(() => {
        const screen = document.getElementById('title')!;
        const top = (el: Element | null) => Math.round(el!.getBoundingClientRect().top);
        const buttons = [...screen.querySelectorAll('.title-menu button')];
        const name = screen.querySelector('h1')!.getBoundingClientRect();
        const toggles = screen.querySelector('.title-top')!.getBoundingClientRect();
        const underToggles = name.top < toggles.bottom && name.right > toggles.left && name.left < toggles.right;
        return { underToggles, name: top(screen.querySelector('h1')), notice: Math.round(screen.querySelector('.notice')!.getBoundingClientRect().bottom), lastButton: buttons.at(-1)!.textContent, scrolls: screen.scrollHeight > screen.clientHeight, height: innerHeight };
      });
    app = await openApp({
      viewport: { width: 1024, height: 576 },
      initScript: () => {
        window.shifted = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as LayoutShiftEntry[]) window.shifted = (window.shifted ?? 0) + entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      },
    });
    await app.page.waitForFunction(() => document.getElementById('title')?.classList.contains('is-raining'));
    // The menu the script adds under Start takes the place kept for it: nothing on the title jumps (it moved by a third of the screen).
    expect(await app.page.evaluate(() => window.shifted)).toBeLessThan(0.01);
    const laptop = await title(app.page);
    expect(laptop.name).toBeGreaterThanOrEqual(0);
    expect(laptop.notice).toBeLessThanOrEqual(laptop.height);
    // The falling rain is scenery: it adds nothing to scroll.
    expect(laptop.scrolls).toBe(false);
    expect(laptop.underToggles).toBe(false);

    await app.page.setViewportSize({ width: 844, height: 390 });
    const sideways = await title(app.page);
    expect(sideways.name).toBeGreaterThanOrEqual(0);
    expect(sideways.scrolls).toBe(true);
    expect(sideways.underToggles).toBe(false);
    const last = app.page.getByRole('button', { name: sideways.lastButton!, exact: true });
    await last.focus(); // as Tab would reach it: the title scrolls it into view
    const box = (await last.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(390 + 1); // a fraction of a pixel: layout rounds

    // A small phone held upright: the name sits below the sound toggles in the corner, not under them.
    await app.page.setViewportSize({ width: 360, height: 640 });
    const upright = await title(app.page);
    expect(upright.underToggles).toBe(false);
    expect(upright.scrolls).toBe(false);
    expect(app.errors).toEqual([]);
  });
});
