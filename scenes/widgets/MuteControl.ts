/** The mute toggle: an icon on the canvas, a DOM twin in the accessible layer, and the M key. */
import type Phaser from 'phaser';
import type { AccessibleLayer } from '../../src/a11y/dom-layer.ts';
import type { AudioPort } from '../../src/audio/audio-port.ts';
import { IconButton } from './IconButton.ts';

/** Builds the mute toggle for a scene; call `destroy` on shutdown. */
export class MuteControl {
  private readonly button: IconButton;
  private readonly unsubscribe: () => void;

  constructor(
    scene: Phaser.Scene,
    private readonly audio: AudioPort,
    private readonly a11y: AccessibleLayer,
  ) {
    this.button = new IconButton(scene, { x: 1840, y: 80, texture: 'ui-icon-sound-on', glyph: '♪', onActivate: () => this.toggle() });
    this.unsubscribe = audio.onStateChange(() => this.sync());
    this.sync();
  }

  /** Mutes or unmutes. */
  toggle(): void {
    this.audio.setMuted(!this.audio.isMuted());
  }

  /** Draws the focus ring when the DOM twin is focused. */
  setFocus(id: string | null): void {
    this.button.setFocused(id === 'mute');
  }

  /** Stops listening to the audio state. */
  destroy(): void {
    this.unsubscribe();
  }

  private sync(): void {
    const muted = this.audio.isMuted();
    this.button.setIcon(muted ? 'ui-icon-sound-off' : 'ui-icon-sound-on', muted ? '×' : '♪');
    this.a11y.setControls('system', [{ id: 'mute', label: 'Mute sound', pressed: muted, shortcut: 'M', onActivate: () => this.toggle() }]);
  }
}
