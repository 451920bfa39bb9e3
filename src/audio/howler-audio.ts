/** The audio director on Howler: channels with volumes, crossfaded loops, one-shots, autoplay unlock, tab pause. */
import { Howl, Howler } from 'howler';
import type { AudioChannel, AudioPort, AudioSources, AudioState } from './audio-port.ts';


type LoopChannel = 'music' | 'ambience';
const LOOP_CHANNELS: readonly LoopChannel[] = ['music', 'ambience'];
const DEFAULT_FADE_MS = 1200;
/** Below this volume there is nothing to fade. */
const AUDIBLE = 0.01;

/** Plays the story's sound through Howler (Web Audio). Missing or broken files are logged once and skipped. */
export class HowlerAudio implements AudioPort {
  private readonly howls = new Map<string, Howl>();
  private readonly broken = new Set<string>();
  private readonly current: Record<LoopChannel, { key: string; howl: Howl; id: number } | null> = { music: null, ambience: null };
  private readonly wanted: Record<LoopChannel, string | null> = { music: null, ambience: null };
  private readonly volumes: Record<AudioChannel, number> = { music: 0.7, ambience: 0.5, sfx: 0.8, ui: 0.5 };
  private readonly listeners = new Set<(state: AudioState) => void>();
  /** Loops fading out after a crossfade: stopped at once if the tab is hidden meanwhile. */
  private readonly fading = new Set<{ howl: Howl; id: number }>();
  private muted = false;
  private unlocked = false;
  private suspended = false;

  constructor(
    private readonly sources: AudioSources,
    private readonly warn: (message: string) => void = (message) => console.warn(message),
  ) {
    Howler.autoUnlock = true;
  }

  playMusic(key: string | null, fadeMs = DEFAULT_FADE_MS): void {
    this.playLoop('music', key, fadeMs);
  }

  playAmbience(key: string | null, fadeMs = DEFAULT_FADE_MS): void {
    this.playLoop('ambience', key, fadeMs);
  }

  playSfx(key: string, channel: 'sfx' | 'ui' = 'sfx'): void {
    if (!this.unlocked || this.suspended || this.muted) return;
    const howl = this.howl('sfx', key, false);
    if (!howl) return;
    howl.volume(this.volumes[channel]);
    howl.play();
  }

  setVolume(channel: AudioChannel | 'master', volume: number): void {
    const v = Math.min(1, Math.max(0, volume));
    if (channel === 'master') {
      Howler.volume(v);
      return;
    }
    this.volumes[channel] = v;
    if (channel === 'music' || channel === 'ambience') {
      const playing = this.current[channel];
      playing?.howl.volume(v, playing.id);
    }
  }

  setMuted(muted: boolean): void {
    const changed = this.muted !== muted;
    this.muted = muted;
    // Before the first gesture there is nothing to mute, and Howler.mute would create the audio
    // context (a long task on a slow phone) at startup: the setting is applied on unlock.
    if (this.unlocked && changed) {
      // Muted, nothing is fetched, decoded or played, and the audio context sleeps (a reader with the
      // sound off saves the data and the battery: a running context keeps the audio thread busy);
      // the loops start again, where the story is by then, when the sound comes back.
      if (muted) {
        this.stopFading();
        for (const channel of LOOP_CHANNELS) this.stopLoop(channel);
        this.sleepContext();
      } else {
        this.wakeContext();
        for (const channel of LOOP_CHANNELS) this.playLoop(channel, this.wanted[channel], DEFAULT_FADE_MS, true);
      }
    }
    this.notify();
  }

  isMuted(): boolean {
    return this.muted;
  }

  unlock(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    // A reader who starts with the sound off gets no audio context at all until they turn it on.
    if (!this.muted) this.wakeContext();
    for (const channel of LOOP_CHANNELS) this.playLoop(channel, this.wanted[channel], 600, true);
    this.notify();
  }

  state(): AudioState {
    if (this.muted) return 'muted';
    return this.unlocked ? 'running' : 'locked';
  }

