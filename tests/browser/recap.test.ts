import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { RECAP_PACE } from '../../src/story/reading-time.ts';
import type { LineStep, RecapChapter, StoryGraph } from '../../src/story/types.ts';
import { realStory } from '../support/story.ts';
import { axeProblems, announced, openApp, press, waitForLine, waitUntilReady, type OpenOptions, type TestPage } from './support.ts';

const graph = realStory();
const main = graph.recap.filter((c) => c.part === 'main');
const behind = graph.recap.filter((c) => c.part === 'twist' || c.part === 'ending');
const linesOf = (chapter: RecapChapter) => chapter.steps.filter((s): s is LineStep => s.kind === 'line').map((s) => s.text);

/** The twist's text found in a page: any line of narration behind the gate, or a tier-2 name from the dossiers (as a whole word). */
function twistIn(story: StoryGraph, page: string): string[] {
  const names = Object.values(story.dossiers).flatMap((d) => {
    const hidden = d.facts.length > 0 && d.facts.every((f) => f.tier >= 2);
    return [...(hidden ? [d.name] : []), ...d.aliases.filter((a) => hidden || a.tier >= 2).map((a) => a.name)];
  });
  const named = names.filter((name) => new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(page));
  return [...behind.flatMap(linesOf).filter((line) => page.includes(line)), ...named];
}

/** Sizes on the recap screen: the narration text, the smallest control, sideways scrolling. */
async function measure(page: Page): Promise<{ text: number; smallest: string; smallestSize: number; sideways: boolean }> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('#ui :is(button, a, select)')].filter((b) => b.checkVisibility());
    const sized = controls.map((el) => ({ name: el.textContent ?? '', size: Math.min(el.getBoundingClientRect().width, el.getBoundingClientRect().height) }));
    const smallest = sized.reduce((a, b) => (b.size < a.size ? b : a));
    const line = document.querySelector('.recap-line');
    const root = document.scrollingElement!;
    return { text: line ? parseFloat(getComputedStyle(line).fontSize) : 0, smallest: smallest.name, smallestSize: smallest.size, sideways: root.scrollWidth > root.clientWidth };
  });
}

/** Moves the page's clock on in steps until a condition holds in the page (the clock also runs by itself meanwhile). */
async function fastForwardUntil(page: Page, condition: () => boolean, stepMs = 2000, maxSteps = 200): Promise<void> {
  for (let i = 0; i < maxSteps; i++) {
    if (await page.evaluate(condition)) return;
    await page.clock.fastForward(stepMs);
  }
  throw new Error(`the condition did not hold after ${maxSteps} steps of ${stepMs} ms`);
}

