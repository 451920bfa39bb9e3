/**
 * The title screen: the name, the episode, Start, and the fan-project notice. Its markup is in
 * index.html so it paints before any script runs; this screen takes it over when the story is ready.
 */
import type { AudioPort } from '../../audio/audio-port.ts';
import type { SettingsStore } from '../../storage/settings.ts';
import { button, isForControl, isTypingInto, type ButtonSpec } from '../dom.ts';
import { CONTROL } from '../controls.ts';
import type { Screen, StageShow } from '../screen.ts';
import { SystemToggles } from '../system-toggles.ts';

/** What the title screen needs. */
export interface TitleScreenDeps {
  readonly doc: Document;
  readonly audio: AudioPort;
  readonly settings: SettingsStore;
  /** Start was pressed (or Enter on the title). */
  readonly start: () => void;
  /** Focus the first menu item when the title shows (the reader came back from the story). */
  readonly focusStart: boolean;
  /** Menu items before Start (Continue) and after it (Load, Dossiers, Story map, Recap, Settings). */
  readonly before: readonly ButtonSpec[];
  readonly after: readonly ButtonSpec[];
  /** Shortcut keys of the menu items (D for the dossiers…), handled while the title shows. */
  readonly onShortcut?: (event: KeyboardEvent) => boolean;
}

/** The title, over the night skyline. */
export class TitleScreen implements Screen {
  readonly id = 'title';
  readonly stage: StageShow = { kind: 'title' };
  private readonly cleanup: (() => void)[] = [];

  constructor(private readonly deps: TitleScreenDeps) {}

  mount(root: HTMLElement): void {
    const { doc, audio, settings } = this.deps;
    const section = required(root, '#title');
    const start = required(section, `[data-control="${CONTROL.start}"]`) as HTMLButtonElement;
    const hint = required(section, '.sound-hint');
    section.hidden = false;
    start.removeAttribute('aria-disabled');
    const toggles = new SystemToggles(doc, settings);
    required(section, '.title-top').append(toggles.el);
    const added = [...this.deps.before.map((spec) => button(doc, { className: 'title-item', ...spec }))];
    start.before(...added);
    const after = this.deps.after.map((spec) => button(doc, { className: 'title-item', ...spec }));
    start.after(...after);
    added.push(...after);
    const onStart = (): void => this.deps.start();
    start.addEventListener('click', onStart);
    const onKey = (event: KeyboardEvent): void => {
      if (section.inert || toggles.handleKey(event) || event.repeat || isTypingInto(event.target) || this.deps.onShortcut?.(event) || isForControl(event)) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.deps.start();
      }
    };
    doc.addEventListener('keydown', onKey);
    const syncHint = (): void => {
      hint.hidden = audio.state() !== 'locked';
    };
    syncHint();
    const unsubscribeAudio = audio.onStateChange(syncHint);
    if (this.deps.focusStart) (added[0] && this.deps.before.length > 0 ? added[0] : start).focus();
    this.cleanup.push(
      () => start.removeEventListener('click', onStart),
      () => doc.removeEventListener('keydown', onKey),
      unsubscribeAudio,
      () => toggles.destroy(),
      () => toggles.el.remove(),
      () => added.forEach((el) => el.remove()),
      () => {
        section.hidden = true;
      },
    );
  }

  unmount(): void {
    for (const undo of this.cleanup.splice(0)) undo();
  }
}

function required(root: ParentNode, selector: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`the title markup has no ${selector} (index.html)`);
  return el;
}
