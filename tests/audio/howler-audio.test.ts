// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A stand-in for Howler with its fades as Howler does them: a fade ends (and says 'fade') after its
 * time only when there is something to fade; from a volume to the same volume it never ends.
 */
const sounds: FakeHowl[] = [];
class FakeHowl {
  readonly playing = new Set<number>();
  // Howler numbers its sounds from 1000: volume(n) is a sound's volume when n is one of its ids.
  private nextId = 1000;
  private readonly volumes = new Map<number, number>();
  private readonly onFade = new Map<number, (() => void)[]>();
  constructor(readonly options: { src: string[] }) {
    sounds.push(this);
  }
  play(id?: number): number {
    const played = id ?? this.nextId++;
    this.playing.add(played);
    if (!this.volumes.has(played)) this.volumes.set(played, 1);
    return played;
  }
  stop(id: number): void {
    this.endFade(id);
    this.playing.delete(id);
  }
  pause(): void {}
  unload(): void {}
  volume(...args: number[]): number | this {
    if (args.length === 1 && this.volumes.has(args[0]!)) return this.volumes.get(args[0]!)!;
    const [volume, id] = args;
    if (id !== undefined) this.volumes.set(id, volume!);
    return this;
  }
  private readonly fades = new Map<number, ReturnType<typeof setTimeout>>();
  fade(from: number, to: number, ms: number, id: number): void {
    this.endFade(id); // a new fade ends the one running (and says so, as Howler does)
    this.volumes.set(id, from);
    if (from === to) {
      this.fades.set(id, setTimeout(() => undefined, 1e9)); // Howler: it never ends by itself
      return;
    }
    this.fades.set(id, setTimeout(() => {
      this.volumes.set(id, to);
      this.endFade(id);
    }, ms));
  }
  private endFade(id: number): void {
    const running = this.fades.get(id);
    if (running === undefined) return;
    clearTimeout(running);
    this.fades.delete(id);
    const listeners = this.onFade.get(id) ?? [];
    this.onFade.delete(id);
    for (const listener of listeners) listener();
  }
  once(event: string, listener: () => void, id: number): void {
    if (event === 'fade') this.onFade.set(id, [...(this.onFade.get(id) ?? []), listener]);
  }
}
/** Howler's global as far as the director uses it: muting makes the audio context the first time, as Howler's does. */
const fakeHowler = {
  autoUnlock: false,
  muted: false,
  ctx: undefined as { state: 'running' | 'suspended'; resume(): Promise<void>; suspend(): Promise<void> } | undefined,
  mute(muted: boolean): void {
    fakeHowler.ctx ??= {
      state: 'running',
      resume: async () => void (fakeHowler.ctx!.state = 'running'),
      suspend: async () => void (fakeHowler.ctx!.state = 'suspended'),
    };
    fakeHowler.muted = muted;
  },
  volume: () => undefined,
};
vi.mock('howler', () => ({ Howl: FakeHowl, Howler: fakeHowler }));

const { HowlerAudio } = await import('../../src/audio/howler-audio.ts');
const SOURCES = { music: { title: ['title.webm'], fight: ['fight.webm'], ending: ['ending.webm'] }, ambience: {}, sfx: {} };
const playingLoops = (): number => sounds.reduce((n, howl) => n + howl.playing.size, 0);

describe('music loops on Howler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    sounds.length = 0;
    fakeHowler.ctx = undefined;
    fakeHowler.muted = false;
  });

  it('stops a loop cut off while it was still silent, fading in (fast reading): only the newest keeps playing', () => {
    const audio = new HowlerAudio(SOURCES);
    audio.unlock();
    audio.playMusic('title');
    // The next scene's music before the first had faded in past silence, and the next.
    audio.playMusic('fight');
    audio.playMusic('ending');
    vi.advanceTimersByTime(5_000);
    expect(playingLoops()).toBe(1);
    expect(sounds.find((howl) => howl.playing.size > 0)!.options.src).toEqual(['ending.webm']);
  });

  it('stops a loop once it has faded out, and none at all while the sound is off', () => {
    const audio = new HowlerAudio(SOURCES);
    audio.unlock();
    audio.playMusic('title');
    vi.advanceTimersByTime(5_000);
    audio.playMusic('fight');
    expect(playingLoops()).toBe(2); // crossfading
    vi.advanceTimersByTime(5_000);
    expect(playingLoops()).toBe(1);
    audio.setMuted(true);
    expect(playingLoops()).toBe(0);
    audio.playMusic('ending');
    expect(sounds.some((howl) => howl.options.src[0] === 'ending.webm')).toBe(false); // nothing even loaded
    audio.setMuted(false);
    expect(playingLoops()).toBe(1);
  });

  it('lets the audio context sleep while the sound is off, and wakes it when the sound comes back', async () => {
    const audio = new HowlerAudio(SOURCES);
    audio.unlock();
    audio.playMusic('title');
    expect(fakeHowler.ctx?.state).toBe('running');
    audio.setMuted(true);
    await Promise.resolve();
    expect(fakeHowler.muted).toBe(true);
    expect(fakeHowler.ctx?.state).toBe('suspended');
    // The tab comes back while the sound is off: the context keeps sleeping.
    audio.setSuspended(true);
    audio.setSuspended(false);
    await Promise.resolve();
    expect(fakeHowler.ctx?.state).toBe('suspended');
    audio.setMuted(false);
    await Promise.resolve();
    expect(fakeHowler.muted).toBe(false);
    expect(fakeHowler.ctx?.state).toBe('running');
    expect(playingLoops()).toBe(1);
  });

  it('makes no audio context at all for a reader who starts with the sound off, until they turn it on', async () => {
    const audio = new HowlerAudio(SOURCES);
    audio.setMuted(true);
    audio.unlock();
    audio.playMusic('title');
    expect(fakeHowler.ctx).toBeUndefined();
    expect(sounds).toHaveLength(0);
    audio.setMuted(false);
    await Promise.resolve();
    expect(fakeHowler.ctx?.state).toBe('running');
    expect(playingLoops()).toBe(1);
  });

  it('turning the sound on while the tab is hidden waits for the tab to come back', async () => {
    const audio = new HowlerAudio(SOURCES);
    audio.unlock();
    audio.setMuted(true);
    audio.setSuspended(true);
    audio.setMuted(false);
    await Promise.resolve();
    expect(fakeHowler.ctx?.state).toBe('suspended');
    audio.setSuspended(false);
    await Promise.resolve();
    expect(fakeHowler.ctx?.state).toBe('running');
  });
});
