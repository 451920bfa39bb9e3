/**
 * A synchronous string store (localStorage) that may refuse: private modes throw on access, a full
 * quota throws on write. These never throw; a refusal reads as nothing and writes nothing.
 */
import type { KeyValueStore } from './settings.ts';

/** The text under `key`, or null when there is none or the store refuses. */
export function safeGet(store: KeyValueStore, key: string): string | null {
  try {
    return store.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` under `key`; false when the store refused. */
export function safeSet(store: KeyValueStore, key: string, value: string): boolean {
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes `key`; a refusal leaves it (callers keep only copies that are harmless when left behind). */
export function safeRemove(store: KeyValueStore, key: string): void {
  try {
    store.removeItem?.(key);
  } catch {
    // Left behind.
  }
}
