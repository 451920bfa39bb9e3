import { afterEach, describe, expect, it } from 'vitest';
import { announced, choiceLabels, listenToLog, openApp, press, readUntilChoice, startReading, storyLines, waitForStage, type TestPage } from './support.ts';

/** The line on screen now (the text box's whole text). */
const shownLine = (app: TestPage) => app.page.locator('.line').textContent();

/** Main-thread busy time over a wall-clock window, as a fraction of it (Chrome's own task accounting). */
async function busyFraction(app: TestPage, ms: number): Promise<number> {
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  const before = await task();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return ((await task()) - before) / (ms / 1000);
}

// Issue #12: the reading controls every visual novel has — history, rollback, auto, skip, hide, every input.
describe('reading controls in Chromium', () => {
  let app: TestPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('opens the history by keyboard and by wheel, and going back to a line three scenes ago stands the story there', async () => {
    app = await openApp({ reducedMotion: true });
    await startReading(app.page);
    const first = await readUntilChoice(app.page);
    await press(app.page, first[0]!);
    await readUntilChoice(app.page);
    // History by keyboard: the scenes read so far, the choice made, the lines.
    await app.page.keyboard.press('l');
    const dialog = app.page.getByRole('dialog', { name: 'History' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const scenes = await dialog.locator('.backlog-scene h3').allTextContents();
    expect(scenes.length).toBeGreaterThanOrEqual(4);
    expect(await dialog.getByRole('button', { name: `Back to this choice: ${first[0]}` }).count()).toBe(1);
    // Three scenes back: the first line of that scene.
    const target = dialog.locator('.backlog-scene').nth(scenes.length - 3).locator('xpath=following-sibling::li[contains(@class, "backlog-line")][1]').getByRole('button');
    const text = await target.locator('.backlog-text').textContent();
    await target.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await shownLine(app)).toBe(text);
    expect((await announced(app.page)).slice(-2)[0]).toMatch(/^Scene: /);
    const second = await readUntilChoice(app.page);
    // Back to the first choice: it is offered again, and another side can be taken.
    await app.page.keyboard.press('l');
    await dialog.getByRole('button', { name: `Back to this choice: ${first[0]}` }).focus();
    await app.page.keyboard.press('Enter');
    expect(await choiceLabels(app.page)).toEqual(first);
    await press(app.page, first[1]!);
    expect(await readUntilChoice(app.page)).toEqual(second);
    // The wheel up opens the history too; Esc closes it and focus comes back.
    await app.page.mouse.move(100, 300); // beside the options, over the stage
    await app.page.mouse.wheel(0, -200);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('auto reads at least three lines by itself and stops at the choice; any press stops it', async () => {
    // A reader who set auto's pause to nothing (kept from an older version): auto still gives each line time to be read.
    app = await openApp({ reducedMotion: true, initScript: () => localStorage.setItem('metallic-rouge-act1:settings', JSON.stringify({ autoDelay: 0 })) });
    await startReading(app.page);
    await readUntilChoice(app.page);
    for (let i = 0; i < 4; i++) await app.page.keyboard.press('Backspace');
    const heard = await listenToLog(app.page);
    await app.page.keyboard.press('a');
    expect(await app.page.getByRole('button', { name: 'Auto' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await choiceLabels(app!.page)).length, { timeout: 40_000 }).toBeGreaterThan(0);
    expect(storyLines(await heard()).length).toBeGreaterThanOrEqual(3);
    expect(await app.page.getByRole('button', { name: 'Auto' }).getAttribute('aria-pressed')).toBe('false');
    expect(await app.page.locator('.mode-badge').textContent()).toBe('Stopped at a choice');
  });

  // Skip on a second reading is read to the end and back first: tests/browser/reading.test.ts does it after the end card.

  it('reads on and chooses with a gamepad (A, the d-pad)', async () => {
    app = await openApp({
      reducedMotion: true,
      initScript: () => {
        const buttons = Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 }));
        const pad = { id: 'Test pad (STANDARD GAMEPAD)', index: 0, connected: true, mapping: 'standard', axes: [0, 0, 0, 0], buttons, timestamp: 0 };
        Object.defineProperty(navigator, 'getGamepads', { value: () => [pad] });
        (window as unknown as { pad: (i: number, down: boolean) => void }).pad = (i, down) => {
          buttons[i]!.pressed = down;
          buttons[i]!.value = down ? 1 : 0;
        };
      },
    });
    await startReading(app.page);
    await app.page.evaluate(() => window.dispatchEvent(new Event('gamepadconnected')));
    // The explorer reads the pad once a frame: a press lasts until two frames have passed, however slow they are.
    const twoFrames = () => app!.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const tap = async (i: number) => {
      await app!.page.evaluate((b) => (window as unknown as { pad: (i: number, down: boolean) => void }).pad(b, true), i);
      await twoFrames();
      await app!.page.evaluate((b) => (window as unknown as { pad: (i: number, down: boolean) => void }).pad(b, false), i);
      await twoFrames();
    };
    const before = storyLines(await announced(app.page)).length;
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tap(0);
    await expect.poll(async () => storyLines(await announced(app!.page)).length).toBe(before + 1);
    const options = await readUntilChoice(app.page);
    await tap(13); // d-pad down: from the first option to the second
    await tap(0);
    await expect.poll(async () => (await announced(app!.page)).some((l) => l.startsWith('Scene: '))).toBe(true);
    expect(await choiceLabels(app.page)).not.toEqual(options);
  });

  it('lets the stage sleep while a line waits (the page is nearly idle); H hides the text to show the stage, and any key brings it back', async () => {
    app = await openApp({ reducedMotion: true });
    await startReading(app.page);
    await waitForStage(app.page);
    await app.page.waitForTimeout(1500); // the first pictures arrive and settle
    expect(await busyFraction(app, 2000)).toBeLessThan(0.15);

    await app.page.keyboard.press('h');
    await expect.poll(() => app!.page.locator('.textbox').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    const before = (await announced(app.page)).length;
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app!.page.locator('.textbox').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    expect((await announced(app.page)).length).toBe(before); // that press only brought the text back
  });
});
