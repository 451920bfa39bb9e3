/**
 * Picks where data is kept: IndexedDB, else localStorage, else memory (with a notice that nothing
 * will outlast the tab), and guards the chosen backend so a failing write is reported, never thrown.
 */
import { indexedDbBackend } from './indexeddb.ts';
import { localStorageBackend, memoryBackend, type BackendKind, type StorageBackend, type WebStorageLike } from './backend.ts';

/** Why a storage call failed. */
export const PROBLEM_KINDS = ['quota', 'write-failed', 'read-failed'] as const;
/** Why a storage call failed. */
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** A failed storage call, worded for the reader. */
export interface StorageProblem {
  readonly kind: ProblemKind;
  /** The storage key involved. */
  readonly key: string;
  readonly message: string;
}

/** The outcome of a write. */
export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly problem: StorageProblem };

/** Whether a store's write worked, and if not, a message for the reader. */
export type Outcome = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** A WriteResult as an Outcome. */
export function outcomeOf(result: WriteResult): Outcome {
  return result.ok ? { ok: true } : { ok: false, message: result.problem.message };
}

/** A backend whose calls never reject: reads that fail give undefined, writes say whether they worked. */
export interface SafeBackend {
  readonly kind: BackendKind;
  get(key: string): Promise<unknown>;
  set(key: string, value: string): Promise<WriteResult>;
  setMany(entries: readonly (readonly [string, string])[]): Promise<WriteResult>;
  delete(key: string): Promise<WriteResult>;
  keys(): Promise<string[]>;
  /** Hears every failed call (a full quota, storage taken away); returns an unsubscribe. */
  onProblem(listener: (problem: StorageProblem) => void): () => void;
}

/** The storage the explorer ended up with. */
export interface OpenedStorage {
  readonly backend: SafeBackend;
  /** False when data is only kept in memory and is lost when the tab closes. */
  readonly durable: boolean;
  /** Show this once, visibly, when present: why progress will not be kept. */
  readonly notice?: string;
}

/** What `openStorage` tries; the defaults are the browser's IndexedDB and localStorage. */
export interface OpenStorageOptions {
  /** Candidate backends, most durable first; each is probed and the first that works is kept. */
  readonly candidates?: readonly (() => StorageBackend)[];
  /** How long a probe may take before its backend counts as broken (some browsers hang IndexedDB). */
  readonly probeTimeoutMs?: number;
}

/** The notice shown when only memory storage works. */
export const MEMORY_ONLY_NOTICE =
  'This browser is not letting the explorer store data (private browsing or blocked site storage), so saves, progress and settings will be lost when you close this tab. Export them from Save & Load to keep them.';

const PROBE_KEY = '__probe__';

/** Probes the candidates in order and returns the first that can write, read back and delete. */
export async function openStorage(options: OpenStorageOptions = {}): Promise<OpenedStorage> {
  const candidates = options.candidates ?? browserCandidates();
  for (const make of candidates) {
    const backend = attempt(make);
    if (backend && (await probe(backend, options.probeTimeoutMs ?? 2000))) return { backend: guard(backend), durable: backend.kind !== 'memory' };
  }
  return { backend: guard(memoryBackend()), durable: false, notice: MEMORY_ONLY_NOTICE };
}

/** IndexedDB, then localStorage, as far as this browser exposes them (touching either may throw). */
export function browserCandidates(): (() => StorageBackend)[] {
  return [
    () => indexedDbBackend(globalThis.indexedDB),
    () => localStorageBackend(globalThis.localStorage as WebStorageLike),
  ];
}

function attempt(make: () => StorageBackend): StorageBackend | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

async function probe(backend: StorageBackend, timeoutMs: number): Promise<boolean> {
  const token = `probe-${Math.random().toString(36).slice(2)}`;
  const check = async (): Promise<boolean> => {
    await backend.set(PROBE_KEY, token);
    const read = await backend.get(PROBE_KEY);
    await backend.delete(PROBE_KEY);
    return read === token;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([check(), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Wraps a backend so its failures become results and reports instead of rejections. */
export function guard(backend: StorageBackend): SafeBackend {
  const listeners = new Set<(problem: StorageProblem) => void>();
  const report = (problem: StorageProblem): void => listeners.forEach((listener) => listener(problem));
  const write = async (key: string, run: () => Promise<void>): Promise<WriteResult> => {
    try {
      await run();
      return { ok: true };
    } catch (error) {
      const problem = writeProblem(key, error);
      report(problem);
      return { ok: false, problem };
    }
  };
  const read = async <T>(key: string, run: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      report({ kind: 'read-failed', key, message: `Could not read ${key} from the browser's storage (${describe(error)}); reload the page to try again.` });
      return fallback;
    }
  };
  return {
    kind: backend.kind,
    get: (key) => read(key, () => backend.get(key), undefined),
    set: (key, value) => write(key, () => backend.set(key, value)),
    setMany: (entries) => write(entries.map(([key]) => key).join(', '), () => backend.setMany(entries)),
    delete: (key) => write(key, () => backend.delete(key)),
    keys: () => read('the list of keys', () => backend.keys(), []),
    onProblem: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function writeProblem(key: string, error: unknown): StorageProblem {
  if (isQuotaError(error)) {
    return { kind: 'quota', key, message: `Not saved (${key}): this site's storage is full. Delete old saves, or free space in the browser's site settings, and try again.` };
  }
  return { kind: 'write-failed', key, message: `Not saved (${key}): the browser refused to store it (${describe(error)}). Check that site storage is allowed and try again.` };
}

/** True for the quota errors browsers throw: the standard name and the legacy codes (22, Firefox's 1014). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
