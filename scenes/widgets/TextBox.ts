/** The dialogue box: name plate, typewriter text, a "dramatised" badge and a continue marker. */
import Phaser from 'phaser';
import { COLORS, FONTS } from '../deps.ts';

/** Where the box sits in design units. */
const BOX = { x: 80, y: 748, width: 1760, height: 300 } as const;
const TEXT_INSET = { x: 72, y: 58 } as const;

/** Options for the text box. */
export interface TextBoxOptions {
  /** Characters per second, asked at each new line; Infinity shows lines at once. */
  readonly charsPerSecond: () => number;
  /** No pulsing marker when the reader asked for reduced motion. */
  readonly reducedMotion: () => boolean;
  /** Called when a line has fully appeared. */
  readonly onComplete?: () => void;
  /** Called every few characters while typing (the text blip). */
  readonly onType?: () => void;
}

/** Draws one line at a time and types it out; `complete()` shows the rest at once. */
export class TextBox {
  private readonly panel: Phaser.GameObjects.GameObject & Phaser.GameObjects.Components.Visible;
  private readonly plate: Phaser.GameObjects.Container;
  private readonly plateLabel: Phaser.GameObjects.Text;
  private readonly plateBar: Phaser.GameObjects.Rectangle;
  private readonly body: Phaser.GameObjects.Text;
  private readonly badge: Phaser.GameObjects.Text;
  private readonly marker: Phaser.GameObjects.Text;
  private readonly ring: Phaser.GameObjects.Rectangle;
  private readonly pulse: Phaser.Tweens.Tween;
  private timer: Phaser.Time.TimerEvent | undefined;
  private full = '';
  private shown = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly options: TextBoxOptions,
  ) {
    this.panel = scene.textures.exists('ui-textbox')
      ? scene.add.image(BOX.x, BOX.y, 'ui-textbox').setOrigin(0).setDisplaySize(BOX.width, BOX.height)
      : scene.add.rectangle(BOX.x, BOX.y, BOX.width, BOX.height, COLORS.panel, 0.86).setOrigin(0).setStrokeStyle(2, COLORS.crimson, 0.8);
    this.plateBar = scene.add.rectangle(0, 0, 8, 56, COLORS.crimson).setOrigin(0, 0.5);
    this.plateLabel = scene.add.text(22, 0, '', { fontFamily: FONTS.display, fontSize: '36px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0, 0.5);
    const plateBg = scene.textures.exists('ui-nameplate')
      ? scene.add.image(-12, 0, 'ui-nameplate').setOrigin(0, 0.5).setDisplaySize(420, 72)
      : scene.add.rectangle(-12, 0, 420, 64, COLORS.night, 0.92).setOrigin(0, 0.5);
    this.plate = scene.add.container(BOX.x + 56, BOX.y - 4, [plateBg, this.plateBar, this.plateLabel]);
    this.body = scene.add.text(BOX.x + TEXT_INSET.x, BOX.y + TEXT_INSET.y, '', {
      fontFamily: FONTS.text,
      fontSize: '38px',
      color: '#f3ecef',
      lineSpacing: 12,
      wordWrap: { width: BOX.width - TEXT_INSET.x * 2, useAdvancedWrap: true },
    });
    this.badge = scene.add
      .text(BOX.x + BOX.width - 40, BOX.y + 22, 'DRAMATISED', { fontFamily: FONTS.ui, fontSize: '20px', color: '#e8b64c', letterSpacing: 3 })
      .setOrigin(1, 0)
      .setAlpha(0.9);
    this.marker = scene.add.text(BOX.x + BOX.width - 60, BOX.y + BOX.height - 52, '▼', { fontFamily: FONTS.ui, fontSize: '28px', color: '#e0304a' });
    this.pulse = scene.tweens.add({ targets: this.marker, alpha: 0.25, duration: 600, yoyo: true, repeat: -1 });
    this.ring = scene.add.rectangle(BOX.x + BOX.width / 2, BOX.y + BOX.height / 2, BOX.width + 16, BOX.height + 16).setStrokeStyle(4, COLORS.cyan, 1).setFillStyle(0, 0).setVisible(false);
    this.setDepth(100);
    this.ring.setDepth(101);
    this.hide();
  }

  /** Shows a new line and starts typing it. */
  show(line: { speaker?: { name: string; color: string }; text: string; dramatized: boolean }): void {
    this.setVisible(true);
    this.plate.setVisible(line.speaker !== undefined);
    if (line.speaker) {
      this.plateLabel.setText(line.speaker.name);
      this.plateBar.setFillStyle(Phaser.Display.Color.HexStringToColor(line.speaker.color).color);
    }
    this.body.setFontStyle(line.speaker ? 'normal' : 'italic');
    this.badge.setVisible(line.dramatized);
    this.full = line.text;
    this.shown = 0;
    this.stopTyping();
    const speed = this.options.charsPerSecond();
    if (this.options.reducedMotion()) this.pulse.pause().seek(0);
    else this.pulse.resume();
    if (!Number.isFinite(speed)) {
      this.complete();
      return;
    }
    this.body.setText('');
    this.marker.setVisible(false);
    this.timer = this.scene.time.addEvent({ delay: 1000 / speed, loop: true, callback: () => this.type() });
  }

  /** True while the line is still typing. */
  isTyping(): boolean {
    return this.timer !== undefined;
  }

  /** Shows the whole line at once. */
  complete(): void {
    this.stopTyping();
    this.shown = this.full.length;
    this.body.setText(this.full);
    this.marker.setVisible(true);
    this.options.onComplete?.();
  }

  /** Hides the box (title cards, the end, a beat that opens on a choice). */
  hide(): void {
    this.stopTyping();
    this.setVisible(false);
  }

  /** Outlines the box while its DOM twin, Continue, has keyboard focus. */
  setFocused(focused: boolean): void {
    this.ring.setVisible(focused && this.panel.visible);
  }

  private stopTyping(): void {
    this.timer?.remove(false);
    this.timer = undefined;
  }

  private type(): void {
    this.shown += 1;
    // Skip ahead over spaces so words appear at a steady pace.
    while (this.full[this.shown] === ' ') this.shown += 1;
    this.body.setText(this.full.slice(0, this.shown));
    if (this.shown % 3 === 0) this.options.onType?.();
    if (this.shown >= this.full.length) this.complete();
  }

  private setVisible(visible: boolean): void {
    for (const item of [this.panel, this.plate, this.body, this.badge, this.marker]) item.setVisible(visible);
  }

  private setDepth(depth: number): void {
    for (const item of [this.panel, this.plate, this.body, this.badge, this.marker] as unknown as Phaser.GameObjects.Components.Depth[]) item.setDepth(depth);
  }
}
