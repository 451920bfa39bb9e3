import { afterEach, describe, expect, it } from 'vitest';
import { openApp, readUntilChoice, startReading, waitUntilReady, type TestPage } from './support.ts';

/**
 * Listens to what Howler really outputs, through its public globals (`Howler.ctx`, `Howler.masterGain`):
 * an analyser on the master bus gives the output level; the audio files fetched say which sounds were asked for.
 */
async function listen(app: TestPage): Promise<{ level: () => Promise<number>; fetched: string[]; context: () => Promise<string>; gain: () => Promise<number> }> {
  const fetched: string[] = [];
  app.page.on('request', (request) => {
    if (/\.(webm|mp3)$/.test(request.url())) fetched.push(new URL(request.url()).pathname);
  });
  return {
    fetched,
    level: () =>
      app.page.evaluate(() => {
        type Global = { Howler: { ctx: AudioContext; masterGain: GainNode }; probe?: AnalyserNode };
        const g = window as unknown as Global;
        if (!g.probe) {
          g.probe = g.Howler.ctx.createAnalyser();
          g.Howler.masterGain.connect(g.probe);
        }
        const samples = new Float32Array(g.probe.fftSize);
        g.probe.getFloatTimeDomainData(samples);
        return Math.sqrt(samples.reduce((sum, x) => sum + x * x, 0) / samples.length);
      }),
    context: () => app.page.evaluate(() => (window as unknown as { Howler: { ctx: AudioContext } }).Howler.ctx.state),
    gain: () => app.page.evaluate(() => (window as unknown as { Howler: { masterGain: GainNode } }).Howler.masterGain.gain.value),
  };
}

// Sound through Howler, driven by real key presses (browsers only allow audio after a gesture).
describe('sound in Chromium', () => {
  let app: TestPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it("waits for a gesture, then fetches and plays the first scene's sound, and the music of the scenes that follow; falls silent while the tab is hidden and plays again when it is back", async () => {
    app = await openApp({ sound: true });
    const audio = await listen(app);
    await waitUntilReady(app.page);
    expect(audio.fetched).toEqual([]); // nothing is fetched or played before the reader's first gesture
    await startReading(app.page);
    await expect.poll(() => audio.fetched.some((path) => /\/wind-[^/]*\.webm$/.test(path)), { timeout: 20_000 }).toBe(true);
    await expect.poll(audio.level, { timeout: 20_000 }).toBeGreaterThan(0.001);
    await readUntilChoice(app.page);
    await expect.poll(() => audio.fetched.some((path) => /\/club-song-[^/]*\.webm$/.test(path)), { timeout: 20_000 }).toBe(true);

    // The tab hidden: everything falls silent; back, the scene's loop (not a one-shot) plays again.
    await expect.poll(audio.level, { timeout: 20_000 }).toBeGreaterThan(0.001);
    const setHidden = (hidden: boolean) =>
      app!.page.evaluate((value) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    await expect.poll(audio.context).toBe('suspended');
    await setHidden(false);
    await expect.poll(audio.context).toBe('running');
    await expect.poll(audio.level, { timeout: 20_000 }).toBeGreaterThan(0.001);
    expect(app.errors).toEqual([]);
  });

  it('mutes with M and the Mute button, remembers it, and announces sound captions', async () => {
    app = await openApp({ sound: true });
    const audio = await listen(app);
    await startReading(app.page);
    const muteButton = app.page.getByRole('button', { name: 'Mute sound' });
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('m');
    expect(await muteButton.getAttribute('aria-pressed')).toBe('true');
    // Silent: the audio context sleeps, so nothing at all comes out (a running one would also keep the
    // audio thread busy, on battery). Its gain is left as it was: a sleeping context applies no change.
    await expect.poll(audio.context).toBe('suspended');
    await muteButton.focus();
    await app.page.keyboard.press('Enter');
    expect(await muteButton.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(audio.gain).toBeGreaterThan(0);
    await expect.poll(audio.context).toBe('running');
    await app.page.keyboard.press('m');
    await app.page.reload();
    await waitUntilReady(app.page);
    expect(await app.page.getByRole('button', { name: 'Mute sound' }).getAttribute('aria-pressed')).toBe('true');

    // With the sound off, nothing is even fetched: no music, ambience or effect all the way to the choice.
    audio.fetched.length = 0;
    await startReading(app.page);
    await readUntilChoice(app.page);
    expect(audio.fetched).toEqual([]);
    // Nor is an audio context made, after a gesture and all.
    expect(await app.page.evaluate(() => (window as unknown as { Howler: { ctx: AudioContext | null } }).Howler.ctx ?? null)).toBeNull();
    expect(await app.page.locator('#story-log p').allTextContents()).toContain('[a mechanical bird chirps]');
    // Sound back on: the scene's loops are fetched and heard where the story is now.
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('m');
    await expect.poll(() => audio.fetched.length, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(audio.level, { timeout: 20_000 }).toBeGreaterThan(0.001);
    await app.page.keyboard.press('m');
    const captions = app.page.getByRole('button', { name: 'Show sound captions' });
    expect(await captions.getAttribute('aria-pressed')).toBe('true');
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('c');
    expect(await captions.getAttribute('aria-pressed')).toBe('false');
    expect(app.errors).toEqual([]);
  });

  it('goes on silently when a sound file is missing, saying so once', async () => {
    app = await openApp({ sound: true, blockUrls: /\/(title|wind)-[^/]*\.(webm|mp3)$/ });
    await startReading(app.page);
    await readUntilChoice(app.page);
    await expect.poll(() => app!.warnings.filter((w) => w.startsWith('audio:') && w.includes('ambience:wind')).length, { timeout: 20_000 }).toBe(1);
    expect(app.warnings.filter((w) => w.includes('music:title'))).toHaveLength(1);
    expect(app.errors.filter((e) => !/Failed to load resource.*404/.test(e))).toEqual([]);
  });
});
