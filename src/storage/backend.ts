/**
 * Where saves, progress and settings are kept: a small async key-value interface with a
 * localStorage and an in-memory implementation (IndexedDB is in indexeddb.ts). Values go in as
 * JSON text; what comes out is `unknown`, because storage can hold anything and callers validate it.
 */

/** The kinds of backend, most durable first. */
export const BACKEND_KINDS = ['indexeddb', 'localstorage', 'memory'] as const;
/** A kind of backend. */
export type BackendKind = (typeof BACKEND_KINDS)[number];

/** A raw key-value store. Its methods may reject (quota, private mode); `openStorage` guards them. */
export interface StorageBackend {
  readonly kind: BackendKind;
  /** The value under `key`, or undefined when there is none. */
  get(key: string): Promise<unknown>;
  set(key: string, value: string): Promise<void>;
  /** Writes several keys at once: all of them, or (as far as the backend allows) none. */
  setMany(entries: readonly (readonly [string, string])[]): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** A backend that lives as long as the page: the last resort, and the tests' store. */
export function memoryBackend(initial: Readonly<Record<string, unknown>> = {}): StorageBackend & { readonly data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    kind: 'memory',
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => void data.set(key, value),
    setMany: async (entries) => entries.forEach(([key, value]) => data.set(key, value)),
    delete: async (key) => void data.delete(key),
    keys: async () => [...data.keys()],
  };
}

/** The part of the Web Storage API a localStorage backend uses. */
export interface WebStorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Prefix of this app's keys in localStorage (distinct from the old `metallic-rouge-act1:settings`). */
export const LOCAL_STORAGE_PREFIX = 'metallic-rouge-act1:store:';

/** A backend over localStorage, its keys prefixed so other data on the origin is never touched. */
export function localStorageBackend(storage: WebStorageLike, prefix = LOCAL_STORAGE_PREFIX): StorageBackend {
  const setMany = async (entries: readonly (readonly [string, string])[]): Promise<void> => {
    const before = entries.map(([key]) => [key, storage.getItem(prefix + key)] as const);
    try {
      for (const [key, value] of entries) storage.setItem(prefix + key, value);
    } catch (error) {
      // Put back what was there, so a full quota halfway through leaves the old data whole.
      for (const [key, old] of before) {
        if (old === null) storage.removeItem(prefix + key);
        else storage.setItem(prefix + key, old);
      }
      throw error;
    }
  };
  return {
    kind: 'localstorage',
    get: async (key) => storage.getItem(prefix + key) ?? undefined,
    set: async (key, value) => storage.setItem(prefix + key, value),
    setMany,
    delete: async (key) => storage.removeItem(prefix + key),
    keys: async () => {
      const found: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) found.push(key.slice(prefix.length));
      }
      return found;
    },
  };
}
