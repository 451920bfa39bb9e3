/** Sound captions on screen ("[gunshot]"), top centre, each fading after a moment. */
import type Phaser from 'phaser';
import { FONTS, WIDTH } from '../deps.ts';

/** Shows one caption at a time; a new one replaces the last. */
export class CaptionStrip {
  private readonly text: Phaser.GameObjects.Text;

  constructor(private readonly scene: Phaser.Scene) {
    this.text = scene.add
      .text(WIDTH / 2, 150, '', { fontFamily: FONTS.ui, fontSize: '32px', color: '#ffffff', backgroundColor: '#000000b3', padding: { x: 20, y: 10 } })
      .setOrigin(0.5)
      .setDepth(350)
      .setAlpha(0);
  }

  /** Shows a caption for about three seconds. */
  show(caption: string): void {
    this.scene.tweens.killTweensOf(this.text);
    this.text.setText(caption).setAlpha(1);
    this.scene.tweens.add({ targets: this.text, alpha: 0, delay: 2600, duration: 500 });
  }

  /** Hides the caption at once (captions turned off). */
  clear(): void {
    this.scene.tweens.killTweensOf(this.text);
    this.text.setAlpha(0);
  }
}
