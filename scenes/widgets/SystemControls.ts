/** The game's own toggles, top right: sound (M) and captions (C). Icons on the canvas, twins in the DOM layer. */
import type Phaser from 'phaser';
import type { AccessibleLayer } from '../../src/a11y/dom-layer.ts';
import type { AudioPort } from '../../src/audio/audio-port.ts';
import type { SettingsStore } from '../../src/storage/settings.ts';
import { CONTROL } from '../controls.ts';
import { IconButton } from './IconButton.ts';

/** What the toggles need. */
export interface SystemControlsDeps {
  readonly audio: AudioPort;
  readonly a11y: AccessibleLayer;
  readonly settings: SettingsStore;
}

/** Builds the toggles for a scene; call `destroy` on shutdown. */
export class SystemControls {
  private readonly mute: IconButton;
  private readonly captions: IconButton;
  private readonly unsubscribe: () => void;

  constructor(
    scene: Phaser.Scene,
    private readonly deps: SystemControlsDeps,
  ) {
    this.mute = new IconButton(scene, { x: 1840, y: 80, texture: 'ui-icon-sound-on', glyph: '♪', onActivate: () => this.toggleMute() });
    this.captions = new IconButton(scene, { x: 1740, y: 80, texture: '', glyph: 'CC', onActivate: () => this.toggleCaptions() });
    this.unsubscribe = deps.settings.subscribe(() => this.sync());
    this.sync();
  }

  /** Mutes or unmutes all sound. */
  toggleMute(): void {
    this.deps.settings.update({ muted: !this.deps.settings.get().muted });
  }

  /** Shows or hides sound captions on screen. */
  toggleCaptions(): void {
    this.deps.settings.update({ captions: !this.deps.settings.get().captions });
  }

  /** Handles M and C; returns true when the key was one of ours. */
  handleKey(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return false;
    if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return false;
    if (event.key === 'm' || event.key === 'M') this.toggleMute();
    else if (event.key === 'c' || event.key === 'C') this.toggleCaptions();
    else return false;
    return true;
  }

  /** Draws the focus ring for whichever twin has keyboard focus. */
  setFocus(id: string | null): void {
    this.mute.setFocused(id === CONTROL.mute);
    this.captions.setFocused(id === CONTROL.captions);
  }

  /** Stops listening to the settings. */
  destroy(): void {
    this.unsubscribe();
  }

  private sync(): void {
    const { muted, captions } = this.deps.settings.get();
    this.mute.setIcon(muted ? 'ui-icon-sound-off' : 'ui-icon-sound-on', muted ? '×' : '♪');
    this.captions.setDimmed(!captions);
    this.deps.a11y.setControls('system', [
      { id: CONTROL.mute, label: 'Mute sound', pressed: muted, shortcut: 'M', onActivate: () => this.toggleMute() },
      { id: CONTROL.captions, label: 'Show sound captions', pressed: captions, shortcut: 'C', onActivate: () => this.toggleCaptions() },
    ]);
  }
}
