/** The stage: the background and the characters, reconciled with the frame the feed gives. */
import type Phaser from 'phaser';
import type { ArtUrls } from '../../src/assets/manifest.ts';
import type { UpcomingArt } from '../../src/machine/prefetch.ts';
import type { StageFigure, StageFrame } from '../../src/machine/selectors.ts';
import type { BgTransition } from '../../src/story/types.ts';
import { COLORS, HEIGHT, WIDTH } from '../deps.ts';
import type { ArtLoader, TextureRequest } from './textures.ts';

/** Where each stage position stands, in design units. */
const SPOT_X = { 'far-left': 300, left: 620, center: 960, right: 1300, 'far-right': 1620 } as const;
/** Sprites are rasterised at this size (the art's 800×1400 viewBox, scaled). */
export const SPRITE_SIZE = { width: 640, height: 1120 } as const;
const SPRITE_BOTTOM = HEIGHT + 140;

/** Texture keys for art: one namespace per kind. */
export const textureKey = {
  bg: (key: string) => `bg:${key}`,
  sprite: (key: string) => `sprite:${key}`,
} as const;

/** What to load for a frame: its background and every figure's image. */
export function frameRequests(art: ArtUrls, frame: StageFrame): TextureRequest[] {
  const requests: TextureRequest[] = [];
  if (frame.bg) requests.push(bgRequest(art, frame.bg));
  for (const figure of frame.figures) if (figure.image) requests.push(spriteRequest(art, figure.image));
  return requests;
}

/** A background's load request. */
export function bgRequest(art: ArtUrls, key: string): TextureRequest {
  return { key: textureKey.bg(key), url: art.backgrounds[key], width: WIDTH, height: HEIGHT };
}

/** Load requests for the art the script uses next (see src/machine/prefetch.ts). */
export function upcomingRequests(art: ArtUrls, upcoming: UpcomingArt): TextureRequest[] {
  return [...upcoming.backgrounds.map((k) => bgRequest(art, k)), ...upcoming.sprites.map((k) => spriteRequest(art, k))];
}

/** A character image's load request. */
export function spriteRequest(art: ArtUrls, key: string): TextureRequest {
  return { key: textureKey.sprite(key), url: art.sprites[key], ...SPRITE_SIZE };
}

/** Draws the background and characters; changes are animated unless motion is reduced. */
export class StageView {
  private bg: Phaser.GameObjects.Image | undefined;
  private bgKey: string | null = null;
  private readonly fallback: Phaser.GameObjects.Rectangle;
  private readonly actors = new Map<string, { image: Phaser.GameObjects.Image; state: StageFigure }>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly loader: ArtLoader,
    private readonly reducedMotion: () => boolean,
  ) {
    this.fallback = scene.add.rectangle(0, 0, WIDTH, HEIGHT, COLORS.night).setOrigin(0).setDepth(0);
  }

  /** Shows a frame; its `transition` says how a new background arrives. */
  render(frame: StageFrame): void {
    if (frame.bg !== this.bgKey) this.setBackground(frame.bg, frame.transition);
    const wanted = new Set(frame.figures.map((c) => c.id));
    for (const [id, actor] of this.actors) {
      if (!wanted.has(id)) this.remove(id, actor.image);
    }
    for (const figure of frame.figures) this.place(figure);
  }

  private setBackground(key: string | null, transition: BgTransition): void {
    this.bgKey = key;
    const old = this.bg;
    this.bg = undefined;
    const duration = this.reducedMotion() || transition === 'cut' ? 0 : transition === 'dissolve' ? 900 : 500;
    const fadeOut = (image: Phaser.GameObjects.Image | undefined): void => {
      if (!image) return;
      if (duration === 0) image.destroy();
      else this.scene.tweens.add({ targets: image, alpha: 0, duration, onComplete: () => image.destroy() });
    };
    if (!key || !this.loader.has(textureKey.bg(key))) {
      this.fallback.setVisible(true);
      fadeOut(old);
      return; // no background, or missing art: the night-coloured fallback shows
    }
    const texture = textureKey.bg(key);
    const image = this.scene.add.image(0, 0, texture).setOrigin(0).setDisplaySize(WIDTH, HEIGHT).setDepth(1);
    if (old) old.setDepth(2);
    this.bg = image;
    // The night-coloured fallback only shows when there is no art: drawing it under a full-screen
    // background would cost a whole screen of fill every frame.
    this.fallback.setVisible(false);
    if (transition === 'flash' && !this.reducedMotion()) this.scene.cameras.main.flash(250, 255, 255, 255);
    fadeOut(old);
  }

  private place(character: StageFigure): void {
    const texture = character.image ? textureKey.sprite(character.image) : undefined;
    const existing = this.actors.get(character.id);
    const x = SPOT_X[character.position];
    if (!texture || !this.loader.has(texture)) {
      if (existing) this.remove(character.id, existing.image);
      return;
    }
    if (existing) {
      if (existing.image.texture.key !== texture) this.dissolve(existing, texture);
      if (existing.state.position !== character.position) {
        if (this.reducedMotion()) existing.image.setX(x);
        else this.scene.tweens.add({ targets: existing.image, x, duration: 350, ease: 'Sine.easeInOut' });
      }
      existing.state = character;
      return;
    }
    const image = this.scene.add.image(x, SPRITE_BOTTOM, texture).setOrigin(0.5, 1).setDisplaySize(SPRITE_SIZE.width, SPRITE_SIZE.height).setDepth(10);
    if (!this.reducedMotion()) {
      image.setAlpha(0).setY(SPRITE_BOTTOM + 24);
      this.scene.tweens.add({ targets: image, alpha: 1, y: SPRITE_BOTTOM, duration: 350, ease: 'Sine.easeOut' });
    }
    this.actors.set(character.id, { image, state: character });
  }

  /** A change of expression: the new face dissolves in over the old one (at once under reduced motion). */
  private dissolve(actor: { image: Phaser.GameObjects.Image }, texture: string): void {
    const old = actor.image;
    if (this.reducedMotion()) {
      old.setTexture(texture);
      return;
    }
    this.scene.tweens.killTweensOf(old);
    const image = this.scene.add.image(old.x, old.y, texture).setOrigin(0.5, 1).setDisplaySize(SPRITE_SIZE.width, SPRITE_SIZE.height).setDepth(11).setAlpha(0);
    actor.image = image;
    this.scene.tweens.add({
      targets: image,
      alpha: old.alpha,
      duration: 220,
      onComplete: () => {
        old.destroy();
        image.setDepth(10);
      },
    });
  }

  private remove(id: string, image: Phaser.GameObjects.Image): void {
    this.actors.delete(id);
    if (this.reducedMotion()) image.destroy();
    else this.scene.tweens.add({ targets: image, alpha: 0, duration: 250, onComplete: () => image.destroy() });
  }
}
