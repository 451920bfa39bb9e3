/** The recap's controls: back, play/pause, forward, speed, read aloud — real buttons and a real select, with their keys. */
import { RECAP_SPEEDS, type RecapSpeed } from '../../recap/player.ts';
import type { RecapView } from '../../recap/view.ts';
import { button, h, updateButton, type ButtonSpec } from '../dom.ts';

/** What the controls do. */
export interface RecapControlActions {
  readonly back: () => void;
  readonly toggle: () => void;
  readonly next: () => void;
  readonly speed: (speed: RecapSpeed) => void;
  readonly voice: () => void;
}

/** Read aloud: on, off, or not possible in this browser. */
export type VoiceStatus = 'on' | 'off' | 'unavailable';

/** The control bar; `render` follows the view and the voice. */
export class RecapControls {
  readonly el: HTMLElement;
  private readonly back: HTMLButtonElement;
  private readonly play: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly speed: HTMLSelectElement;
  private readonly voice: HTMLButtonElement;

  constructor(
    doc: Document,
    private readonly actions: RecapControlActions,
  ) {
    this.back = button(doc, { id: 'recap-back', label: 'Back', shortcut: 'ArrowLeft', className: 'text-button recap-button', onActivate: actions.back });
    this.play = button(doc, this.playSpec(true));
    this.next = button(doc, { id: 'recap-next', label: 'Next', shortcut: 'ArrowRight', className: 'text-button recap-button', onActivate: actions.next });
    this.speed = h(doc, 'select', { className: 'recap-speed', attrs: { id: 'recap-speed' } }, RECAP_SPEEDS.map((s) => h(doc, 'option', { text: `${s}×`, attrs: { value: String(s) } })));
    this.speed.addEventListener('change', () => actions.speed(Number(this.speed.value) as RecapSpeed));
    this.voice = button(doc, this.voiceSpec('off'));
    const speed = h(doc, 'span', { className: 'recap-speed-field' }, [h(doc, 'label', { text: 'Speed', attrs: { for: 'recap-speed' } }), this.speed]);
    this.el = h(doc, 'div', { className: 'recap-controls', attrs: { role: 'group', 'aria-label': 'Recap controls' } }, [
      h(doc, 'span', { className: 'recap-transport' }, [this.back, this.play, this.next]),
      h(doc, 'span', { className: 'recap-options' }, [speed, this.voice]),
    ]);
  }

  /** Brings the controls in line with the view and the voice. */
  render(view: RecapView, voice: VoiceStatus): void {
    updateButton(this.play, this.playSpec(view.playing));
    this.play.setAttribute('aria-disabled', String(view.mode === 'gate'));
    this.back.setAttribute('aria-disabled', String(!view.canBack));
    this.next.setAttribute('aria-disabled', String(!view.canNext));
    if (this.speed.value !== String(view.speed)) this.speed.value = String(view.speed);
    updateButton(this.voice, this.voiceSpec(voice));
    this.voice.setAttribute('aria-disabled', String(voice === 'unavailable'));
  }

  /** Focuses play/pause (the recap starts, or the gate was answered). */
  focusPlay(): void {
    this.play.focus({ preventScroll: true });
  }

  private playSpec(playing: boolean): ButtonSpec {
    return { id: 'recap-play', label: playing ? 'Pause' : 'Play', shortcut: 'Space', className: 'ui-button recap-play', onActivate: this.actions.toggle };
  }

  private voiceSpec(voice: VoiceStatus): ButtonSpec {
    const label = voice === 'unavailable' ? 'Read aloud (not available)' : 'Read aloud';
    return { id: 'recap-voice', label, className: 'text-button recap-button', onActivate: this.actions.voice, ...(voice === 'unavailable' ? {} : { pressed: voice === 'on' }) };
  }
}
