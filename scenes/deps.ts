/** What the composition root hands the Phaser scenes: the story actor and the adapters, never globals. */
import type { Actor } from 'xstate';
import type { AccessibleLayer } from '../src/a11y/dom-layer.ts';
import type { ArtUrls } from '../src/assets/manifest.ts';
import type { AudioPort } from '../src/audio/audio-port.ts';
import type { StoryMachine } from '../src/machine/story-machine.ts';
import type { SettingsStore } from '../src/storage/settings.ts';

/** The scenes' dependencies. */
export interface GameDeps {
  readonly parent: HTMLElement;
  readonly actor: Actor<StoryMachine>;
  /** Starts the story from the beginning (the first time it starts the actor). */
  readonly startStory: () => void;
  readonly a11y: AccessibleLayer;
  readonly audio: AudioPort;
  readonly settings: SettingsStore;
  readonly art: ArtUrls;
  /** True (once) when the reader pressed Start before the title was drawn: go straight into the story. */
  readonly takeEarlyStart: () => boolean;
  /** Asset loading progress, 0–1, while the engine boots. */
  readonly onLoadProgress: (fraction: number) => void;
  /** The title is drawn and Start works. */
  readonly onReady: () => void;
  /** The reader asks for reduced motion (now: the system setting can change while reading): no typewriter, shakes or pulses. */
  readonly reducedMotion: () => boolean;
  /**
   * Canvas pixels per design unit (≤ 1): the canvas matches the screen's real pixels instead of
   * always drawing 1920×1080 and letting the browser shrink it, which costs small GPUs dearly.
   */
  readonly renderScale: number;
}

/** Picks the render scale for a viewport: its device pixels over the design size, from 0.5 to 1. */
export function renderScaleFor(width: number, height: number, devicePixelRatio: number): number {
  const fit = Math.min((width * devicePixelRatio) / WIDTH, (height * devicePixelRatio) / HEIGHT);
  return Math.min(1, Math.max(0.5, Math.ceil(fit * 20) / 20));
}

/** The design resolution: everything is laid out in these units and scaled to fit. */
export const WIDTH = 1920;
/** The design resolution's height. */
export const HEIGHT = 1080;

/** Fonts: the system's own, so nothing is downloaded before the first line. */
export const FONTS = {
  ui: '"Segoe UI", "Helvetica Neue", "Liberation Sans", Arial, sans-serif',
  text: '"Segoe UI", "Helvetica Neue", "Liberation Sans", Arial, sans-serif',
  display: '"Avenir Next Condensed", "Arial Narrow", "Liberation Sans Narrow", "Helvetica Neue", Arial, sans-serif',
} as const;

/** The palette of the art direction, as numbers for Phaser. */
export const COLORS = {
  night: 0x0b0710,
  panel: 0x120a16,
  crimson: 0xe0304a,
  gold: 0xe8b64c,
  cyan: 0x3fd0d4,
  text: 0xf3ecef,
  muted: 0xa89aa6,
} as const;
