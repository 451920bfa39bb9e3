/** Browser test helpers: pages of the built app in one shared headless Chromium, driven the way a keyboard or screen-reader user drives it. */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { LEGACY_SETTINGS_KEY } from '../../src/storage/settings.ts';
import { CHROMIUM_ARGS } from './chromium.ts';

/** A page with everything the tests check afterwards. */
export interface TestPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught page errors seen so far. */
  readonly errors: string[];
  /** Console warnings seen so far. */
  readonly warnings: string[];
  close(): Promise<void>;
}

/** How to open the app: screen, motion preference, and network conditions to simulate. */
export interface OpenOptions {
  readonly reducedMotion?: boolean;
  readonly path?: string;
  /** CSS pixels; 1024×576 by default (a laptop window; tests of a size say which). */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Device pixels per CSS pixel: 2 with half the viewport is what 200% browser zoom does. */
  readonly deviceScaleFactor?: number;
  /** A phone: touch input and a mobile viewport. */
  readonly touch?: boolean;
  /** Requests to answer with 404 (a missing file). */
  readonly blockUrls?: RegExp;
  /** Requests to answer with garbage (a file that downloads but cannot be decoded). */
  readonly corruptUrls?: RegExp;
  /** Requests to hold back (a slow network). */
  readonly delayUrls?: { readonly match: RegExp; readonly ms: number };
  /** A script to run in the page before any of its own. */
  readonly initScript?: () => void;
  /**
   * Sound on, as a first visit has it. Off by default: a test about something else starts muted (the
   * reader's own setting, so nothing is fetched or decoded), because decoding each scene's music is
   * about a fifth of a test's CPU on this machine. The audio tests, the chaos storms, the routes
   * and the offline playthrough keep it on.
   */
  readonly sound?: boolean;
  /** Another server than the built app's (the dev server test). */
  readonly baseUrl?: string;
  /** Reuse a context (same storage) instead of a fresh one. */
  readonly context?: BrowserContext;
  /** Puts the page's clock under the test's control (Playwright's clock, installed before the page loads; it runs by itself until fast-forwarded). */
  readonly clock?: boolean;
  /** Let the service worker install (off by default: each test would precache the whole build). */
  readonly serviceWorkers?: boolean;
  /** Lets the test add styles as a reader's own stylesheet or extension would (the page's CSP does not apply to those). */
  readonly readerStyles?: boolean;
}

let shared: Promise<Browser> | undefined;

/**
 * This worker's Chromium, launched on first use and shared by every test file the worker runs
 * (Playwright closes it when the worker exits). Each worker drives its own over a pipe: through one
 * browser server for both, every protocol message also crossed a WebSocket and the main process,
 * about 8% more CPU for the same tests on this machine.
 */
export function browser(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: inject('chromePath'), args: CHROMIUM_ARGS });
  return shared;
}

/**
 * Runs in the page before its scripts: a first visit's settings (the legacy key the app migrates
 * when it has none stored) say the sound is off, unless the test's own settings say otherwise.
 * Once the app has stored its settings, it reads those and this has no effect.
 */
function muteOnFirstVisit(key: string): void {
  try {
    const settings = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    if (!('muted' in settings)) localStorage.setItem(key, JSON.stringify({ ...settings, muted: true }));
  } catch {
    // A test that damages the record or blocks storage wants exactly that; the sound stays as the app decides.
  }
}

/** Opens the built app in a fresh browser context (its own storage) of the shared Chromium. */
export async function openApp(options: OpenOptions = {}): Promise<TestPage> {
  const context =
    options.context ??
    (await (await browser()).newContext({
      viewport: options.viewport ?? { width: 1024, height: 576 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      hasTouch: options.touch === true,
      isMobile: options.touch === true,
      reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
      serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
      bypassCSP: options.readerStyles === true,
    }));
  if (options.clock) await context.clock.install();
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    if (message.type() === 'warning' && !message.text().startsWith('[.WebGL')) warnings.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  if (options.initScript) await page.addInitScript(options.initScript);
  if (options.sound !== true) await page.addInitScript(muteOnFirstVisit, LEGACY_SETTINGS_KEY);
  if (options.corruptUrls) await page.route(options.corruptUrls, (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: '<svg this is not' }));
  if (options.blockUrls) await page.route(options.blockUrls, (route) => route.fulfill({ status: 404, body: 'not found' }));
  const delay = options.delayUrls;
  if (delay) {
    await page.route(delay.match, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay.ms));
      await route.continue();
    });
  }
  await page.goto(new URL(options.path ?? '/', options.baseUrl ?? inject('baseUrl')).href);
  const ownContext = options.context === undefined;
  return { context, page, errors, warnings, close: () => (ownContext ? context.close() : page.close()) };
}

/**
 * Accessibility problems axe finds on the page as it is now (any impact, every rule axe runs by
 * default). The app has no frames, so axe runs once in the page ("legacy mode"): the default runs
 * it per frame and then finishes in a fresh blank page, a new renderer and about a second per check
 * on a 2-core machine, for the same findings.
 */
