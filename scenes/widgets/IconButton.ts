/** A small icon button on the canvas (mute, back), with a focus ring for its DOM twin. */
import Phaser from 'phaser';
import { COLORS, FONTS } from '../deps.ts';

/** Where the icon sits, what it shows and does. */
export interface IconButtonOptions {
  readonly x: number;
  readonly y: number;
  /** Texture key of the icon, or a text glyph when the texture is missing. */
  readonly texture: string;
  readonly glyph: string;
  readonly onActivate: () => void;
}

/** A 72×72 round button. */
export class IconButton {
  private readonly container: Phaser.GameObjects.Container;
  private readonly ring: Phaser.GameObjects.Arc;
  private icon: Phaser.GameObjects.Image | Phaser.GameObjects.Text;

  constructor(
    private readonly scene: Phaser.Scene,
    options: IconButtonOptions,
  ) {
    const disc = scene.add.circle(0, 0, 36, COLORS.night, 0.6).setStrokeStyle(2, COLORS.crimson, 0.8);
    this.ring = scene.add.circle(0, 0, 44).setStrokeStyle(4, COLORS.cyan, 1).setVisible(false);
    this.icon = this.makeIcon(options.texture, options.glyph);
    this.container = scene.add.container(options.x, options.y, [disc, this.icon, this.ring]).setSize(80, 80).setDepth(300);
    this.container.setInteractive({ useHandCursor: true });
    this.container.on('pointerup', (_p: Phaser.Input.Pointer, _x: number, _y: number, event: Phaser.Types.Input.EventData) => {
      event.stopPropagation();
      options.onActivate();
    });
    this.container.on('pointerdown', (_p: Phaser.Input.Pointer, _x: number, _y: number, event: Phaser.Types.Input.EventData) => event.stopPropagation());
  }

  /** Swaps the icon (sound on/off). */
  setIcon(texture: string, glyph: string): void {
    this.icon.destroy();
    this.icon = this.makeIcon(texture, glyph);
    this.container.addAt(this.icon, 1);
  }

  /** Shows or hides the button (Back only exists when there is something to go back to). */
  setVisible(visible: boolean): void {
    this.container.setVisible(visible);
    if (visible) this.container.setInteractive();
    else this.container.disableInteractive();
  }

  /** Greys the icon out (a toggle that is off). */
  setDimmed(dimmed: boolean): void {
    this.icon.setAlpha(dimmed ? 0.35 : 1);
  }

  /** Shows the focus ring while the DOM twin has focus. */
  setFocused(focused: boolean): void {
    this.ring.setVisible(focused);
  }

  private makeIcon(texture: string, glyph: string): Phaser.GameObjects.Image | Phaser.GameObjects.Text {
    if (texture && this.scene.textures.exists(texture)) return this.scene.add.image(0, 0, texture).setDisplaySize(44, 44);
    return this.scene.add.text(0, 0, glyph, { fontFamily: FONTS.ui, fontSize: glyph.length > 1 ? '24px' : '34px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
  }
}
