import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { localStorageBackend, memoryBackend, type StorageBackend } from '../../src/storage/backend.ts';
import { indexedDbBackend } from '../../src/storage/indexeddb.ts';
import { fakeWebStorage } from './fakes.ts';

const kinds: [string, () => StorageBackend][] = [
  ['IndexedDB (idb-keyval)', () => indexedDbBackend(new IDBFactory())],
  ['localStorage', () => localStorageBackend(fakeWebStorage())],
  ['memory', () => memoryBackend()],
];

describe.each(kinds)('the %s backend', (_name, make) => {
  it('keeps what is set, lists its keys, and forgets what is deleted', async () => {
    const backend = make();
    expect(await backend.get('save:1')).toBeUndefined();
    await backend.set('save:1', '{"a":1}');
    await backend.setMany([['save:2', 'two'], ['progress', 'p']]);
    expect(await backend.get('save:1')).toBe('{"a":1}');
    expect((await backend.keys()).sort()).toEqual(['progress', 'save:1', 'save:2']);
    await backend.delete('save:1');
    expect(await backend.get('save:1')).toBeUndefined();
    expect((await backend.keys()).sort()).toEqual(['progress', 'save:2']);
  });
});

describe('the localStorage backend', () => {
  it("keeps to its own prefix: the origin's other keys (and the old settings key) are neither listed nor touched", async () => {
    const storage = fakeWebStorage();
    storage.setItem('metallic-rouge-act1:settings', '{"muted":true}');
    storage.setItem('other-app', 'x');
    const backend = localStorageBackend(storage);
    await backend.set('settings', 'new');
    expect(await backend.keys()).toEqual(['settings']);
    expect(storage.getItem('metallic-rouge-act1:settings')).toBe('{"muted":true}');
    expect(storage.getItem('other-app')).toBe('x');
  });

  it('writes several keys all or nothing when the quota runs out halfway', async () => {
    const storage = fakeWebStorage(200);
    const backend = localStorageBackend(storage);
    await backend.set('save:1', 'old');
    await expect(backend.setMany([['save:1', 'new'], ['save:2', 'x'.repeat(300)]])).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await backend.get('save:1')).toBe('old');
    expect(await backend.get('save:2')).toBeUndefined();
  });
});
