/** The bench's measurements in the page: startup, a waiting line, the screens, rollback, memory across readings. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/** When the page painted first, Start worked, and the first story line appeared, after Start was pressed at first paint. */
export async function timeToFirstLine(browser: Browser, url: string, cpu: number, throttle: (page: Page, cpu: number) => Promise<void>): Promise<{ fcp: number; ready: number; firstLine: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await throttle(page, cpu);
  await page.addInitScript(() => {
    const w = window as unknown as { at: Record<string, number> };
    w.at = {};
    // Start is pressed the moment anything is painted: the early press is kept and honoured.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name !== 'first-contentful-paint') continue;
        w.at['fcp'] = entry.startTime;
        document.getElementById('start')?.click();
      }
    }).observe({ type: 'paint', buffered: true });
    new MutationObserver(() => {
      if (!w.at['ready'] && document.body?.classList.contains('is-ready')) w.at['ready'] = performance.now();
      if (!w.at['line'] && document.querySelector('.line')?.textContent) w.at['line'] = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { at: Record<string, number> }).at['line'] !== undefined, null, { timeout: 60_000 });
  const at = await page.evaluate(() => (window as unknown as { at: Record<string, number> }).at);
  await context.close();
  return { fcp: at['fcp']!, ready: at['ready']!, firstLine: at['line']! };
}

/**
 * CPU time of the whole Chromium this process launched (browser, renderers, GPU process with its
 * compositor: everything), in seconds, from /proc; undefined where there is no /proc. The main
 * thread is not the whole cost of a page: a CSS animation costs nothing there and a compositor
 * frame, many times a second, elsewhere.
 */
export function chromiumCpuSeconds(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const children = new Map<number, number[]>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command's closing parenthesis: state, ppid, …, utime (12th), stime (13th).
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      cpu.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we looked.
    }
  }
  let ticks = 0;
  const visit = (pid: number): void => {
    ticks += cpu.get(pid) ?? 0;
    for (const child of children.get(pid) ?? []) visit(child);
  };
  for (const child of children.get(process.pid) ?? []) visit(child);
  return ticks / 100; // USER_HZ is 100 on Linux
}

/** The whole browser's CPU over a window, as a fraction of one core (NaN where it cannot be measured). */
export async function browserCpuFraction(page: Page, windowMs: number): Promise<number> {
  const before = chromiumCpuSeconds();
  await page.waitForTimeout(windowMs);
  const after = chromiumCpuSeconds();
  return before === undefined || after === undefined ? NaN : (after - before) / (windowMs / 1000);
}

/** Main-thread busy time over a window, as a fraction of it (Chrome's own task accounting). */
export async function busyFraction(page: Page, windowMs: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  const before = await task();
  await page.waitForTimeout(windowMs);
  return ((await task()) - before) / (windowMs / 1000);
}

/** A performance measure's latest duration, after running `act` in the page. */
export async function measureInPage(page: Page, name: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => performance.clearMeasures());
  await act();
  await page.waitForFunction((n) => performance.getEntriesByName(n, 'measure').length > 0, name, { timeout: 20_000 });
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').at(-1)!.duration, name);
}

/** Reads a route the way the browser tests do: the real buttons, in batches, option `pick` at each choice. */
async function readOn(page: Page, untilEnd: boolean): Promise<void> {
  await page.evaluate(async (untilEnd) => {
    for (let i = 0; i < 4000; i++) {
      if (document.querySelector('[data-control="read-again"]')) return;
      const option = document.querySelector<HTMLButtonElement>('.choices button');
      if (option) option.click();
      else {
        const next = document.querySelector<HTMLButtonElement>('[data-control="continue"]');
        if (!untilEnd && document.querySelector('.end-card:not([hidden])')) return;
        next?.click();
        next?.click();
      }
      if (i % 25 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, untilEnd);
}

/** Presses Esc until no overlay is open (a search field takes the first one to empty itself). */
async function closeOverlays(page: Page): Promise<void> {
  for (let i = 0; i < 4 && (await page.locator('.overlay').count()) > 0; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(150);
  }
  await page.waitForFunction(() => !document.querySelector('.overlay'), null, { timeout: 10_000 });
}

/** The title's cost, a waiting line's cost, the screens' opening times and a long rollback. */
export async function readDeep(browser: Browser, url: string): Promise<{ idle: number; titleBusy: number; idleCpu: number; titleCpu: number; measures: Record<string, number>; rollback: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.body.classList.contains('is-ready'), null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  const titleBusy = await busyFraction(page, 3000);
  const titleCpu = await browserCpuFraction(page, 3000);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.keyboard.press('Enter'); // finish typing the first line
  await page.waitForTimeout(4000); // the stage's first pictures arrive and settle
  const idle = await busyFraction(page, 3000);
  const idleCpu = await browserCpuFraction(page, 3000);
  const measures: Record<string, number> = {};
  const open = async (name: string, key: string): Promise<void> => {
    try {
      measures[name] = await measureInPage(page, name, () => page.keyboard.press(key));
    } catch {
      measures[name] = NaN; // the screen leaves no measure (not built yet)
    }
    await closeOverlays(page);
  };
  await open('dossiers:open', 'd');
  try {
    await page.keyboard.press('d');
    const search = page.getByRole('searchbox').first();
    await search.focus();
    measures['dossiers:search'] = await measureInPage(page, 'dossiers:search', () => search.type('Ruju'));
  } catch {
    measures['dossiers:search'] = NaN;
  }
  await closeOverlays(page); // the first Esc empties the search, the next closes the dossiers
  await open('map:open', 'f');
  await readOn(page, false);
  await page.keyboard.press('Backspace'); // off the end card, back onto the last line
  await open('backlog:open', 'l');
  await page.keyboard.press('l');
  const first = page.locator('.backlog-line button').first();
  const text = await first.locator('.backlog-text').textContent();
  const rollback = await page.evaluate(async (wanted) => {
    const started = performance.now();
    document.querySelector<HTMLButtonElement>('.backlog-line button')!.click();
    while (document.querySelector('.line')?.textContent !== wanted) await new Promise((resolve) => setTimeout(resolve, 0));
    return performance.now() - started;
  }, text);
  await context.close();
  return { idle, titleBusy, idleCpu, titleCpu, measures, rollback };
}

/** JS heap (MiB, after a forced collection) after the first reading and after `count` readings, each read to the end. */
export async function playthroughs(browser: Browser, url: string, count: number): Promise<{ first: number; last: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.body.classList.contains('is-ready'));
  // A few collections, a moment apart: one right after a reading leaves garbage still being freed (it read 6 MiB, then 15).
  const heap = async (): Promise<number> => {
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => (window as unknown as { gc?: () => void }).gc?.());
      await page.waitForTimeout(200);
    }
    return page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20);
  };
  await page.getByRole('button', { name: 'Start' }).click();
  let first = 0;
  for (let i = 0; i < count; i++) {
    await readOn(page, true);
    if (i === 0) first = await heap();
    // Alternate Read again with a trip through the title, so both ways back are exercised.
    if (i % 2 === 0) await page.getByRole('button', { name: 'Read again' }).click();
    else {
      await page.getByRole('button', { name: 'Back to the title' }).click();
      await page.getByRole('button', { name: 'Start' }).click();
    }
  }
  await readOn(page, true);
  const last = await heap();
  await context.close();
  return { first, last };
}
