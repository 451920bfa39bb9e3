import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/storage/backend.ts';
import { guard, type StorageProblem } from '../../src/storage/open-storage.ts';
import type { DamagedRecord } from '../../src/storage/records.ts';
import { openSettings } from '../../src/storage/settings-open.ts';
import { DEFAULT_SETTINGS, SettingsStore, type KeyValueStore } from '../../src/storage/settings.ts';
import { flakyBackend } from './fakes.ts';

const memory = (initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } => {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v), removeItem: (k) => void delete data[k] };
};

const envelope = (data: unknown) => JSON.stringify({ app: 'metallic-rouge-act1', kind: 'settings', version: 1, data });

describe('reader settings', () => {
  it('start from the defaults (captions on, sound on) and are remembered across visits', async () => {
    const backend = guard(memoryBackend());
    const first = await openSettings({ backend });
    expect(first.get()).toEqual(DEFAULT_SETTINGS);
    first.update({ muted: true, volumes: { ...DEFAULT_SETTINGS.volumes, music: 0.2 }, spoilerLevel: 'act1' });
    await first.flush();
    expect((await openSettings({ backend })).get()).toEqual({ ...DEFAULT_SETTINGS, muted: true, volumes: { ...DEFAULT_SETTINGS.volumes, music: 0.2 }, spoilerLevel: 'act1' });
  });

  it('apply at once: listeners hear every change as it is made', async () => {
    const settings = await openSettings({ backend: guard(memoryBackend()) });
    const heard: number[] = [];
    settings.subscribe((s) => heard.push(s.textScale));
    settings.update({ textScale: 1.25 });
    settings.update({ textScale: 1.5 });
    expect(heard).toEqual([1.25, 1.5]);
    expect(settings.get().textScale).toBe(1.5);
  });

  it("move over from the old localStorage key once: the reader's captions and mute survive, the old key goes", async () => {
    const legacy = memory({ 'metallic-rouge-act1:settings': '{"captions": false, "muted": true}' });
    const backend = guard(memoryBackend());
    expect((await openSettings({ backend, legacy })).get()).toEqual({ ...DEFAULT_SETTINGS, captions: false, muted: true });
    expect(legacy.data).toEqual({});
    expect((await openSettings({ backend })).get()).toEqual({ ...DEFAULT_SETTINGS, captions: false, muted: true });
  });

  it('ignore an unreadable old key: defaults, and the old key is left alone', async () => {
    const legacy = memory({ 'metallic-rouge-act1:settings': '{not json' });
    expect((await openSettings({ backend: guard(memoryBackend()), legacy })).get()).toEqual(DEFAULT_SETTINGS);
    expect(legacy.data['metallic-rouge-act1:settings']).toBe('{not json');
  });

  it('keep each valid stored field; a wrong one falls back alone, an out-of-range number is clamped', async () => {
    const stored = { ...DEFAULT_SETTINGS, captions: false, muted: 'yes', textScale: 9, motion: 'sideways', volumes: { music: 'loud', ambience: 0.1, sfx: -3, ui: 0.5 }, extra: 1 };
    const settings = await openSettings({ backend: guard(memoryBackend({ settings: envelope(stored) })) });
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, captions: false, textScale: 2, volumes: { music: 0.7, ambience: 0.1, sfx: 0, ui: 0.5 } });
  });

  it('set a damaged record aside, report it once and use the defaults', async () => {
    const backend = memoryBackend({ settings: envelope('not an object') });
    const damaged: DamagedRecord[] = [];
    const settings = await openSettings({ backend: guard(backend), onDamaged: (d) => damaged.push(d) });
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(damaged.map((d) => d.message)).toEqual([
      'Your settings could not be read (Invalid type: Expected an object of settings but received "not an object"). The damaged copy was set aside; the defaults apply until you change them.',
    ]);
    expect([...backend.data.keys()].filter((k) => k.startsWith('damaged:settings:'))).toHaveLength(1);
  });

  it('still apply for the visit when storage refuses to save, and the failure is reported', async () => {
    const flaky = flakyBackend();
    const backend = guard(flaky.backend);
    const problems: StorageProblem[] = [];
    backend.onProblem((p) => problems.push(p));
    const settings = await openSettings({ backend });
    flaky.failWrites();
    settings.update({ captions: false });
    await settings.flush();
    expect(settings.get().captions).toBe(false);
    expect(problems.map((p) => p.kind)).toEqual(['quota']);
  });
});

describe('reader settings on the older localStorage path (until main.ts moves to openSettings)', () => {
  it('are read from and written to the old key', () => {
    const store = memory({ 'metallic-rouge-act1:settings': '{"captions": false, "muted": "yes"}' });
    const settings = new SettingsStore(store);
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, captions: false });
    settings.update({ muted: true });
    expect(new SettingsStore(store).get()).toEqual({ ...DEFAULT_SETTINGS, captions: false, muted: true });
  });

  it('fall back to the defaults, with one warning, when the stored data is corrupt', () => {
    const warnings: string[] = [];
    const settings = new SettingsStore(memory({ 'metallic-rouge-act1:settings': '{not json' }), (m) => warnings.push(m));
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(warnings).toEqual(['settings: the saved settings could not be read; using the defaults']);
  });

  it('still apply for the visit when storage refuses to save', () => {
    const broken: KeyValueStore = { getItem: () => null, setItem: () => { throw new Error('quota'); } };
    const settings = new SettingsStore(broken);
    const seen: boolean[] = [];
    settings.subscribe((s) => seen.push(s.captions));
    settings.update({ captions: false });
    expect(settings.get().captions).toBe(false);
    expect(seen).toEqual([false]);
  });
});

describe('a setting changed just before the page goes away', () => {
  it('is there on the next visit even when its write to IndexedDB was cut off, and the copy goes once stored', async () => {
    const data = new Map<string, string>();
    const local: KeyValueStore = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
    const stored = memoryBackend();
    // The page's backend: its writes never finish (the page was closed while they ran).
    const cutOff = guard({ ...stored, set: () => new Promise<void>(() => undefined) });
    const before = await openSettings({ backend: cutOff, legacy: local });
    before.update({ muted: true });

    const after = await openSettings({ backend: guard(stored), legacy: local });
    expect(after.get().muted).toBe(true);
    await after.flush();
    expect(data.size).toBe(0);
    expect((await openSettings({ backend: guard(stored) })).get().muted).toBe(true);
  });
});
