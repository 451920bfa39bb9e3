/**
 * `npm run bench`: measures the explorer against a bare Phaser 4 page built the same way, in
 * headless Chromium, and prints every figure (with its ratio to the bare page where there is one).
 * It measures; it does not judge. Headless Chromium draws WebGL in software (SwiftShader), so
 * frame rates are low here: main-thread time is the figure that carries over to real devices.
 *
 * BENCH_RUNS (default 5) sets the interleaved startup runs; BENCH_PLAYTHROUGHS (default 50) the
 * readings for the memory check (0 skips it).
 */
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { compileProjectStory } from '../../src/build/load-story.ts';
import { benchSaveLoad } from '../../src/storage/bench.ts';
import { CHROMIUM_ARGS, findChromium } from '../browser/chromium.ts';
import { productionBuild } from '../browser/global-setup.ts';
import { playthroughs, readDeep, timeToFirstLine } from './measure.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const PLAYTHROUGHS = Number(process.env['BENCH_PLAYTHROUGHS'] ?? 50);
const OUT = 'dist-bench';

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const rows: [string, string][] = [];
const row = (name: string, value: string): void => void rows.push([name, value]);
const ms = (x: number): string => `${x.toFixed(1)} ms`;
const ratio = (x: number, base: number): string => `${ms(x)}  (${(x / base).toFixed(2)}× bare Phaser)`;

/** Builds a page (the app, or a baseline under tests/bench/) and serves it. */
async function served(name: string, root?: string): Promise<{ server: PreviewServer; url: string; dir: string }> {
  const dir = join(OUT, name);
  const config = root ? { configFile: false as const, root, base: './', logLevel: 'error' as const } : { logLevel: 'error' as const };
  await productionBuild({ ...config, build: { outDir: root ? join(process.cwd(), dir) : dir, emptyOutDir: true } });
  const server = await preview({ ...config, build: { outDir: root ? join(process.cwd(), dir) : dir }, preview: { host: '127.0.0.1', port: 0 } });
  return { server, url: server.resolvedUrls!.local[0]!, dir };
}

/** Gzipped size of the JS files of a build whose names match, in KiB. */
function gzipKiB(dir: string, match: RegExp = /\.js$/): number {
  return jsFiles(dir, match).reduce((n, f) => n + gzipSync(readFileSync(join(dir, 'assets', f))).length, 0) / 1024;
}

/** The build's JS files whose names match. */
function jsFiles(dir: string, match: RegExp): string[] {
  return readdirSync(join(dir, 'assets')).filter((f) => match.test(f) && f.endsWith('.js'));
}

/**
 * The JS files a set of chunks loads: the chunks named, and every chunk they import statically, in
 * turn (shared chunks the bundler split out count too). Starts from the page's entry script.
 */
function loadedWith(dir: string, chunks: readonly RegExp[]): string[] {
  const entry = /<script[^>]+src="[^"]*\/assets\/([^"]+\.js)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1];
  if (!entry) throw new Error(`no entry script in ${dir}/index.html`);
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, 'assets', file), 'utf8');
    for (const [, imported] of code.matchAll(/(?:import|from)\s*"\.\/([^"]+\.js)"/g)) visit(imported!);
  };
  visit(entry);
  for (const chunk of chunks) for (const file of jsFiles(dir, chunk)) visit(file);
  return [...seen];
}

/** Gzipped size of some of a build's JS files, in KiB. */
function gzipOf(dir: string, files: readonly string[]): number {
  return files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, 'assets', f))).length, 0) / 1024;
}

/** Time from navigation to a performance entry of a page, in ms: the bare page's `bare:title` mark, or a `first-contentful-paint`. */
async function timeTo(entry: string, browser: Browser, url: string, cpu: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await throttle(page, cpu);
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, entry, { timeout: 60_000 });
  const t = await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, entry);
  await context.close();
  return t;
}

async function throttle(page: Page, cpu: number): Promise<void> {
  if (cpu === 1) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
}

await productionBuild({ logLevel: 'error', build: { outDir: join(OUT, 'app'), emptyOutDir: true } });
const app = await (async () => {
  const server = await preview({ logLevel: 'error', build: { outDir: join(OUT, 'app') }, preview: { host: '127.0.0.1', port: 0 } });
  return { server, url: server.resolvedUrls!.local[0]!, dir: join(OUT, 'app') };
})();
const bare = await served('bare', 'tests/bench/bare');
const stack = await served('stack', 'tests/bench/stack');
const floor = await served('floor', 'tests/bench/floor');
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--enable-unsafe-swiftshader', '--js-flags=--expose-gc'] });

