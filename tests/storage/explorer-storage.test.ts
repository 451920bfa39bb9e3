import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { localStorageBackend } from '../../src/storage/backend.ts';
import { openExplorerStorage } from '../../src/storage/explorer-storage.ts';
import { indexedDbBackend } from '../../src/storage/indexeddb.ts';
import { DEFAULT_SETTINGS } from '../../src/storage/settings.ts';
import { fakeWebStorage } from './fakes.ts';

describe('opening the explorer storage', () => {
  it('keeps settings and progress from one visit to the next in IndexedDB, migrating the old settings key', async () => {
    const indexedDB = new IDBFactory();
    const localStorage = fakeWebStorage();
    localStorage.setItem('metallic-rouge-act1:settings', '{"captions":false,"muted":true}');
    const storage = { candidates: [() => indexedDbBackend(indexedDB), () => localStorageBackend(localStorage)] };
    const first = await openExplorerStorage({ storage, legacy: localStorage });
    expect(first).toMatchObject({ durable: true, damaged: [] });
    expect(first.notice).toBeUndefined();
    expect(first.settings.get()).toEqual({ ...DEFAULT_SETTINGS, captions: false, muted: true });
    first.progress.update((p) => ({ ...p, endings: ['bridge-dawn'] }));
    await first.progress.flush();

    const second = await openExplorerStorage({ storage, legacy: localStorage });
    expect(second.settings.get()).toEqual({ ...DEFAULT_SETTINGS, captions: false, muted: true });
    expect(second.progress.get().endings).toEqual(['bridge-dawn']);
    expect(localStorage.data.size).toBe(0);
  });

  it('reports damaged settings and progress found at opening, once each', async () => {
    const localStorage = fakeWebStorage();
    localStorage.setItem('metallic-rouge-act1:store:settings', '{"app":"metallic-rouge-act1","kind":"settings","version":1,"data":[]}');
    localStorage.setItem('metallic-rouge-act1:store:progress', 'garbage');
    const opened = await openExplorerStorage({ storage: { candidates: [() => localStorageBackend(localStorage)] } });
    expect(opened.damaged.map((d) => d.key).sort()).toEqual(['progress', 'settings']);
    expect((await openExplorerStorage({ storage: { candidates: [() => localStorageBackend(localStorage)] } })).damaged).toEqual([]);
  });

  it('works in memory, with the notice, when the browser stores nothing', async () => {
    const opened = await openExplorerStorage({ storage: { candidates: [] } });
    expect(opened.durable).toBe(false);
    expect(opened.notice).toMatch(/will be lost when you close this tab/);
    opened.settings.update({ highContrast: true });
    expect(opened.settings.get().highContrast).toBe(true);
  });
});
