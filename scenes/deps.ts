/** What the composition root hands the Phaser stage: the screens it follows and the art, never globals. */
import type { ArtUrls } from '../src/assets/manifest.ts';
import type { ScreenHost } from '../src/ui/screen.ts';

/** The stage's dependencies. */
export interface GameDeps {
  readonly parent: HTMLElement;
  /** The screens: the stage draws the feed of the current one (the title draws its own picture in HTML). */
  readonly screens: Pick<ScreenHost, 'screen' | 'subscribe'>;
  readonly art: ArtUrls;
  /** Reduced motion, now (it can change while reading): no shakes, flashes, glitches or slides. */
  readonly reducedMotion: () => boolean;
  /**
   * Canvas pixels per design unit (≤ 1): the canvas matches the screen's real pixels instead of
   * always drawing 1920×1080 and letting the browser shrink it, which costs small GPUs dearly.
   */
  readonly renderScale: number;
  /** The stage has drawn its first picture. */
  readonly onReady: () => void;
  /** A small picture of the stage (a data URL) after it changes, for save slots. */
  readonly onThumbnail?: (dataUrl: string) => void;
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

/** The palette of the art direction, as numbers for Phaser. */
export const COLORS = {
  night: 0x0b0710,
} as const;