  onStateChange(listener: (state: AudioState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setSuspended(suspended: boolean): void {
    if (this.suspended === suspended) return;
    this.suspended = suspended;
    if (suspended) this.stopFading();
    for (const playing of Object.values(this.current)) {
      if (!playing) continue;
      if (suspended) playing.howl.pause(playing.id);
      else playing.howl.play(playing.id);
    }
    // Silence anything still sounding (a one-shot effect) until the reader is back.
    if (suspended) void Howler.ctx?.suspend?.();
    else if (this.unlocked && !this.muted) void Howler.ctx?.resume?.();
  }

  /** Sound on: Howler unmuted (which makes the audio context the first time) and its context running, unless the tab is hidden. */
  private wakeContext(): void {
    Howler.mute(false);
    if (!this.suspended) void Howler.ctx?.resume?.();
  }

  /** Sound off: Howler muted and its context asleep (a context that exists; none is made for this). */
  private sleepContext(): void {
    if (!Howler.ctx) return;
    Howler.mute(true);
    void Howler.ctx.suspend?.();
  }

  /** Stops the loops still fading out, at once (nobody is to hear the rest of the fade). */
  private stopFading(): void {
    for (const f of this.fading) f.howl.stop(f.id);
    this.fading.clear();
  }

  /** Stops a channel's loop at once. */
  private stopLoop(channel: LoopChannel): void {
    const playing = this.current[channel];
    playing?.howl.stop(playing.id);
    this.current[channel] = null;
  }

  private playLoop(channel: LoopChannel, key: string | null, fadeMs: number, force = false): void {
    if (!force && this.wanted[channel] === key) return;
    this.wanted[channel] = key;
    if (!this.unlocked || this.muted) return;
    const previous = this.current[channel];
    if (previous && previous.key === key) return;
    if (previous) {
      const fading = { howl: previous.howl, id: previous.id };
      this.fading.add(fading);
      // Our own timer ends the fade-out, not Howler's 'fade' event: Howler never ends a fade with
      // nothing to fade (a loop cut off while it was still fading in from silence, as fast reading
      // does), so the loop went on playing, silent, for good: a read-through of Act 1 left dozens.
      const from = previous.howl.volume(previous.id) as number;
      if (from > AUDIBLE) previous.howl.fade(from, 0, fadeMs, previous.id);
      window.setTimeout(() => {
        if (this.fading.delete(fading)) previous.howl.stop(previous.id);
      }, from > AUDIBLE ? fadeMs : 0);
    }
    this.current[channel] = null;
    if (key === null) return;
    const howl = this.howl(channel, key, true);
    if (!howl) return;
    const id = howl.play();
    howl.volume(0, id);
    if (this.volumes[channel] > AUDIBLE) howl.fade(0, this.volumes[channel], fadeMs, id); // (from 0 to 0 would never end)
    if (this.suspended) howl.pause(id);
    this.current[channel] = { key, howl, id };
  }

  private howl(kind: keyof AudioSources, key: string, loop: boolean): Howl | undefined {
    const id = `${kind}:${key}`;
    if (this.broken.has(id)) return undefined;
    const existing = this.howls.get(id);
    if (existing) return existing;
    const src = this.sources[kind][key];
    if (!src || src.length === 0) {
      this.fail(id, 'no file');
      return undefined;
    }
    const howl = new Howl({
      src: [...src],
      loop,
      preload: true,
      onloaderror: (_id, error) => this.fail(id, String(error)),
      onplayerror: (_id, error) => this.fail(id, String(error)),
    });
    this.howls.set(id, howl);
    return howl;
  }

  private fail(id: string, reason: string): void {
    if (this.broken.has(id)) return;
    this.broken.add(id);
    this.howls.get(id)?.unload();
    this.howls.delete(id);
    this.warn(`audio: ${id} cannot play (${reason}); the story goes on without it`);
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.state());
  }
}
