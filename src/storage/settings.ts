/** Reader settings that outlive the page: the type, its defaults and its schema (valibot). The store is in settings-store.ts. */
import * as v from 'valibot';
import type { RecordSpec } from './envelope.ts';
import { parseJsonSafely } from './json.ts';
import { safeSet } from './key-value.ts';

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

/** The ranges numeric settings are kept in; stored values outside are clamped. */
export const SETTING_RANGES = {
  textSpeed: [0, 200],
  autoDelay: [0, 10],
  textScale: [0.75, 2],
  volume: [0, 1],
} as const;

const D = DEFAULT_SETTINGS;
const ranged = ([min, max]: readonly [number, number], fallback: number) =>
  v.fallback(
    v.pipe(
      v.number(),
      v.finite(),
      v.transform((n) => Math.min(max, Math.max(min, n))),
    ),
    fallback,
  );
const flag = (fallback: boolean) => v.fallback(v.boolean(), fallback);

const settingsFields = v.object({
  captions: flag(D.captions),
  muted: flag(D.muted),
  textSpeed: ranged(SETTING_RANGES.textSpeed, D.textSpeed),
  autoDelay: ranged(SETTING_RANGES.autoDelay, D.autoDelay),
  volumes: v.fallback(
    v.object({
      music: ranged(SETTING_RANGES.volume, D.volumes.music),
      ambience: ranged(SETTING_RANGES.volume, D.volumes.ambience),
      sfx: ranged(SETTING_RANGES.volume, D.volumes.sfx),
      ui: ranged(SETTING_RANGES.volume, D.volumes.ui),
    }),
    D.volumes,
  ),
  motion: v.fallback(v.picklist(MOTION_PREFERENCES), D.motion),
  textScale: ranged(SETTING_RANGES.textScale, D.textScale),
  highContrast: flag(D.highContrast),
  spoilerLevel: v.fallback(v.picklist(SPOILER_LEVELS), D.spoilerLevel),
  skipUnread: flag(D.skipUnread),
  selfVoicing: flag(D.selfVoicing),
  voiceStory: flag(D.voiceStory),
});

/**
 * Settings as stored: a field of the wrong type or missing falls back to its default alone, a
 * number out of range is clamped, unknown fields are dropped; only a non-object (or a list) is damaged.
 */
export const settingsSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    (issue) => `Invalid type: Expected an object of settings but received ${issue.received}`,
  ),
  v.transform((input) => v.parse(settingsFields, input)),
);

/** The settings record's spec (version 1; the older localStorage key is migrated by the store). */
export const SETTINGS_SPEC: RecordSpec<Settings> = { kind: 'settings', version: 1, maxChars: 20_000, schema: settingsSchema, migrations: [] };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Stops compiling when Settings gains a field the schema would silently drop.
const _keys: Same<keyof Settings, keyof v.InferOutput<typeof settingsSchema>> = true;
void _keys;

/** Where a SettingsStore starts and how it keeps changes (see `openSettings`). */
export interface SettingsSource {
  readonly initial: Settings;
  /** Stores the settings; must not throw (a failure is the backend's to report). */
  readonly write: (settings: Settings) => void;
  /** Resolves when every write asked for so far has finished. */
  readonly flush?: () => Promise<void>;
}

/** A synchronous string store: localStorage in the browser (the settings' home before `openSettings`). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

/** Where settings were kept before the versioned store: localStorage, this key, plain JSON. */
export const LEGACY_SETTINGS_KEY = 'metallic-rouge-act1:settings';

/** Holds the settings: read synchronously by the UI, every change applied and stored at once. */
export class SettingsStore {
  private current: Settings;
  private readonly listeners = new Set<(settings: Settings) => void>();
  private readonly source: SettingsSource;

  /** From a source (use `openSettings`), or (older path) straight from localStorage under the legacy key. */
  constructor(source: SettingsSource | KeyValueStore | undefined, warn: (message: string) => void = (m) => console.warn(m)) {
    this.source = source && 'initial' in source ? source : legacySource(source, warn);
    this.current = this.source.initial;
  }

  /** The settings now. */
  get(): Settings {
    return this.current;
  }

  /** Changes some settings, stores them and tells listeners; invalid values are corrected first. */
  update(change: Partial<Settings>): void {
    this.current = v.parse(settingsSchema, { ...this.current, ...change });
    this.source.write(this.current);
    for (const listener of this.listeners) listener(this.current);
  }

  /** Listens for changes; returns an unsubscribe. */
  subscribe(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when the latest change has been stored. */
  async flush(): Promise<void> {
    await this.source.flush?.();
  }
}

/** Settings read from legacy JSON text: each readable field kept, the rest default; undefined when the text is not a JSON object. */
export function parseLegacySettings(text: string): Settings | undefined {
  const parsed = parseJsonSafely(text, SETTINGS_SPEC.maxChars);
  const settings = parsed.ok ? v.safeParse(settingsSchema, parsed.value) : undefined;
  return settings?.success ? settings.output : undefined;
}

function legacySource(store: KeyValueStore | undefined, warn: (message: string) => void): SettingsSource {
  let initial = DEFAULT_SETTINGS;
  try {
    const text = store?.getItem(LEGACY_SETTINGS_KEY) ?? null;
    const parsed = text === null ? DEFAULT_SETTINGS : parseLegacySettings(text);
    if (!parsed) warn('settings: the saved settings could not be read; using the defaults');
    initial = parsed ?? DEFAULT_SETTINGS;
  } catch {
    // Storage that refuses to be read (some private modes): the defaults, for this visit.
  }
  // Private browsing or a full quota: the setting still applies for this visit.
  const write = (settings: Settings): void => void (store && safeSet(store, LEGACY_SETTINGS_KEY, JSON.stringify(settings)));
  return { initial, write };
}
