import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { productionBuild, uncompressed } from './global-setup.ts';
import { openApp, readUntilChoice, startReading, waitForLine, waitForStage, waitUntilReady, type TestPage } from './support.ts';

/** Waits until the service worker has installed every file of the build and controls the page. */
async function offlineReady(app: TestPage): Promise<void> {
  await app.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

// Issue #16: installable, offline after one visit, any static host and sub-path, a strict CSP.
// (The update notice and the cache hand-over are unit-tested in tests/shell/offline.test.ts: Chromium takes a minute to look for a new worker.)
describe('offline, installable, strict', () => {
  let app: TestPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('after one visit, plays Act 1 with the network off — words, pictures and all — with no CSP violation', async () => {
    app = await openApp({ serviceWorkers: true, reducedMotion: true, sound: true });
    const violations: string[] = [];
    app.page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
    await waitUntilReady(app.page);
    await offlineReady(app);
    const manifest = await app.page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href)).json());
    expect(manifest).toMatchObject({ display: 'standalone', icons: expect.arrayContaining([expect.objectContaining({ sizes: '512x512' })]) });
    await app.context.setOffline(true);
    await app.page.reload();
    await startReading(app.page);
    await waitForLine(app.page, 'Mars, 2128.');
    expect((await readUntilChoice(app.page)).length).toBeGreaterThanOrEqual(3);
    await waitForStage(app.page);
    expect(app.warnings.filter((w) => /could not be loaded|cannot play/.test(w))).toEqual([]);
    expect(violations).toEqual([]);
    await app.context.setOffline(false);
  });

  it('works from a sub-path (built with `--base /games/rouge/`)', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'rouge-subpath-'));
    let server: PreviewServer | undefined;
    try {
      await productionBuild({ logLevel: 'error', base: '/games/rouge/', build: { outDir, emptyOutDir: true } });
      server = await preview({ logLevel: 'error', base: '/games/rouge/', plugins: [uncompressed], build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
      app = await openApp({ baseUrl: server.resolvedUrls!.local[0]!, reducedMotion: true });
      expect(app.page.url()).toMatch(/\/games\/rouge\/$/);
      await startReading(app.page);
      await waitForLine(app.page, 'Mars, 2128.');
      await waitForStage(app.page);
      expect(app.errors).toEqual([]);
    } finally {
      await app?.close();
      app = undefined;
      await server?.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 180_000);
});
