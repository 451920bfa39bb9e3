/**
 * `npm run bench`: builds the app, serves it, and prints how fast it starts and how much a frame
 * costs, in headless Chromium. Figures, not pass/fail: compare them between changes.
 * (Headless Chromium draws WebGL in software, so fps is low here; main-thread cost per frame is the
 * figure that carries over to real devices.)
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../browser/global-setup.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);

async function frameCost(page: Page, ms: number): Promise<{ fps: number; mainThreadMsPerFrame: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name: string) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0;
  const before = await metric('TaskDuration');
  // Written as a string: tsx would otherwise wrap the named callback in a helper the page lacks.
  const frames = await page.evaluate<number>(`new Promise((resolve) => {
    let count = 0;
    const start = performance.now();
    requestAnimationFrame(function tick() {
      count += 1;
      if (performance.now() - start < ${ms}) requestAnimationFrame(tick);
      else resolve(count);
    });
  })`);
  const task = (await metric('TaskDuration')) - before;
  return { fps: (frames * 1000) / ms, mainThreadMsPerFrame: (task * 1000) / frames };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await build({ logLevel: 'error', build: { outDir: 'dist' } });
const server = await preview({ logLevel: 'error', preview: { host: '127.0.0.1', port: 0 } });
const url = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const results: Record<string, number[]> = {};
const record = (name: string, value: number) => (results[name] ??= []).push(value);

for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const w = window as unknown as { readyAt?: number; firstLineAt?: number };
      if (!w.readyAt && document.body?.classList.contains('is-ready')) w.readyAt = performance.now();
      if (!w.firstLineAt && document.querySelector('#story-log p')) w.firstLineAt = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { readyAt?: number }).readyAt !== undefined, null, { timeout: 30_000 });
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  record('first contentful paint (HTML title), ms', paint);
  for (const mark of ['story', 'engine', 'ready']) {
    record(`  mark explorer:${mark}, ms`, await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN, `explorer:${mark}`));
  }
  record('Start operable (story loaded), ms', await page.evaluate(() => (window as unknown as { readyAt: number }).readyAt));
  const pressed = await page.evaluate(() => performance.now());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (window as unknown as { firstLineAt?: number }).firstLineAt !== undefined);
  record('Start → first line announced, ms', (await page.evaluate(() => (window as unknown as { firstLineAt: number }).firstLineAt)) - pressed);
  if (run === 0) {
    await page.waitForTimeout(3000);
    const story = await frameCost(page, 3000);
    record('story scene: main-thread ms per frame', story.mainThreadMsPerFrame);
    record('story scene: fps (software WebGL)', story.fps);
  }
  await context.close();
}
await browser.close();
await server.close();

const assets = join('dist', 'assets');
const kb = (pattern: RegExp) => readdirSync(assets).filter((f) => pattern.test(f)).reduce((n, f) => n + statSync(join(assets, f)).size, 0) / 1024;
console.log(`startup over ${RUNS} runs (median), 1280×720, headless Chromium`);
for (const [name, values] of Object.entries(results)) console.log(`  ${name.padEnd(44)} ${median(values).toFixed(1)}`);
console.log('bundle');
console.log(`  ${'entry chunk (index-*.js), KiB'.padEnd(44)} ${kb(/^index-.*\.js$/).toFixed(1)}`);
console.log(`  ${'story graph chunk, KiB'.padEnd(44)} ${kb(/story-graph.*\.js$/).toFixed(1)}`);
console.log(`  ${'Phaser chunk, KiB'.padEnd(44)} ${kb(/^phaser-.*\.js$/).toFixed(1)}`);
console.log(`  ${'art (SVG), KiB'.padEnd(44)} ${kb(/\.svg$/).toFixed(1)}`);
console.log(`  ${'audio (WebM + MP3), KiB'.padEnd(44)} ${kb(/\.(webm|mp3)$/).toFixed(1)}`);
