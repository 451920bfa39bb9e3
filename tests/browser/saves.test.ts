import { afterEach, describe, expect, it } from 'vitest';
import { announced, openApp, press, readUntilChoice, startReading, waitForLines, waitUntilReady, type TestPage } from './support.ts';

/** The line on screen now, and the scene the reader was last told about. */
async function where(app: TestPage): Promise<{ line: string | null; scene: string | undefined }> {
  const heard = await announced(app.page);
  return { line: await app.page.locator('.line').textContent(), scene: heard.filter((l) => l.startsWith('Scene: ')).at(-1) };
}

/** Presses Continue `n` times (reduced motion: one press, one line). */
async function readOn(app: TestPage, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await press(app.page, 'Continue');
}

// Issue #11: never lose the reader's place.
describe('saves and progress in Chromium', () => {
  let app: TestPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('saves to a slot with its scene and time, reads on, and loads back to the same line and scene; after a reload it continues on the exact line, and rollback still works from there', async () => {
    app = await openApp({ reducedMotion: true });
    await startReading(app.page);
    await readOn(app, 4);
    const saved = await where(app);
    await press(app.page, 'Save');
    const dialog = app.page.getByRole('dialog', { name: 'Save and load' });
    await press(app.page, /^Save to Slot 1: Empty/);
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toBe('Saved to save slot 1.');
    expect(await dialog.getByRole('button', { name: /^Save to Slot 1: Cold open/ }).count()).toBe(1);
    await app.page.keyboard.press('Escape');
    await readUntilChoice(app.page);
    expect((await where(app)).line).not.toBe(saved.line);
    await press(app.page, 'Load');
    await press(app.page, /^Load Slot 1: Cold open/);
    // The confirmation: loading leaves the story in progress.
    await app.page.getByRole('alertdialog').getByRole('button', { name: 'Load' }).focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app!.page.locator('.line').textContent()).toBe(saved.line);
    expect((await where(app)).scene).toBe(saved.scene);

    // Never losing the place: read on from the loaded line, then reload at once, as a reader closing the tab would (the autosave is written as the page goes).
    // The save screen is gone from the address too: a reload or Back does not bring it back over the story.
    await expect.poll(() => app!.page.evaluate(() => location.hash)).toBe('');
    expect(await dialog.count()).toBe(0);
    await readOn(app, 2);
    const before = await where(app);
    await app.page.reload();
    await waitUntilReady(app.page);
    await press(app.page, 'Continue');
    await waitForLines(app.page, 0);
    expect(await where(app)).toEqual(before);
    await app.page.keyboard.press('Backspace');
    await expect.poll(() => app!.page.locator('.line').textContent()).not.toBe(before.line);
    expect(app.errors).toEqual([]);
  });

  it('still plays when IndexedDB and localStorage both refuse, and says once that progress will not be kept', async () => {
    app = await openApp({
      reducedMotion: true,
      initScript: () => {
        Object.defineProperty(window, 'indexedDB', { get: () => { throw new Error('blocked'); } });
        Object.defineProperty(window, 'localStorage', { get: () => { throw new Error('blocked'); } });
      },
    });
    await startReading(app.page);
    await expect.poll(() => app!.page.locator('.toast').allTextContents()).toEqual([expect.stringMatching(/lost when you close this tab/i)]);
    await readOn(app, 3);
    expect((await announced(app.page)).length).toBeGreaterThan(3);
    expect(app.errors).toEqual([]);
  });

  it('refuses a damaged import file with a clear message and keeps what was there', async () => {
    app = await openApp({ reducedMotion: true });
    await startReading(app.page);
    await press(app.page, 'Quick save');
    await app.page.waitForFunction(() => document.querySelector('.toast')?.textContent?.includes('Quick saved'));
    await press(app.page, 'Settings');
    await app.page.locator('#import-file').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"metallic-rouge-act1","kind":"export","version":1,"data":{"exportedAt":"nope","__proto__":{"x":1}}}') });
    await press(app.page, 'Import');
    await expect.poll(() => app!.page.locator('.transfer-status').textContent()).toMatch(/^Nothing was imported: /);
    await app.page.keyboard.press('Escape');
    await press(app.page, 'Load');
    await expect.poll(() => app!.page.getByRole('button', { name: /^Load Quick save: Cold open/ }).count()).toBe(1);
  });
});