// Startup, interleaved with the bare page so both see the same machine.
const times: Record<string, number[]> = {};
const add = (name: string, value: number): void => void (times[name] ??= []).push(value);
for (let run = 0; run < RUNS; run++) {
  for (const cpu of [1, 4]) {
    add(`bare title ×${cpu}`, await timeTo('bare:title', browser, bare.url, cpu));
    add(`floor ×${cpu}`, await timeTo('first-contentful-paint', browser, floor.url, cpu));
    const ours = await timeToFirstLine(browser, app.url, cpu, throttle);
    add(`fcp ×${cpu}`, ours.fcp);
    add(`first line ×${cpu}`, ours.firstLine);
    add(`start works ×${cpu}`, ours.ready);
  }
}
for (const cpu of [1, 4]) {
  const base = median(times[`bare title ×${cpu}`]!);
  const label = cpu === 1 ? '' : ` (CPU ÷${cpu})`;
  row(`bare Phaser: first title frame${label}`, ms(base));
  row(`first contentful paint (HTML title)${label}`, ratio(median(times[`fcp ×${cpu}`]!), base));
  row(`  the floor: a page of one line of text${label}`, ratio(median(times[`floor ×${cpu}`]!), base));
  row(`Start operable${label}`, ratio(median(times[`start works ×${cpu}`]!), base));
  row(`first story line, Start pressed at first paint${label}`, ratio(median(times[`first line ×${cpu}`]!), base));
}

// A waiting line, the screens, rollback.
const deep = await readDeep(browser, app.url);
row('idle: main thread busy on a waiting line (stage asleep)', `${(deep.idle * 100).toFixed(1)} % of a core`);
row('title screen (HTML, CSS rain): main thread busy', `${(deep.titleBusy * 100).toFixed(1)} % of a core`);
row('idle: the whole browser (compositor too) on a waiting line', `${(deep.idleCpu * 100).toFixed(0)} % of a core (software compositing)`);
row('title screen: the whole browser (compositor too)', `${(deep.titleCpu * 100).toFixed(0)} % of a core (software compositing)`);
for (const [name, value] of Object.entries(deep.measures)) row(`open or respond: ${name}`, ms(value));
row('rollback to the first line from the end of a route', ms(deep.rollback));

// Save and load of a full route's story state (Node, the real graph, in-memory backend).
const graph = compileProjectStory(process.cwd()).graph!;
const saves = await benchSaveLoad(graph, { runs: 50 });
row(`save a full route (${saves.steps} actions, ${(saves.chars / 1024).toFixed(1)} KiB)`, `median ${ms(saves.save.medianMs)}, p95 ${ms(saves.save.p95Ms)}`);
row('load it', `median ${ms(saves.load.medianMs)}, p95 ${ms(saves.load.p95Ms)}`);

// JavaScript, gzipped.
// What the title and a reading need: the entry, the story graph and the stage, with every chunk they import.
const startupFiles = loadedWith(app.dir, [/^_virtual_story-graph-/, /^game-/]);
const startup = gzipOf(app.dir, startupFiles);
// The menus' chunks the first touch prefetches (overlays, dossier texts, map layouts).
const prefetched = gzipOf(app.dir, loadedWith(app.dir, [/^_virtual_story-graph-/, /^game-/, /^overlays-/, /^_virtual_story-texts-/, /^_virtual_story-map-/])) - startup;
const all = gzipKiB(app.dir);
const empty = gzipKiB(stack.dir);
/** A size beside the empty stack's (the full Phaser there; the stage's build takes Phaser's core). */
const againstStack = (kib: number): string => (kib >= empty ? `stack + ${(kib - empty).toFixed(1)}` : `${(empty - kib).toFixed(1)} less than the stack`);
row('JS: our empty stack (full Phaser + XState + Howler)', `${empty.toFixed(1)} KiB gzip`);
row('JS: what the title and the story load', `${startup.toFixed(1)} KiB gzip  (${againstStack(startup)}; ${startupFiles.length} files)`);
row('JS: the menus, prefetched on the first touch', `+ ${prefetched.toFixed(1)} KiB gzip`);
row('JS: the whole build, every screen', `${all.toFixed(1)} KiB gzip  (${againstStack(all)})`);
row('JS: the story graph chunk', `${gzipKiB(app.dir, /^_virtual_story-graph-/).toFixed(1)} KiB gzip`);

// Memory across many readings.
if (PLAYTHROUGHS > 0) {
  const heap = await playthroughs(browser, app.url, PLAYTHROUGHS);
  row(`JS heap after 1 reading → after ${PLAYTHROUGHS}`, `${heap.first.toFixed(2)} → ${heap.last.toFixed(2)} MiB  (${(heap.last - heap.first >= 0 ? '+' : '') + (heap.last - heap.first).toFixed(2)} MiB)`);
}

const version = browser.version();
await browser.close();
await Promise.all([app.server.close(), bare.server.close(), stack.server.close(), floor.server.close()]);
console.log(`\nbench: ${RUNS} interleaved runs (median), 1280×720, headless Chromium ${version}, software WebGL\n`);
const width = Math.max(...rows.map(([n]) => n.length));
for (const [name, value] of rows) console.log(`  ${name.padEnd(width)}  ${value}`);