export async function axeProblems(page: Page): Promise<string[]> {
  if (page.frames().length !== 1) throw new Error('axeProblems runs axe in the top frame only, and this page has frames');
  // Only the violations are wanted: axe then keeps no node lists for the rules that pass.
  const results = await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The lines announced in the story's live region, oldest first. */
export async function announced(page: Page): Promise<string[]> {
  return page.locator('#story-log p').allTextContents();
}

/** The story's own lines among what the live region said (without "Scene: …", "[sound]" captions and the end). */
export function storyLines(heard: readonly string[]): string[] {
  return heard.filter((line) => !line.startsWith('Scene: ') && !/^\[.*\]$/.test(line) && !line.startsWith('The end: '));
}

/**
 * Starts counting what the live region says (it keeps only its latest lines itself); the returned
 * function gives everything said since, in order.
 */
export async function listenToLog(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heardSince: string[] }).heardSince = heard;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) heard.push(n.textContent ?? '');
    }).observe(document.getElementById('story-log')!, { childList: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { heardSince: string[] }).heardSince]);
}

/** Waits until the live region has more than `count` lines and returns them all. */
export async function waitForLines(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, count, { timeout: 20_000, polling: 25 });
  return announced(page);
}

/** Waits until the newest announced line starts with `start`. */
export async function waitForLine(page: Page, start: string): Promise<void> {
  await page.waitForFunction((text) => document.querySelector('#story-log p:last-child')?.textContent?.startsWith(text) === true, start, { timeout: 20_000, polling: 25 });
}

/** Presses a button the way a keyboard user does: focus it, press Enter. */
export async function press(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** The labels (accessible names) of the offered choices. */
export async function choiceLabels(page: Page): Promise<string[]> {
  return page.getByRole('group', { name: 'Choices' }).getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''));
}

/** Pixel variance of a screenshot, computed in the page itself (a blank or one-colour frame is near 0). */
export async function screenshotVariance(page: Page): Promise<number> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data: px } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let sum = 0;
    let sumSq = 0;
    const n = px.length / 4;
    for (let i = 0; i < px.length; i += 4) {
      const luma = 0.2126 * px[i]! + 0.7152 * px[i + 1]! + 0.0722 * px[i + 2]!;
      sum += luma;
      sumSq += luma * luma;
    }
    const mean = sum / n;
    return sumSq / n - mean * mean;
  }, png);
}

/**
 * Reads on the way a screen-reader user does (activating the real buttons: Continue, the options),
 * choosing options whose label matches `picks` in turn (else the first), until the story ends or
 * `maxSteps`. Returns the option labels chosen and every announcement heard. Runs inside the page:
 * one round trip, yielding to the page between presses so the stage keeps up.
 */
export async function readThrough(page: Page, picks: readonly string[], maxSteps = 3000): Promise<{ chosen: string[]; heard: string[] }> {
  return page.evaluate(
    async ({ picks, maxSteps }) => {
      const chosen: string[] = [];
      // Everything the live region says from here on (it keeps only its latest lines itself).
      const heard = [...document.querySelectorAll('#story-log p')].map((p) => p.textContent ?? '');
      const observer = new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) heard.push(n.textContent ?? '');
      });
      observer.observe(document.getElementById('story-log')!, { childList: true });
      for (let step = 0; step < maxSteps; step++) {
        if (document.querySelector('[data-control="read-again"]')) {
          await new Promise((resolve) => setTimeout(resolve, 0)); // the last announcements land
          observer.disconnect();
          return { chosen, heard };
        }
        const options = [...document.querySelectorAll<HTMLButtonElement>('.choices button')];
        if (options.length > 0) {
          const wanted = picks[chosen.length];
          const option = options.find((o) => wanted !== undefined && o.getAttribute('aria-label') === wanted) ?? options[0]!;
          chosen.push(option.getAttribute('aria-label') ?? '');
          option.click();
        } else {
          const next = document.querySelector<HTMLButtonElement>('[data-control="continue"]');
          next?.click(); // the first press finishes a typing line, the second moves on
          next?.click();
        }
        // The story screen answers each press at once; the page (and the stage) get a turn every few presses.
        if (step % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      throw new Error(`the story did not end within ${maxSteps} steps`);
    },
    { picks, maxSteps },
  );
}

/** Activates Continue until a choice menu is offered; returns its labels. */
export async function readUntilChoice(page: Page, maxSteps = 600): Promise<string[]> {
  await page.evaluate(async (maxSteps) => {
    for (let step = 0; step < maxSteps && !document.querySelector('.choices button'); step++) {
      const next = document.querySelector<HTMLButtonElement>('[data-control="continue"]');
      next?.click();
      next?.click();
      if (step % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, maxSteps);
  return choiceLabels(page);
}

/** Waits until Start works (the story is loaded; the stage may still be coming). */
export async function waitUntilReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.classList.contains('is-ready'), null, { timeout: 30_000, polling: 25 });
}

/** Waits until the stage (Phaser) has drawn. */
export async function waitForStage(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.classList.contains('stage-ready'), null, { timeout: 30_000, polling: 25 });
}

/** Waits for the title, then starts reading the way a keyboard user does (focus Start, Enter), and waits for the first line. */
export async function startReading(page: Page): Promise<void> {
  await waitUntilReady(page);
  await page.getByRole('button', { name: 'Start' }).focus();
  await page.keyboard.press('Enter');
  await waitForLines(page, 0);
}
