/**
 * The settings screen: reading, sound, display, spoilers and voice. Native form controls (ranges,
 * checkboxes, radio groups) so every browser and screen reader knows them; each change applies at
 * once and is remembered.
 */
import { SETTING_RANGES, type MotionPreference, type Settings, type SettingsStore, type SpoilerLevel } from '../../storage/settings.ts';
import { h } from '../dom.ts';
import { overlayFrame } from '../overlay-frame.ts';
import type { Overlay } from '../screen.ts';
import type { SpeechPort } from '../../audio/speech.ts';

/** What the settings screen needs. */
export interface SettingsOverlayDeps {
  readonly settings: SettingsStore;
  readonly close: () => void;
  /** Whether the browser can speak (self-voicing), now and as it changes (voices load late); unavailable hides nothing but says so. */
  readonly speech: Pick<SpeechPort, 'available' | 'onAvailability'>;
  /** Extra sections appended at the end (saves: export and import). */
  readonly extra?: (body: HTMLElement) => void;
}

type Volume = keyof Settings['volumes'];

const SPOILER_CHOICES: readonly [SpoilerLevel, string, string][] = [
  ['read', "Only what I've read", 'Dossiers, search and the map show what you have read so far.'],
  ['act1', 'Everything in Act 1', "Act 1's twist and ending included, read or not."],
  ['later', 'Later episodes too', 'Adds notes from later episodes. Off unless you choose it.'],
];
const MOTION_CHOICES: readonly [MotionPreference, string][] = [
  ['system', 'As my system says'],
  ['reduce', 'Reduce motion'],
  ['full', 'Full motion'],
];
const TEXT_SIZES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** The settings overlay. */
export class SettingsOverlay implements Overlay {
  readonly kind = 'settings';
  readonly title = 'Settings';
  private unsubscribe: (() => void) | undefined;
  private unsubscribeVoice: (() => void) | undefined;
  private readonly sync: (() => void)[] = [];

  constructor(private readonly deps: SettingsOverlayDeps) {}

  mount(dialog: HTMLElement): void {
    const { body } = overlayFrame(dialog, this.title, this.deps.close);
    const doc = dialog.ownerDocument;
    body.append(
      this.section(doc, 'Reading', [
        this.range(doc, { id: 'text-speed', label: 'Text speed', min: 0, max: SETTING_RANGES.textSpeed[1], step: 5, get: (s) => s.textSpeed, set: (n) => ({ textSpeed: n }), say: (n) => (n === 0 ? 'Instant' : `${n} characters a second`) }),
        this.range(doc, { id: 'auto-delay', label: 'Auto-read pause', min: 0, max: SETTING_RANGES.autoDelay[1], step: 0.5, get: (s) => s.autoDelay, set: (n) => ({ autoDelay: n }), say: (n) => `${n} seconds, plus time to read` }),
        this.check(doc, { id: 'skip-unread', label: 'Skip also skips text I have not read', get: (s) => s.skipUnread, set: (b) => ({ skipUnread: b }) }),
      ]),
      this.section(doc, 'Sound', [
        this.check(doc, { id: 'muted', label: 'Mute all sound', get: (s) => s.muted, set: (b) => ({ muted: b }) }),
        ...(['music', 'ambience', 'sfx', 'ui'] as const).map((channel) => this.volume(doc, channel)),
        this.check(doc, { id: 'captions', label: 'Show sound captions on screen', get: (s) => s.captions, set: (b) => ({ captions: b }) }),
      ]),
      this.section(doc, 'Display', [
        this.radios(doc, 'Motion', 'motion', MOTION_CHOICES.map(([value, label]) => ({ value, label })), (s) => s.motion, (value) => ({ motion: value as MotionPreference })),
        this.radios(doc, 'Text size', 'text-scale', TEXT_SIZES.map((n) => ({ value: String(n), label: `${Math.round(n * 100)}%` })), (s) => String(s.textScale), (value) => ({ textScale: Number(value) })),
        this.check(doc, { id: 'high-contrast', label: 'High contrast', get: (s) => s.highContrast, set: (b) => ({ highContrast: b }) }),
      ]),
      this.section(doc, 'Spoilers', [
        this.radios(doc, 'How much the dossiers, search and map may show', 'spoiler-level', SPOILER_CHOICES.map(([value, label, hint]) => ({ value, label, hint })), (s) => s.spoilerLevel, (value) => ({ spoilerLevel: value as SpoilerLevel })),
      ]),
      this.voiceSection(doc),
    );
    this.deps.extra?.(body);
    this.unsubscribe = this.deps.settings.subscribe(() => this.sync.forEach((s) => s()));
  }

  show(): void {}

  unmount(): void {
    this.unsubscribe?.();
    this.unsubscribeVoice?.();
    this.sync.length = 0;
  }

