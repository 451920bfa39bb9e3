/** Browser test helpers: a headless Chromium page that fails on console errors, driven through the DOM layer. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Flags that keep Chromium quiet and working on a closed, GPU-less machine. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=user-gesture-required',
];

/** A page with everything the tests check afterwards. */
export interface TestPage {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught page errors seen so far. */
  readonly errors: string[];
  /** Console warnings seen so far. */
  readonly warnings: string[];
  close(): Promise<void>;
}

/** Opens the built app in a fresh headless Chromium. */
/** How to open the app: motion preference, and network conditions to simulate. */
export interface OpenOptions {
  readonly reducedMotion?: boolean;
  readonly path?: string;
  /** Requests to answer with 404 (a missing file). */
  readonly blockUrls?: RegExp;
  /** Requests to answer with garbage (a file that downloads but cannot be decoded). */
  readonly corruptUrls?: RegExp;
  /** Requests to hold back (a slow network). */
  readonly delayUrls?: { readonly match: RegExp; readonly ms: number };
  /** A script to run in the page before any of its own. */
  readonly initScript?: () => void;
  /** Another server than the built app's (the dev server test). */
  readonly baseUrl?: string;
}

export async function openApp(options: OpenOptions = {}): Promise<TestPage> {
  const browser = await chromium.launch({ executablePath: inject('chromePath'), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference' });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  if (options.initScript) await page.addInitScript(options.initScript);
  if (options.corruptUrls) await page.route(options.corruptUrls, (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: '<svg this is not' }));
  if (options.blockUrls) await page.route(options.blockUrls, (route) => route.fulfill({ status: 404, body: 'not found' }));
  const delay = options.delayUrls;
  if (delay) {
    await page.route(delay.match, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay.ms));
      await route.continue();
    });
  }
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  await page.goto(new URL(options.path ?? '/', options.baseUrl ?? inject('baseUrl')).href);
  return { browser, context, page, errors, warnings, close: () => browser.close() };
}

/** The lines announced in the story's live region, oldest first. */
export async function announced(page: Page): Promise<string[]> {
  return page.locator('#story-log p').allTextContents();
}

/** The story's own lines among what the live region said (without "Scene: …" and "[sound]" captions). */
export function storyLines(heard: readonly string[]): string[] {
  return heard.filter((line) => !line.startsWith('Scene: ') && !/^\[.*\]$/.test(line));
}

/** Waits until the live region has more than `count` lines and returns them all. */
export async function waitForLines(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, count, { timeout: 20_000 });
  return announced(page);
}

/** Presses a control of the accessible layer the way a keyboard user does: focus it, press Enter. */
export async function press(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** The labels of the offered choices. */
export async function choiceLabels(page: Page): Promise<string[]> {
  return page.locator('#controls-choices button').allTextContents();
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
 * Reads on through the DOM layer the way a screen-reader user does (activating the mirrored
 * buttons), choosing options whose label matches `pick` (else the first), until the story ends
 * or `maxSteps`. Returns the option labels chosen and every announcement heard. Runs inside the
 * page: one round trip, not hundreds.
 */
export async function readThrough(page: Page, picks: readonly string[], maxSteps = 2000): Promise<{ chosen: string[]; heard: string[] }> {
  return page.evaluate(
    async ({ picks, maxSteps }) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const chosen: string[] = [];
      // Everything the live region says from here on (it keeps only its latest lines itself).
      const heard = [...document.querySelectorAll('#story-log p')].map((p) => p.textContent ?? '');
      const observer = new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) heard.push(n.textContent ?? '');
      });
      observer.observe(document.getElementById('story-log')!, { childList: true });
      for (let step = 0; step < maxSteps; step++) {
        if (document.querySelector('button[data-control="read-again"]')) {
          observer.disconnect();
          return { chosen, heard };
        }
        const options = [...document.querySelectorAll<HTMLButtonElement>('#controls-choices button')];
        if (options.length > 0) {
          const wanted = picks[chosen.length];
          const option = options.find((o) => wanted !== undefined && o.textContent === wanted) ?? options[0]!;
          chosen.push(option.textContent ?? '');
          option.click();
        } else {
          const next = document.querySelector<HTMLButtonElement>('button[data-control="continue"]');
          next?.click(); // the first click finishes a typing line, the second moves on
          next?.click();
        }
        await frame();
      }
      throw new Error(`the story did not end within ${maxSteps} steps`);
    },
    { picks, maxSteps },
  );
}

/** Activates Continue (through the DOM layer) until a choice menu is offered; returns its labels. */
export async function readUntilChoice(page: Page, maxSteps = 500): Promise<string[]> {
  await page.evaluate(async (maxSteps) => {
    for (let step = 0; step < maxSteps && !document.querySelector('#controls-choices button'); step++) {
      const next = document.querySelector<HTMLButtonElement>('button[data-control="continue"]');
      next?.click();
      next?.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, maxSteps);
  return choiceLabels(page);
}

/** Waits until the title is drawn and Start works. */
export async function waitUntilReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.classList.contains('is-ready'), null, { timeout: 30_000 });
}

/** Waits for the title, then starts reading the way a keyboard user does (focus Start, Enter). */
export async function startReading(page: Page): Promise<void> {
  await waitUntilReady(page);
  await page.getByRole('button', { name: 'Start' }).focus();
  await page.keyboard.press('Enter');
}
