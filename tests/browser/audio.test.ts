import { afterEach, describe, expect, it } from 'vitest';
import { openApp, readUntilChoice, waitForLines, type TestPage, startReading, waitUntilReady } from './support.ts';

/** The state of Howler's sounds in the page: which files, loaded or not, playing or not. */
async function howls(app: TestPage): Promise<{ src: string; state: string; playing: boolean; loop: boolean }[]> {
  return app.page.evaluate(() => {
    type Howl = { _src: string | string[]; _loop: boolean; state(): string; playing(): boolean };
    const howler = (window as unknown as { Howler?: { _howls: Howl[] } }).Howler;
    return (howler?._howls ?? []).map((h) => ({ src: String(Array.isArray(h._src) ? h._src[0] : h._src), state: h.state(), playing: h.playing(), loop: h._loop }));
  });
}

async function startStory(app: TestPage): Promise<void> {
  await startReading(app.page);
  await waitForLines(app.page, 0);
}

// Sound through Howler, driven by real key presses (browsers only allow audio after a gesture).
describe('sound in Chromium', () => {
  let app: TestPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('waits for a gesture, then loads and plays the first scene\'s ambience and music through Howler', async () => {
    app = await openApp();
    await waitUntilReady(app.page);
    expect(await howls(app)).toEqual([]); // nothing is fetched or played before the reader's first gesture
    await startStory(app);
    const howl = (key: string) => async () => (await howls(app!)).find((h) => new RegExp(`/${key}-[^/]*\\.(webm|mp3)$`).test(h.src));
    await expect.poll(async () => (await howl('wind')())?.playing, { timeout: 20_000 }).toBe(true);
    // The cold open's music comes in a few lines later; read on to the first choice, past it.
    await readUntilChoice(app.page);
    await expect.poll(async () => (await howl('title')())?.state, { timeout: 20_000 }).toBe('loaded');
    await expect.poll(async () => (await howl('club-song')())?.playing, { timeout: 20_000 }).toBe(true);
    expect(app.errors).toEqual([]);
  });

  it('mutes with M and the Mute button, remembers it, and announces sound captions', async () => {
    app = await openApp();
    await startStory(app);
    const muted = () => app!.page.evaluate(() => (window as unknown as { Howler: { _muted: boolean } }).Howler._muted);
    const muteButton = app.page.getByRole('button', { name: 'Mute sound' });
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('m');
    expect(await muted()).toBe(true);
    expect(await muteButton.getAttribute('aria-pressed')).toBe('true');
    await muteButton.focus();
    await app.page.keyboard.press('Enter');
    expect(await muted()).toBe(false);
    await app.page.keyboard.press('m');
    await app.page.reload();
    await waitUntilReady(app.page);
    expect(await app.page.getByRole('button', { name: 'Mute sound' }).getAttribute('aria-pressed')).toBe('true');

    await app.page.getByRole('button', { name: 'Start' }).focus();
    await app.page.keyboard.press('Enter');
    await readUntilChoice(app.page);
    const heard = await app.page.locator('#story-log p').allTextContents();
    expect(heard).toContain('[a mechanical bird chirps]');
    const captions = app.page.getByRole('button', { name: 'Show sound captions' });
    expect(await captions.getAttribute('aria-pressed')).toBe('true');
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('c');
    expect(await captions.getAttribute('aria-pressed')).toBe('false');
    expect(app.errors).toEqual([]);
  });

  it('pauses while the tab is hidden and resumes when it is back', async () => {
    app = await openApp();
    await startStory(app);
    // Loops pause (and keep their place); the audio context is suspended, so a one-shot effect falls silent too.
    const playing = async () => (await howls(app!)).some((h) => h.loop && h.playing);
    await expect.poll(playing, { timeout: 20_000 }).toBe(true);
    const setHidden = (hidden: boolean) =>
      app!.page.evaluate((value) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    const context = () => app!.page.evaluate(() => (window as unknown as { Howler: { ctx: AudioContext } }).Howler.ctx.state);
    await setHidden(true);
    expect(await playing()).toBe(false);
    await expect.poll(context).toBe('suspended');
    await setHidden(false);
    expect(await playing()).toBe(true);
    await expect.poll(context).toBe('running');
  });

  it('goes on silently when a sound file is missing, saying so once', async () => {
    app = await openApp({ blockUrls: /\/(title|wind)-[^/]*\.(webm|mp3)$/ });
    await startStory(app);
    await readUntilChoice(app.page);
    const warnings = app.warnings.filter((w) => w.startsWith('audio:'));
    expect(warnings.filter((w) => w.includes('music:title'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('ambience:wind'))).toHaveLength(1);
    expect(app.errors.filter((e) => !/Failed to load resource.*404/.test(e))).toEqual([]);
  });
});
