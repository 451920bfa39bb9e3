import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { localStorageBackend } from '../../src/storage/backend.ts';
import { indexedDbBackend } from '../../src/storage/indexeddb.ts';
import { guard, MEMORY_ONLY_NOTICE, openStorage, type StorageProblem } from '../../src/storage/open-storage.ts';
import { fakeWebStorage, flakyBackend, hangingBackend, refusingBackend } from './fakes.ts';

const deniedIndexedDb = (): IDBFactory =>
  ({
    open: () => {
      throw new DOMException('IndexedDB is disabled in private mode.', 'InvalidStateError');
    },
  }) as unknown as IDBFactory;

describe('opening storage', () => {
  it('uses IndexedDB when it works: durable, no notice', async () => {
    const opened = await openStorage({ candidates: [() => indexedDbBackend(new IDBFactory()), () => localStorageBackend(fakeWebStorage())] });
    expect(opened).toMatchObject({ durable: true });
    expect(opened.backend.kind).toBe('indexeddb');
    expect(opened.notice).toBeUndefined();
  });

  it('falls back to localStorage when IndexedDB is refused, and leaves no probe behind', async () => {
    const storage = fakeWebStorage();
    const opened = await openStorage({ candidates: [() => indexedDbBackend(deniedIndexedDb()), () => localStorageBackend(storage)] });
    expect(opened.backend.kind).toBe('localstorage');
    expect(opened.durable).toBe(true);
    expect(storage.data.size).toBe(0);
  });

  it('falls back to memory, with the notice to show once, when nothing can store (zero quota, no IndexedDB)', async () => {
    const opened = await openStorage({ candidates: [() => { throw new ReferenceError('indexedDB is not defined'); }, () => localStorageBackend(fakeWebStorage(0))] });
    expect(opened.backend.kind).toBe('memory');
    expect(opened.durable).toBe(false);
    expect(opened.notice).toBe(MEMORY_ONLY_NOTICE);
    expect(opened.notice).toMatch(/lost when you close this tab/);
    expect((await opened.backend.set('save:1', 'kept for the visit')).ok).toBe(true);
    expect(await opened.backend.get('save:1')).toBe('kept for the visit');
  });

  it('gives up on a backend that never answers instead of hanging the start', async () => {
    const opened = await openStorage({ candidates: [hangingBackend, () => refusingBackend('localstorage')], probeTimeoutMs: 10 });
    expect(opened.backend.kind).toBe('memory');
  });
});

describe('a write that fails later', () => {
  it('is reported as a full quota with a message saying what to do, and never thrown', async () => {
    const flaky = flakyBackend();
    const opened = await openStorage({ candidates: [() => flaky.backend] });
    const problems: StorageProblem[] = [];
    opened.backend.onProblem((p) => problems.push(p));
    flaky.failWrites();
    const result = await opened.backend.set('save:3', 'x');
    expect(result).toMatchObject({ ok: false, problem: { kind: 'quota', key: 'save:3' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/storage is full.*Delete old saves/);
  });

  it('is reported as refused (not quota) for other errors; a read that fails gives nothing and is reported', async () => {
    const problems: StorageProblem[] = [];
    const backend = guard(refusingBackend());
    backend.onProblem((p) => problems.push(p));
    expect(await backend.set('settings', '{}')).toMatchObject({ ok: false, problem: { kind: 'write-failed' } });
    expect(await backend.get('settings')).toBeUndefined();
    expect(await backend.keys()).toEqual([]);
    expect(problems.map((p) => p.kind)).toEqual(['write-failed', 'read-failed', 'read-failed']);
    expect(problems[0]!.message).toMatch(/^Not saved \(settings\): the browser refused to store it \(SecurityError/);
  });
});
