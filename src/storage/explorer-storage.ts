/** Everything the explorer keeps, opened at startup in one call: the backend, saves, progress and settings. */
import { ProgressStore } from '../progress/progress-store.ts';
import { openStorage, type OpenStorageOptions, type SafeBackend } from './open-storage.ts';
import type { DamagedRecord } from './records.ts';
import { SaveStore } from './save-store.ts';
import { openSettings } from './settings-open.ts';
import type { KeyValueStore, SettingsStore } from './settings.ts';

/** The explorer's stores, and what the reader should be told about them. */
export interface ExplorerStorage {
  readonly backend: SafeBackend;
  /** False when nothing will outlast the tab. */
  readonly durable: boolean;
  /** Show once, visibly, when present: why progress will not be kept. */
  readonly notice?: string;
  readonly saves: SaveStore;
  readonly progress: ProgressStore;
  readonly settings: SettingsStore;
  /** Records found damaged while opening (settings, progress): show each message once. */
  readonly damaged: readonly DamagedRecord[];
}

/** How to open the explorer's storage. */
export interface OpenExplorerStorageOptions {
  /** Names a route id (the graph's `routes[id].name`), for saves from before slots showed routes. */
  readonly routeName?: (id: string) => string | undefined;
  /** localStorage: settings kept there before are migrated; a closing page's autosave is kept there until the next visit. */
  readonly legacy?: KeyValueStore;
  /** Candidate backends (tests); the browser's IndexedDB then localStorage by default. */
  readonly storage?: OpenStorageOptions;
  /** Hears every damaged record, at opening and later (a damaged save found by the save screen). */
  readonly onDamaged?: (damaged: DamagedRecord) => void;
}

/** Opens storage, then loads settings and progress once; the save slots are read when asked. */
export async function openExplorerStorage(options: OpenExplorerStorageOptions = {}): Promise<ExplorerStorage> {
  const opened = await openStorage(options.storage);
  const { backend } = opened;
  const damaged: DamagedRecord[] = [];
  const onDamaged = (record: DamagedRecord): void => {
    damaged.push(record);
    options.onDamaged?.(record);
  };
  const [settings, progress] = await Promise.all([
    openSettings({ backend, onDamaged, ...(options.legacy ? { legacy: options.legacy } : {}) }),
    ProgressStore.open({ backend, onDamaged }),
  ]);
  const saves = new SaveStore({
    backend,
    ...(options.routeName ? { routeName: options.routeName } : {}),
    ...(options.onDamaged ? { onDamaged: options.onDamaged } : {}),
    ...(options.legacy && opened.durable ? { rescue: options.legacy } : {}),
  });
  // The autosave a closing page left in localStorage, if it is newer than the slot's.
  await saves.recover();
  return { ...opened, saves, progress, settings, damaged };
}
