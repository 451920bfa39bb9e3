import { afterEach, describe, expect, it } from 'vitest';
import { announced, openApp, waitForLines, type TestPage, waitUntilReady } from './support.ts';

/** The accessible name of the focused element, and its group. */
async function focused(app: TestPage): Promise<{ name: string; group: string | null }> {
  return app.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { name: el?.textContent ?? '', group: el?.closest('[role="group"]')?.getAttribute('aria-label') ?? null };
  });
}

/** Presses Enter on whatever has focus until a menu is offered (at most `max` times). */
async function enterUntilMenu(app: TestPage, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await app.page.locator('#controls-choices button').count()) > 0) return;
    await app.page.keyboard.press('Enter');
  }
  throw new Error('no menu was offered');
}

// A keyboard-only reader who never clicks and never has focus placed for them: Tab, Enter, digits, Backspace.
describe('reading with the keyboard alone', () => {
  let app: TestPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('keeps focus where the reader is: Start → Continue → the first option → Continue, and shortcuts work while a button has focus', async () => {
    app = await openApp({ reducedMotion: true });
    await waitUntilReady(app.page);
    await app.page.keyboard.press('Tab');
    expect(await focused(app)).toEqual({ name: 'Start', group: 'Title menu' });
    await app.page.keyboard.press('Enter');
    await waitForLines(app.page, 1);
    await expect.poll(() => focused(app!)).toEqual({ name: 'Continue', group: 'Reading' });

    await enterUntilMenu(app);
    const options = await app.page.locator('#controls-choices button').allTextContents();
    expect((await focused(app)).name).toBe(options[0]);
    expect(await app.page.locator('#controls-choices button').first().getAttribute('aria-keyshortcuts')).toBe('1');

    // Backspace with an option focused rolls back one line (and the menu goes); Enter comes back to it.
    const before = (await announced(app.page)).length;
    await app.page.keyboard.press('Backspace');
    await expect.poll(() => app!.page.locator('#controls-choices button').count()).toBe(0);
    expect((await announced(app.page)).length).toBeGreaterThan(before);
    expect((await focused(app)).name).toBe('Continue');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app!.page.locator('#controls-choices button').count()).toBe(options.length);

    // A digit picks an option even though a button has focus; reading resumes on Continue.
    await app.page.keyboard.press('2');
    await expect.poll(() => focused(app!)).toEqual({ name: 'Continue', group: 'Reading' });
    const heard = await announced(app.page);
    expect(heard.some((line) => line.startsWith('Scene: '))).toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('ends on Read again, goes back to the title on Start, and plays again from there (the scenes restart cleanly)', async () => {
    app = await openApp({ reducedMotion: true });
    await waitUntilReady(app.page);
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Enter');
    await waitForLines(app.page, 1);
    // Jump ahead through the DOM layer to the end, then continue by keyboard alone.
    await app.page.evaluate(async () => {
      for (let i = 0; i < 2000 && !document.querySelector('[data-control="read-again"]'); i++) {
        (document.querySelector('#controls-choices button') ?? document.querySelector('[data-control="continue"]'))?.dispatchEvent(new MouseEvent('click'));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    await expect.poll(() => focused(app!)).toEqual({ name: 'Read again', group: 'Reading' });
    await app.page.keyboard.press('Tab');
    expect((await focused(app)).name).toBe('Back to the title');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => focused(app!)).toEqual({ name: 'Start', group: 'Title menu' });
    await app.page.keyboard.press('Enter');
    // The log keeps only its latest lines, so wait for the opening line to be the newest one.
    await app.page.waitForFunction(() => document.querySelector('#story-log p:last-child')?.textContent?.startsWith('Mars, 2128.'), null, { timeout: 20_000 });
    await expect.poll(() => focused(app!)).toEqual({ name: 'Continue', group: 'Reading' });
    expect(app.errors).toEqual([]);
  }, 180_000);
});
