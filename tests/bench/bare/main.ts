/** The bench's baseline: a bare Phaser 4 page, built the same way, drawing a title frame. Marks `bare:title` at its first frame. */
import Phaser from 'phaser';

class Title extends Phaser.Scene {
  create(): void {
    this.add.rectangle(0, 0, 1280, 720, 0x1a0b14).setOrigin(0);
    this.add.text(640, 300, 'METALLIC ROUGE', { fontFamily: 'Arial', fontSize: '96px', color: '#ffffff' }).setOrigin(0.5);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('bare:title'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: 1280,
  height: 720,
  backgroundColor: '#0b0710',
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  audio: { noAudio: true },
  scene: [Title],
});