  /** Self-voicing, usable once the browser has a voice (it may arrive while the settings are open). */
  private voiceSection(doc: Document): HTMLElement {
    const recap = this.check(doc, { id: 'self-voicing', label: 'Read the recap aloud (self-voicing)', get: (s) => s.selfVoicing, set: (b) => ({ selfVoicing: b }) });
    const story = this.check(doc, { id: 'voice-story', label: 'Read the story aloud too', get: (s) => s.voiceStory, set: (b) => ({ voiceStory: b }) });
    const hint = h(doc, 'p', { className: 'setting-hint', text: 'Speech is not available in this browser, so self-voicing is off. A screen reader still hears everything.' });
    const inputs = [recap, story].map((row) => row.querySelector('input')!);
    const show = (available: boolean): void => {
      for (const input of inputs) input.disabled = !available;
      hint.hidden = available;
    };
    show(this.deps.speech.available());
    this.unsubscribeVoice = this.deps.speech.onAvailability(show);
    return this.section(doc, 'Voice', [recap, story, hint]);
  }

  private section(doc: Document, title: string, children: (Node | false)[]): HTMLElement {
    const id = `settings-${title.toLowerCase()}`;
    return h(doc, 'section', { className: 'settings-section', attrs: { 'aria-labelledby': id } }, [h(doc, 'h3', { text: title, attrs: { id } }), ...children]);
  }

  private range(doc: Document, spec: { id: string; label: string; min: number; max: number; step: number; get: (s: Settings) => number; set: (n: number) => Partial<Settings>; say: (n: number) => string }): HTMLElement {
    const input = h(doc, 'input', { attrs: { type: 'range', id: `setting-${spec.id}`, min: spec.min, max: spec.max, step: spec.step } });
    const output = h(doc, 'output', { attrs: { for: input.id } });
    const render = (): void => {
      const value = spec.get(this.deps.settings.get());
      input.value = String(value);
      input.setAttribute('aria-valuetext', spec.say(value));
      output.textContent = spec.say(value);
    };
    input.addEventListener('input', () => this.deps.settings.update(spec.set(Number(input.value))));
    this.sync.push(render);
    render();
    return h(doc, 'div', { className: 'setting setting-range' }, [h(doc, 'label', { text: spec.label, attrs: { for: input.id } }), input, output]);
  }

  private volume(doc: Document, channel: Volume): HTMLElement {
    const names: Record<Volume, string> = { music: 'Music volume', ambience: 'Ambience volume', sfx: 'Sound effects volume', ui: 'Interface sounds volume' };
    return this.range(doc, {
      id: `volume-${channel}`,
      label: names[channel],
      min: 0,
      max: 100,
      step: 5,
      get: (s) => Math.round(s.volumes[channel] * 100),
      set: (n) => ({ volumes: { ...this.deps.settings.get().volumes, [channel]: n / 100 } }),
      say: (n) => `${n}%`,
    });
  }

  private check(doc: Document, spec: { id: string; label: string; get: (s: Settings) => boolean; set: (b: boolean) => Partial<Settings> }): HTMLElement {
    const input = h(doc, 'input', { attrs: { type: 'checkbox', id: `setting-${spec.id}` } });
    input.addEventListener('change', () => this.deps.settings.update(spec.set(input.checked)));
    const render = (): void => {
      input.checked = spec.get(this.deps.settings.get());
    };
    this.sync.push(render);
    render();
    return h(doc, 'div', { className: 'setting setting-check' }, [input, h(doc, 'label', { text: spec.label, attrs: { for: input.id } })]);
  }

  private radios(doc: Document, legend: string, name: string, choices: readonly { value: string; label: string; hint?: string }[], get: (s: Settings) => string, set: (value: string) => Partial<Settings>): HTMLElement {
    const inputs = choices.map((choice) => {
      const input = h(doc, 'input', { attrs: { type: 'radio', name: `setting-${name}`, id: `setting-${name}-${choice.value}`, value: choice.value } });
      input.addEventListener('change', () => {
        if (input.checked) this.deps.settings.update(set(choice.value));
      });
      const hint = choice.hint ? h(doc, 'span', { className: 'setting-hint', text: choice.hint, attrs: { id: `${input.id}-hint` } }) : null;
      if (hint) input.setAttribute('aria-describedby', hint.id);
      return { input, row: h(doc, 'div', { className: 'setting-radio' }, [input, h(doc, 'label', { text: choice.label, attrs: { for: input.id } }), hint]) };
    });
    const render = (): void => {
      const value = get(this.deps.settings.get());
      for (const { input } of inputs) input.checked = input.value === value;
    };
    this.sync.push(render);
    render();
    return h(doc, 'fieldset', { className: 'setting setting-radios' }, [h(doc, 'legend', { text: legend }), ...inputs.map((i) => i.row)]);
  }
}
