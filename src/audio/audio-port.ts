/** The audio port: what the story needs from sound, whatever plays it (Howler in the browser, silence in tests). */

/** The mixer's channels, each with its own volume. */
export const AUDIO_CHANNELS = ['music', 'ambience', 'sfx', 'ui'] as const;
/** A mixer channel. */
export type AudioChannel = (typeof AUDIO_CHANNELS)[number];

/** Asset key → candidate URLs (first playable wins: Opus/WebM, then MP3), by kind. */
export interface AudioSources {
  readonly music: Readonly<Record<string, readonly string[]>>;
  readonly ambience: Readonly<Record<string, readonly string[]>>;
  readonly sfx: Readonly<Record<string, readonly string[]>>;
}

/** Whether sound can play yet: browsers block audio until the first gesture. */
export type AudioState = 'locked' | 'running' | 'muted';

/** What the story and the views ask of audio. */
export interface AudioPort {
  /** Crossfades to a music loop, or fades music out with null. */
  playMusic(key: string | null, fadeMs?: number): void;
  /** Crossfades to an ambience loop, or fades it out with null. */
  playAmbience(key: string | null, fadeMs?: number): void;
  /** Plays a one-shot effect on the sfx or ui channel. */
  playSfx(key: string, channel?: 'sfx' | 'ui'): void;
  /** Sets a channel's volume, 0–1. */
  setVolume(channel: AudioChannel | 'master', volume: number): void;
  setMuted(muted: boolean): void;
  isMuted(): boolean;
  /** Called from a user gesture: lets the browser start audio. */
  unlock(): void;
  state(): AudioState;
  /** Listens for state changes; returns an unsubscribe. */
  onStateChange(listener: (state: AudioState) => void): () => void;
  /** Pauses everything (tab hidden) or resumes it. */
  setSuspended(suspended: boolean): void;
}

/** An audio port that plays nothing but remembers what it was asked, for tests and no-audio devices. */
export class SilentAudio implements AudioPort {
  music: string | null = null;
  ambience: string | null = null;
  readonly effects: string[] = [];
  readonly volumes: Record<AudioChannel | 'master', number> = { master: 1, music: 1, ambience: 1, sfx: 1, ui: 1 };
  private muted = false;
  private unlocked = false;
  private readonly listeners = new Set<(state: AudioState) => void>();

  playMusic(key: string | null): void {
    this.music = key;
  }
  playAmbience(key: string | null): void {
    this.ambience = key;
  }
  playSfx(key: string): void {
    this.effects.push(key);
  }
  setVolume(channel: AudioChannel | 'master', volume: number): void {
    this.volumes[channel] = volume;
  }
  setMuted(muted: boolean): void {
    this.muted = muted;
    this.notify();
  }
  isMuted(): boolean {
    return this.muted;
  }
  unlock(): void {
    this.unlocked = true;
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
  setSuspended(): void {}
  private notify(): void {
    for (const listener of this.listeners) listener(this.state());
  }
}
