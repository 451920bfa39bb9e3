import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsStore, type KeyValueStore } from '../../src/storage/settings.ts';

const memory = (initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } => {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
};

describe('reader settings', () => {
  it('start from the defaults (captions on, sound on) and remember changes across visits', () => {
    const store = memory();
    const first = new SettingsStore(store);
    expect(first.get()).toEqual(DEFAULT_SETTINGS);
    first.update({ muted: true });
    expect(new SettingsStore(store).get()).toEqual({ ...DEFAULT_SETTINGS, captions: true, muted: true });
  });

  it('fall back to the defaults, with one warning, when the stored data is corrupt', () => {
    const warnings: string[] = [];
    const settings = new SettingsStore(memory({ 'metallic-rouge-act1:settings': '{not json' }), (m) => warnings.push(m));
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(warnings).toEqual(['settings: the saved settings could not be read; using the defaults']);
  });

  it('keep valid fields and ignore wrong ones', () => {
    const settings = new SettingsStore(memory({ 'metallic-rouge-act1:settings': '{"captions": false, "muted": "yes"}' }));
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, captions: false, muted: false });
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
