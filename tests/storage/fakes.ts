/** Test doubles for storage: a Web Storage with a quota, backends that fail, and a timer queue the test runs by hand. */
import { memoryBackend, type StorageBackend, type WebStorageLike } from '../../src/storage/backend.ts';
import type { Timers } from '../../src/storage/throttle.ts';

/** A Web Storage over a Map that throws QuotaExceededError past `quotaChars` (keys plus values, like browsers count). */
export function fakeWebStorage(quotaChars = Infinity): WebStorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const used = (): number => [...data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem(key, value) {
      const before = data.get(key);
      data.set(key, value);
      if (used() > quotaChars) {
        if (before === undefined) data.delete(key);
        else data.set(key, before);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
    },
    removeItem: (key) => void data.delete(key),
  };
}

/** A memory backend whose writes fail with `error` once `failWrites()` is called (reads keep working). */
export function flakyBackend(error: unknown = new DOMException('The quota has been exceeded.', 'QuotaExceededError')) {
  const inner = memoryBackend();
  let failing = false;
  const fail = async (): Promise<never> => {
    throw error;
  };
  const backend: StorageBackend = {
    kind: 'indexeddb',
    get: (key) => inner.get(key),
    set: (key, value) => (failing ? fail() : inner.set(key, value)),
    setMany: (entries) => (failing ? fail() : inner.setMany(entries)),
    delete: (key) => (failing ? fail() : inner.delete(key)),
    keys: () => inner.keys(),
  };
  return { backend, data: inner.data, failWrites: () => (failing = true) };
}

/** A backend every call of which rejects, as storage does when the browser forbids it. */
export function refusingBackend(kind: StorageBackend['kind'] = 'indexeddb'): StorageBackend {
  const refuse = async (): Promise<never> => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { kind, get: refuse, set: refuse, setMany: refuse, delete: refuse, keys: refuse };
}

/** A backend that never answers, like IndexedDB in some private modes. */
export function hangingBackend(): StorageBackend {
  const never = (): Promise<never> => new Promise(() => undefined);
  return { kind: 'indexeddb', get: never, set: never, setMany: never, delete: never, keys: never };
}

/** Timers the test fires by hand: `run()` fires every timer due, in order. */
export function manualTimers(): Timers & { pending: () => number; run: () => void } {
  const queue = new Map<number, () => void>();
  let next = 0;
  return {
    setTimeout: (run) => {
      queue.set(++next, run);
      return next;
    },
    clearTimeout: (handle) => void queue.delete(handle as number),
    pending: () => queue.size,
    run: () => {
      const due = [...queue.values()];
      queue.clear();
      due.forEach((run) => run());
    },
  };
}