// Issue 14 in Chromium: the recap from the title, through its real controls, with a fake clock where time matters.
describe('the guided recap in Chromium', () => {
  let app: TestPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  /** Opens the app with the page's clock under the test's control (it runs on its own until fast-forwarded), and starts the recap from the title. */
  async function openRecap(options: Pick<OpenOptions, 'initScript' | 'reducedMotion' | 'viewport'> & { before?: (page: Page) => Promise<void> } = {}): Promise<Page> {
    const { before, ...open } = options;
    app = await openApp({ ...open, clock: true });
    await waitUntilReady(app.page);
    await before?.(app.page);
    await press(app.page, 'Recap');
    await waitForLine(app.page, linesOf(main[0]!)[0]!);
    return app.page;
  }

  it('plays from the title by itself, pauses, and jumps from the timeline to a chapter', async () => {
    const page = await openRecap();
    const [first, second, third] = linesOf(main[0]!);
    // No input: time passes (faster than real time), and the recap tells line after line.
    await fastForwardUntil(page, () => document.querySelectorAll('#story-log p').length >= 4);
    expect((await announced(page)).slice(0, 4)).toEqual([`Chapter 1: ${main[0]!.title}.`, first, second, third]);
    expect(app!.errors).toEqual([]);

    await press(page, 'Pause');
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    const heard = await announced(page);
    const shown = await page.locator('.recap-line.is-current').textContent();
    await page.clock.fastForward(10 * 60_000);
    expect(await announced(page)).toEqual(heard);
    expect(await page.locator('.recap-line.is-current').textContent()).toBe(shown);

    const target = main[5]!;
    const link = page.getByRole('navigation', { name: 'Recap chapters' }).getByRole('link', { name: `6 ${target.title}` });
    await link.focus();
    await page.keyboard.press('Enter');
    await waitForLine(page, linesOf(target)[0]!);
    expect(await link.getAttribute('aria-current')).toBe('step');
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(`Chapter 6: ${target.title}`);
    expect(await axeProblems(page)).toEqual([]);
  });

  it('declining the spoiler gate ends spoiler-free: no tier-2 text reaches the page at any moment', async () => {
    const page = await openRecap({
      initScript: () => {
        // Everything that ever enters the page: text, and every attribute value.
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        new MutationObserver((records) => {
          for (const r of records) {
            if (r.type === 'attributes') seen.push((r.target as Element).getAttribute(r.attributeName!) ?? '');
            if (r.type === 'characterData') seen.push(r.target.textContent ?? '');
            for (const n of r.addedNodes) seen.push(n instanceof Element ? n.outerHTML : (n.textContent ?? ''));
          }
        }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      },
    });
    await page.getByRole('link', { name: "Act 1's twist (spoilers)" }).click();
    await expect.poll(() => page.getByRole('heading', { name: "Act 1's twist is next" }).count()).toBe(1);
    expect(await axeProblems(page)).toEqual([]);
    await press(page, 'Stop here, spoiler-free');
    await fastForwardUntil(page, () => document.querySelector('.recap-end') !== null);
    const safe = graph.recap.filter((c) => c.part === 'safe-ending');
    const heard = await announced(page);
    expect(heard.slice(heard.indexOf(`Chapter ${main.length + 1}: ${safe[0]!.title}.`))).toEqual([...safe.flatMap((c, i) => [`Chapter ${main.length + 1 + i}: ${c.title}.`, ...linesOf(c)]), 'End of the recap.']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('End of the recap');
    expect(await axeProblems(page)).toEqual([]);
    const everything = (await page.evaluate(() => (window as unknown as { seen: string[] }).seen.join('\n'))) + (await page.content());
    expect(twistIn(graph, everything)).toEqual([]);
    // The probe finds the twist where it is told: the twist's first line and its names.
    expect(twistIn(graph, linesOf(behind[0]!)[0]!)).toContain(linesOf(behind[0]!)[0]);
    expect(app!.errors).toEqual([]);
  });

  it('accepting the spoiler gate shows the reveal', async () => {
    const page = await openRecap({ reducedMotion: true });
    await page.getByRole('link', { name: "Act 1's twist (spoilers)" }).click();
    await press(page, 'Show me the twist');
    const reveal = behind[0]!;
    await expect.poll(() => page.locator('h2.recap-chapter').textContent()).toBe(`Chapter ${main.length + 1}: ${reveal.title}`);
    await page.clock.fastForward(RECAP_PACE.secondsPerChapterChange * 1000);
    await expect.poll(() => page.locator('.recap-line').first().textContent()).toBe(linesOf(reveal)[0]);
    expect(await announced(page)).toContain(linesOf(reveal)[0]);
    expect(await page.getByRole('link', { name: `${main.length + 1} ${reveal.title}` }).getAttribute('aria-current')).toBe('step');
    // Under reduced motion the new line simply appears.
    expect(await page.locator('.recap-line.is-current').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });

  it('reads aloud with a fake speechSynthesis: each line once, waiting for the voice before going on', async () => {
    const page = await openRecap({
      initScript: () => {
        class Utterance {
          voice: unknown = null;
          lang = '';
          pitch = 1;
          rate = 1;
          onend: (() => void) | null = null;
          onerror: ((e: { error: string }) => void) | null = null;
          constructor(readonly text: string) {}
        }
        const spoken: Utterance[] = [];
        const voices = [{ name: 'Narrator', lang: 'en-US', default: true }, { name: 'Second', lang: 'en-GB', default: false }];
        Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
        Object.defineProperty(window, 'speechSynthesis', { value: { speak: (u: Utterance) => spoken.push(u), cancel: () => undefined, resume: () => undefined, getVoices: () => voices, addEventListener: () => undefined, removeEventListener: () => undefined }, configurable: true });
        Object.assign(window, { spoken: () => spoken.map((u) => u.text), finishSpeaking: () => spoken.at(-1)?.onend?.() });
      },
      // Switched on in the settings before the recap starts, so its very first line is read aloud.
      before: async (page) => {
        await press(page, 'Settings');
        await page.getByLabel('Read the recap aloud (self-voicing)').check();
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      },
    });
    const [first, second] = linesOf(main[0]!);
    const spoken = () => page.evaluate(() => (window as unknown as { spoken: () => string[] }).spoken());
    expect(await page.getByRole('button', { name: 'Read aloud' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(spoken).toEqual([first]);
    // The voice has not finished: however long it takes, the recap waits on the line.
    await page.clock.fastForward(5 * 60_000);
    expect(await page.locator('.recap-line.is-current').textContent()).toBe(first);
    expect(await spoken()).toEqual([first]);
    await page.evaluate(() => (window as unknown as { finishSpeaking: () => void }).finishSpeaking());
    await page.clock.fastForward(RECAP_PACE.secondsPerLine * 1000);
    await waitForLine(page, second!);
    expect(await spoken()).toEqual([first, second]);
  });

  it('where the browser has no voice, the control says reading aloud is unavailable', async () => {
    const page = await openRecap();
    const voice = page.getByRole('button', { name: 'Read aloud (not available)' });
    expect(await voice.getAttribute('aria-disabled')).toBe('true');
    await voice.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#notices').textContent()).toMatch(/not available/);
  });

  // One window, resized as a reader's is (a phone, then 200% browser zoom on a 1280×720 screen): the recap follows it.
  it('on a 360×640 portrait phone and at 200% zoom: narration at least 16 px, every control at least 44×44, no sideways scrolling, axe-clean', async () => {
    const sizes = [
      ['a 360×640 portrait phone', { width: 360, height: 640 }],
      ['200% zoom', { width: 640, height: 360 }],
    ] as const;
    const page = await openRecap({ viewport: sizes[0][1], reducedMotion: true });
    for (const [label, viewport] of sizes) {
      await page.setViewportSize(viewport);
      await page.getByRole('link', { name: "Act 1's twist (spoilers)" }).waitFor();
      const sized = await measure(page);
      expect(sized.text, label).toBeGreaterThanOrEqual(16);
      expect(sized.smallestSize, `${label}: ${sized.smallest}`).toBeGreaterThanOrEqual(44);
      expect(sized.sideways, label).toBe(false);
      expect(await axeProblems(page), label).toEqual([]);
      await page.screenshot({ path: `test-results/recap-${viewport.width}x${viewport.height}.png` });
    }
    // The spoiler gate, in the last size.
    await page.getByRole('link', { name: "Act 1's twist (spoilers)" }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Stop here, spoiler-free' }).isVisible()).toBe(true);
    expect((await measure(page)).sideways).toBe(false);
    expect(await axeProblems(page)).toEqual([]);
  });
});
