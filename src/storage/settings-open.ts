/** Opening the settings at startup: read once from the backend (or migrated from the legacy localStorage key), then written through. */
import { decodeRecord, encodeRecord } from './envelope.ts';
import type { SafeBackend } from './open-storage.ts';
import { readRecord, type DamagedRecord } from './records.ts';
import { DEFAULT_SETTINGS, LEGACY_SETTINGS_KEY, parseLegacySettings, SETTINGS_SPEC, SettingsStore, type KeyValueStore, type Settings } from './settings.ts';
import { safeGet, safeRemove, safeSet } from './key-value.ts';
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
  const { legacy } = options;
  const writer = latestWins(async () => {
    const text = encodeRecord(SETTINGS_SPEC, current);
    const stored = await backend.set(SETTINGS_KEY, text);
    // Stored for good: the synchronous copy has done its job, unless a newer change replaced it meanwhile.
    if (stored.ok && legacy && safeGet(legacy, SETTINGS_RESCUE_KEY) === text) safeRemove(legacy, SETTINGS_RESCUE_KEY);
  });
  if (read.state === 'empty' && legacy) {
    const migrated = await migrateLegacy(legacy, backend);
    if (migrated) current = migrated;
  }
  // A change made just before the page went away (its write to the backend cut off with the page).
  const rescued = legacy ? rescuedSettings(legacy) : undefined;
  if (rescued) {
    current = rescued;
    writer.push();
  }
  return new SettingsStore({
    initial: current,
    write: (settings) => {
      current = settings;
      // Kept synchronously too: a reader who presses M and reloads at once keeps their choice.
      if (legacy) safeSet(legacy, SETTINGS_RESCUE_KEY, encodeRecord(SETTINGS_SPEC, settings));
      writer.push();
    },
    flush: () => writer.flush(),
  });
}

/** Where the latest change waits, synchronously, until the backend has it. */
export const SETTINGS_RESCUE_KEY = 'metallic-rouge-act1:settings-rescue';

function rescuedSettings(store: KeyValueStore): Settings | undefined {
  const text = safeGet(store, SETTINGS_RESCUE_KEY);
  if (text === null) return undefined;
  const decoded = decodeRecord(SETTINGS_SPEC, text);
  if (!decoded.ok) safeRemove(store, SETTINGS_RESCUE_KEY);
  return decoded.ok ? decoded.value : undefined;
}

/** Moves settings from the legacy localStorage key into the backend; the key is removed once they are stored. */
async function migrateLegacy(legacy: KeyValueStore, backend: SafeBackend): Promise<Settings | undefined> {
  const text = safeGet(legacy, LEGACY_SETTINGS_KEY);
  const settings = text === null ? undefined : parseLegacySettings(text);
  if (!settings) return undefined;
  const stored = await backend.set(SETTINGS_KEY, encodeRecord(SETTINGS_SPEC, settings));
  // Left behind, it is harmless: the new record exists and wins from now on.
  if (stored.ok) safeRemove(legacy, LEGACY_SETTINGS_KEY);
  return settings;
}
