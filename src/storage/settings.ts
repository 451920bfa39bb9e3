/** Reader settings that outlive the page: kept behind a small interface, stored as JSON, never trusted blindly. */

/** How much the dossiers, search, map and recap may reveal: what this reader has read, all of Act 1, or later episodes too. */
export const SPOILER_LEVELS = ['read', 'act1', 'later'] as const;
/** A spoiler level. */
export type SpoilerLevel = (typeof SPOILER_LEVELS)[number];

/** Reduced motion: follow the system setting, or force it on or off. */
export const MOTION_PREFERENCES = ['system', 'reduce', 'full'] as const;
/** A motion preference. */
export type MotionPreference = (typeof MOTION_PREFERENCES)[number];

/** What the reader has chosen. */
export interface Settings {
  /** Show sound captions ("[gunshot]") on screen; they are always announced to screen readers. */
  readonly captions: boolean;
  readonly muted: boolean;
  /** Typing speed in characters per second; 0 means instant. */
  readonly textSpeed: number;
  /** Auto mode's pause after a line, in seconds, before the per-character allowance. */
  readonly autoDelay: number;
  /** Channel volumes, 0–1. */
  readonly volumes: { readonly music: number; readonly ambience: number; readonly sfx: number; readonly ui: number };
  readonly motion: MotionPreference;
  /** Story text size as a multiple of the default (1 = 100%). */
  readonly textScale: number;
  readonly highContrast: boolean;
  readonly spoilerLevel: SpoilerLevel;
  /** Skip also fast-forwards lines never read before. */
  readonly skipUnread: boolean;
  /** Self-voicing: the browser's speech synthesis reads the recap (and the story, with `voiceStory`). */
  readonly selfVoicing: boolean;
  readonly voiceStory: boolean;
}

/** The settings a first-time reader gets. */
export const DEFAULT_SETTINGS: Settings = {
  captions: true,
  muted: false,
  textSpeed: 45,
  autoDelay: 1.5,
  volumes: { music: 0.7, ambience: 0.5, sfx: 0.8, ui: 0.5 },
  motion: 'system',
  textScale: 1,
  highContrast: false,
  spoilerLevel: 'read',
  skipUnread: false,
  selfVoicing: false,
  voiceStory: false,
};

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
    const bool = (key: 'captions' | 'muted'): boolean => (typeof record[key] === 'boolean' ? record[key] : DEFAULT_SETTINGS[key]);
    return { ...DEFAULT_SETTINGS, captions: bool('captions'), muted: bool('muted') };
  } catch {
    warn('settings: the saved settings could not be read; using the defaults');
    return DEFAULT_SETTINGS;
  }
}
