/** The game's own toggles, on every screen: sound (M) and sound captions (C). Real buttons, remembered settings. */
import type { SettingsStore } from '../storage/settings.ts';
import { button, h, isTypingInto, updateButton, type ButtonSpec } from './dom.ts';
import { CONTROL } from './controls.ts';

/** Mute and captions as icon buttons in a group; `handleKey` gives them their shortcuts. */
export class SystemToggles {
  readonly el: HTMLElement;
  private readonly mute: HTMLButtonElement;
  private readonly captions: HTMLButtonElement;
  private readonly unsubscribe: () => void;

  constructor(
    doc: Document,
    private readonly settings: SettingsStore,
  ) {
    this.mute = button(doc, this.muteSpec());
    this.captions = button(doc, this.captionsSpec());
    this.el = h(doc, 'div', { className: 'system-toggles', attrs: { role: 'group', 'aria-label': 'Sound' } }, [this.captions, this.mute]);
    this.unsubscribe = settings.subscribe(() => {
      updateButton(this.mute, this.muteSpec());
      updateButton(this.captions, this.captionsSpec());
    });
  }

  /** Handles M and C; returns true when the key was one of ours. */
  handleKey(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTypingInto(event.target)) return false;
    const key = event.key.toLowerCase();
    if (key === 'm') this.toggleMute();
    else if (key === 'c') this.toggleCaptions();
    else return false;
    return true;
  }

  /** Stops following the settings. */
  destroy(): void {
    this.unsubscribe();
  }

  private toggleMute(): void {
    this.settings.update({ muted: !this.settings.get().muted });
  }

  private toggleCaptions(): void {
    this.settings.update({ captions: !this.settings.get().captions });
  }

  private muteSpec(): ButtonSpec {
    const muted = this.settings.get().muted;
    return { id: CONTROL.mute, label: 'Mute sound', icon: muted ? '×' : '♪', pressed: muted, shortcut: 'M', className: 'icon-button', onActivate: () => this.toggleMute() };
  }

  private captionsSpec(): ButtonSpec {
    return { id: CONTROL.captions, label: 'Show sound captions', icon: 'CC', pressed: this.settings.get().captions, shortcut: 'C', className: 'icon-button', onActivate: () => this.toggleCaptions() };
  }
}
