/** Reader settings that outlive the page: kept behind a small interface, stored as JSON, never trusted blindly. */

/** What the reader has chosen. */
export interface Settings {
  /** Show sound captions ("[gunshot]") on screen; they are always announced to screen readers. */
  readonly captions: boolean;
  readonly muted: boolean;
}

/** The settings a first-time reader gets. */
export const DEFAULT_SETTINGS: Settings = { captions: true, muted: false };

/** Where settings live: localStorage in the browser, a Map in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEY = 'metallic-rouge-act1:settings';

/** Reads and writes settings; unreadable stored data falls back to the defaults and says so once. */
export class SettingsStore {
  private current: Settings;
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(
    private readonly store: KeyValueStore | undefined,
    warn: (message: string) => void = (m) => console.warn(m),
  ) {
    this.current = load(store, warn);
  }

  /** The settings now. */
  get(): Settings {
    return this.current;
  }

  /** Changes some settings, saves them (if storage works) and tells listeners. */
  update(change: Partial<Settings>): void {
    this.current = { ...this.current, ...change };
    try {
      this.store?.setItem(KEY, JSON.stringify(this.current));
    } catch {
      // Private browsing or a full quota: the setting still applies for this visit.
    }
    for (const listener of this.listeners) listener(this.current);
  }

  /** Listens for changes; returns an unsubscribe. */
  subscribe(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function load(store: KeyValueStore | undefined, warn: (message: string) => void): Settings {
  let text: string | null;
  try {
    text = store?.getItem(KEY) ?? null;
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (text === null) return DEFAULT_SETTINGS;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
    const record = parsed as Record<string, unknown>;
    return {
      captions: typeof record['captions'] === 'boolean' ? record['captions'] : DEFAULT_SETTINGS.captions,
      muted: typeof record['muted'] === 'boolean' ? record['muted'] : DEFAULT_SETTINGS.muted,
    };
  } catch {
    warn('settings: the saved settings could not be read; using the defaults');
    return DEFAULT_SETTINGS;
  }
}
