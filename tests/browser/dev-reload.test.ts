import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type TestPage, startReading } from './support.ts';

// A writer's loop: `npm start`, edit a .story file, see it in the open game — or see the mistake.
// Runs the dev server on a copy of the project so the real script is never touched.
describe('editing the script while the dev server runs', () => {
  const root = resolve(import.meta.dirname, '..', '..');
  const copy = mkdtempSync(join(tmpdir(), 'story-dev-'));
  const prologue = join(copy, 'assets', 'story', '01-prologue.story');
  let server: ViteDevServer;
  let app: TestPage;

  beforeAll(async () => {
    for (const item of ['index.html', 'src', 'scenes', 'tsconfig.json']) cpSync(join(root, item), join(copy, item), { recursive: true });
    mkdirSync(join(copy, 'assets'));
    cpSync(join(root, 'assets', 'story'), join(copy, 'assets', 'story'), { recursive: true });
    for (const link of ['node_modules', 'assets/art', 'assets/audio']) symlinkSync(join(root, link), join(copy, link));
    // The project's own Vite config, rooted at the copy, with its own dependency cache.
    server = await createServer({ root: copy, configFile: join(root, 'vite.config.ts'), cacheDir: join(copy, '.vite'), logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
    await server.listen();
    app = await openApp({ baseUrl: server.resolvedUrls!.local[0]! });
    await startReading(app.page);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('shows an edited line in the running game without reloading the page', async () => {
    await app.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const source = readFileSync(prologue, 'utf8');
    const edited = source.replace(/^Mars, 2128\./m, 'Mars, 2128, edited live.');
    const shown = () => app.page.evaluate(() => [...document.querySelectorAll('#story-log p')].some((p) => p.textContent?.startsWith('Mars, 2128, edited live.')));
    // Saved again if the first save went unnoticed (a file watcher still starting up on a busy machine), as a writer would.
    for (let attempt = 0; attempt < 4 && !(await shown()); attempt++) {
      writeFileSync(prologue, edited);
      await expect.poll(shown, { timeout: 10_000 }).toBe(true).catch(() => undefined);
    }
    expect(await shown()).toBe(true);
    expect(await app.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  }, 60_000);

  it('shows a broken edit\'s file:line error over the game, and clears it when fixed', async () => {
    const source = readFileSync(prologue, 'utf8');
    // The first jump in the file, misspelled by one letter.
    const index = source.split('\n').findIndex((l) => /^-> [a-z0-9-]+$/.test(l));
    expect(index).toBeGreaterThanOrEqual(0);
    const target = source.split('\n')[index]!.slice(3);
    const typo = `${target.slice(0, 2)}${target.slice(3)}`;
    writeFileSync(prologue, source.replace(new RegExp(`^-> ${target}$`, 'm'), `-> ${typo}`));
    const overlay = () => app.page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
    await expect.poll(overlay, { timeout: 20_000 }).toContain(`assets/story/01-prologue.story:${index + 1}:4: error: there is no beat '${typo}'`);
    writeFileSync(prologue, source);
    await expect.poll(overlay, { timeout: 20_000 }).toBe('');
  }, 60_000);
});
