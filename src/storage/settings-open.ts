/** Opening the settings at startup: read once from the backend (or migrated from the legacy localStorage key), then written through. */
import { encodeRecord } from './envelope.ts';
import type { SafeBackend } from './open-storage.ts';
import { readRecord, type DamagedRecord } from './records.ts';
import { DEFAULT_SETTINGS, LEGACY_SETTINGS_KEY, parseLegacySettings, SETTINGS_SPEC, SettingsStore, type KeyValueStore, type Settings } from './settings.ts';
import { latestWins } from './throttle.ts';

/** The storage key of the settings record. */
export const SETTINGS_KEY = 'settings';

/** What `openSettings` needs. */
export interface OpenSettingsOptions {
  readonly backend: SafeBackend;
  /** localStorage, where settings lived before (`metallic-rouge-act1:settings`): migrated once, then removed. */
  readonly legacy?: KeyValueStore;
  /** Hears a damaged stored record, once, when it is set aside. */
  readonly onDamaged?: (damaged: DamagedRecord) => void;
  readonly now?: () => Date;
}

/** Loads the settings and returns a store whose changes are written through the backend, latest first. */
export async function openSettings(options: OpenSettingsOptions): Promise<SettingsStore> {
  const { backend } = options;
  const read = await readRecord({
    backend,
    key: SETTINGS_KEY,
    spec: SETTINGS_SPEC,
    label: 'Your settings',
    consequence: 'the defaults apply until you change them',
    ...(options.onDamaged ? { onDamaged: options.onDamaged } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  let current: Settings = read.state === 'saved' ? read.value : DEFAULT_SETTINGS;
  const writer = latestWins(() => backend.set(SETTINGS_KEY, encodeRecord(SETTINGS_SPEC, current)));
  if (read.state === 'empty' && options.legacy) {
    const migrated = await migrateLegacy(options.legacy, backend);
    if (migrated) current = migrated;
  }
  return new SettingsStore({
    initial: current,
    write: (settings) => {
      current = settings;
      writer.push();
    },
    flush: () => writer.flush(),
  });
}

/** Moves settings from the legacy localStorage key into the backend; the key is removed once they are stored. */
async function migrateLegacy(legacy: KeyValueStore, backend: SafeBackend): Promise<Settings | undefined> {
  let text: string | null;
  try {
    text = legacy.getItem(LEGACY_SETTINGS_KEY);
  } catch {
    return undefined;
  }
  const settings = text === null ? undefined : parseLegacySettings(text);
  if (!settings) return undefined;
  const stored = await backend.set(SETTINGS_KEY, encodeRecord(SETTINGS_SPEC, settings));
  if (stored.ok) {
    try {
      legacy.removeItem?.(LEGACY_SETTINGS_KEY);
    } catch {
      // Left behind, it is harmless: the new record exists and wins from now on.
    }
  }
  return settings;
}
