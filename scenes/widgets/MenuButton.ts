/** A canvas button whose DOM twin lives in the accessible layer; both do the same thing. */
import Phaser from 'phaser';
import { COLORS, FONTS } from '../deps.ts';

/** How a menu button looks and what it does. */
export interface MenuButtonOptions {
  readonly x: number;
  readonly y: number;
  readonly label: string;
  readonly width?: number;
  readonly height?: number;
  readonly fontSize?: number;
  /** Texture keys for the idle and hovered skin (drawn shapes stand in when missing). */
  readonly skin?: { readonly idle: string; readonly hover: string };
  readonly onActivate: () => void;
}

/** A clickable, hoverable, focus-ringed button drawn on the canvas. */
export class MenuButton {
  readonly container: Phaser.GameObjects.Container;
  private readonly idle: Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Visible;
  private readonly hover: Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Visible;
  private readonly ring: Phaser.GameObjects.Rectangle;
  private readonly text: Phaser.GameObjects.Text;
  private hovered = false;
  private focused = false;

  constructor(scene: Phaser.Scene, options: MenuButtonOptions) {
    const width = options.width ?? 520;
    const height = options.height ?? 88;
    const skin = options.skin;
    const image = (key: string | undefined, fallback: () => Phaser.GameObjects.Rectangle) =>
      key && scene.textures.exists(key) ? scene.add.image(0, 0, key).setDisplaySize(width, height) : fallback();
    this.idle = image(skin?.idle, () => scene.add.rectangle(0, 0, width, height, COLORS.night, 0.75).setStrokeStyle(2, COLORS.crimson, 0.7));
    this.hover = image(skin?.hover, () => scene.add.rectangle(0, 0, width, height, COLORS.crimson, 0.35).setStrokeStyle(3, COLORS.crimson, 1));
    this.ring = scene.add.rectangle(0, 0, width + 14, height + 14).setStrokeStyle(4, COLORS.cyan, 1).setFillStyle(0, 0);
    this.text = scene.add
      .text(0, 0, options.label, { fontFamily: FONTS.ui, fontSize: `${options.fontSize ?? 36}px`, color: '#ffffff', align: 'center', wordWrap: { width: width - 60, useAdvancedWrap: true } })
      .setOrigin(0.5);
    this.container = scene.add.container(options.x, options.y, [this.idle, this.hover, this.ring, this.text]).setSize(width, height);
    this.container.setInteractive({ useHandCursor: true });
    this.container.on('pointerover', () => this.setHovered(true));
    this.container.on('pointerout', () => this.setHovered(false));
    this.container.on('pointerup', (_p: Phaser.Input.Pointer, _x: number, _y: number, event: Phaser.Types.Input.EventData) => {
      event.stopPropagation();
      options.onActivate();
    });
    this.render();
  }

  /** Draws the focus ring while the DOM twin has keyboard focus. */
  setFocused(focused: boolean): void {
    this.focused = focused;
    this.render();
  }

  /** Removes the button. */
  destroy(): void {
    this.container.destroy();
  }

  private setHovered(hovered: boolean): void {
    this.hovered = hovered;
    this.render();
  }

  private render(): void {
    const lit = this.hovered || this.focused;
    this.idle.setVisible(!lit);
    this.hover.setVisible(lit);
    this.ring.setVisible(this.focused);
  }
}
