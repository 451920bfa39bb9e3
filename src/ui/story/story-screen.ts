/**
 * The story screen: the text box, choices, the scene's place, sound captions, the quick menu and
 * the end card, as real HTML over the stage. It draws the story actor's view and sends the
 * reader's actions back; what is announced and where focus goes are decided in src/ as data.
 */
import type { Actor, Subscription } from 'xstate';
import type { AudioPort } from '../../audio/audio-port.ts';
import { selectView, type ReaderView } from '../../machine/selectors.ts';
import type { StoryMachine } from '../../machine/story-machine.ts';
import type { SettingsStore } from '../../storage/settings.ts';
import { button, h, isForControl, isTypingInto, type ButtonSpec } from '../dom.ts';
import { choiceControl, CONTROL } from '../controls.ts';
import type { MotionSource } from '../display.ts';
import type { Screen, StageShow } from '../screen.ts';
import { storyStageFeed } from '../stage-feed.ts';
import { SystemToggles } from '../system-toggles.ts';
import { focusTarget } from './focus.ts';
import { TextBox } from './text-box.ts';
import { routesSentence } from './words.ts';

/** What the story screen needs. */
export interface StoryScreenDeps {
  readonly doc: Document;
  readonly actor: Actor<StoryMachine>;
  readonly settings: SettingsStore;
  readonly audio: AudioPort;
  readonly motion: MotionSource;
  /** The reader asked to go back to the title. */
  readonly toTitle: () => void;
  /** The quick menu's items after Back (Save, Load, Settings…), each with the keys that do the same. */
  readonly menu: readonly MenuItem[];
  /** More for the end card, under the sides followed (the reader's completion). */
  readonly endNote?: () => Node | undefined;
}

/** A quick menu item: a button, and the key press that does the same. */
export interface MenuItem extends ButtonSpec {
  readonly matches?: (event: KeyboardEvent) => boolean;
}

/** How long the scene's place and a sound caption stay on screen, in ms. */
const LOCATION_MS = 3000;
const CAPTION_MS = 3000;

/** The reading screen. */
export class StoryScreen implements Screen {
  readonly id = 'story';
  readonly stage: StageShow;
  private readonly el: HTMLElement;
  private readonly textBox: TextBox;
  private readonly choices: HTMLElement;
  private readonly location: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly endCard: HTMLElement;
  private readonly back: HTMLButtonElement;
  private readonly toggles: SystemToggles;
  private view: ReaderView | undefined;
  private readonly cleanup: (() => void)[] = [];
  private readonly timers = new Map<string, number>();

  constructor(private readonly deps: StoryScreenDeps) {
    const { doc } = deps;
    this.stage = { kind: 'feed', feed: storyStageFeed(deps.actor) };
    this.textBox = new TextBox(doc, {
      charsPerSecond: () => (deps.motion.reduced() ? 0 : deps.settings.get().textSpeed),
      onContinue: () => this.advance(),
      onType: () => deps.audio.playSfx('text-blip', 'ui'),
    });
    this.toggles = new SystemToggles(doc, deps.settings);
    this.back = button(doc, { id: CONTROL.back, label: 'Back', shortcut: 'Backspace PageUp', className: 'text-button', onActivate: () => this.goBack() });
    this.location = h(doc, 'p', { className: 'location' });
    this.caption = h(doc, 'p', { className: 'caption', attrs: { 'aria-hidden': 'true' } });
    this.choices = h(doc, 'div', { className: 'choices', attrs: { role: 'group', 'aria-label': 'Choices', hidden: true } });
    this.endCard = h(doc, 'section', { className: 'end-card', attrs: { hidden: true, 'aria-labelledby': 'end-card-heading' } });
    const items = deps.menu.map((item) => button(doc, { className: 'text-button', ...item }));
    const quickMenu = h(doc, 'div', { className: 'quick-menu', attrs: { role: 'group', 'aria-label': 'Quick menu' } }, [this.back, ...items]);
    // In focus order: the options, the text and its Continue, the quick menu, then the sound toggles
    // (the grid places the scene's name and the toggles at the top, whatever their order here).
    this.el = h(doc, 'section', { className: 'screen story-screen', attrs: { 'aria-label': 'Story' } }, [
      h(doc, 'div', { className: 'story-middle' }, [this.choices]),
      h(doc, 'div', { className: 'story-bottom' }, [this.textBox.el, quickMenu]),
      h(doc, 'div', { className: 'story-top' }, [this.location, this.toggles.el]),
      this.caption,
      this.endCard,
    ]);
  }

  mount(root: HTMLElement): void {
    const { actor, doc, settings } = this.deps;
    root.append(this.el);
    const subs: Subscription[] = [
      actor.subscribe((snapshot) => this.render(selectView(snapshot.context))),
      actor.on('cue.sfx', (cue) => this.showCaption(cue.caption)),
      actor.on('cue.ambience', (cue) => this.showCaption(cue.caption)),
    ];
    const onKey = (event: KeyboardEvent): void => this.onKey(event);
    doc.addEventListener('keydown', onKey);
    // A click or tap anywhere that is not a control reads on, as on the stage it covers.
    this.el.addEventListener('click', (event) => {
      if (!(event.target instanceof Element && event.target.closest('button, a, input, .choices, .end-card'))) this.advance();
    });
    const unsubscribeSettings = settings.subscribe((s) => {
      if (!s.captions) this.caption.classList.remove('is-shown');
    });
    this.cleanup.push(() => subs.forEach((s) => s.unsubscribe()), () => doc.removeEventListener('keydown', onKey), unsubscribeSettings);
    this.render(selectView(actor.getSnapshot().context));
  }

  unmount(): void {
    for (const undo of this.cleanup.splice(0)) undo();
    for (const timer of this.timers.values()) this.deps.doc.defaultView?.clearTimeout(timer);
    this.textBox.destroy();
    this.toggles.destroy();
    this.el.remove();
  }

  /** Finish the line that is typing, else move on. */
  private advance(): void {
    if (this.view?.mode !== 'reading') return;
    if (this.textBox.isTyping()) this.textBox.complete();
    else this.deps.actor.send({ type: 'reader.advance' });
  }

  private goBack(): void {
    this.deps.actor.send({ type: 'reader.back' });
  }

  private choose(index: number): void {
    this.deps.audio.playSfx('ui-select', 'ui');
    this.deps.actor.send({ type: 'reader.choose', index });
  }

  private onKey(event: KeyboardEvent): void {
    if (this.el.inert || this.toggles.handleKey(event) || event.repeat || event.ctrlKey || event.metaKey || event.altKey || isTypingInto(event.target)) return;
    const item = this.deps.menu.find((i) => i.matches?.(event));
    if (item) {
      event.preventDefault();
      item.onActivate();
    } else if (event.key === 'Backspace' || event.key === 'PageUp') {
      event.preventDefault();
      this.goBack();
    } else if (/^[1-9]$/.test(event.key)) {
      const option = this.view?.options[Number(event.key) - 1];
      if (option) this.choose(option.index);
    } else if ((event.key === 'Enter' || event.key === ' ') && !isForControl(event)) {
      event.preventDefault();
      this.advance();
    }
  }

  private render(view: ReaderView): void {
    const previous = this.view;
    this.view = view;
    if (previous?.beat.id !== view.beat.id) this.showLocation(view.beat.location);
    if (view.line && view.mode !== 'ended' && (view.line.key !== previous?.line?.key || (view.restored && view.turn !== previous.turn))) {
      this.textBox.show(view.line, view.restored);
    } else if (!view.line || view.mode === 'ended') {
      this.textBox.hide();
    }
    this.back.hidden = !view.canGoBack || view.mode === 'ended';
    if (previous?.mode !== view.mode || view.mode === 'choosing') this.renderMenu(view);
    const focus = focusTarget(previous, view);
    if (focus) this.focus(focus);
  }

  private renderMenu(view: ReaderView): void {
    const { doc } = this.deps;
    const options = view.mode === 'choosing' ? view.options : [];
    const wanted = options.map((o) => `${o.index}:${o.label}`).join('|');
    if (this.choices.dataset['options'] !== wanted) {
      this.choices.dataset['options'] = wanted;
      this.choices.replaceChildren(
        ...options.map((o, i) => {
          const el = button(doc, { id: choiceControl(o.index), label: o.label, className: 'choice', onActivate: () => this.choose(o.index), ...(i < 9 ? { shortcut: String(i + 1) } : {}) });
          el.dataset['key'] = String(i + 1);
          el.setAttribute('aria-label', o.label);
          return el;
        }),
      );
    }
    this.choices.hidden = options.length === 0;
    this.renderEndCard(view);
  }

  private renderEndCard(view: ReaderView): void {
    const { doc } = this.deps;
    this.endCard.hidden = view.mode !== 'ended' || !view.ending;
    if (this.endCard.hidden || !view.ending) {
      this.endCard.replaceChildren();
      return;
    }
    const note = this.deps.endNote?.();
    this.endCard.replaceChildren(
      h(doc, 'h2', { text: 'Act 1 — The end', attrs: { id: 'end-card-heading' } }),
      h(doc, 'p', { className: 'ending-name', text: view.ending.name }),
      h(doc, 'p', { className: 'routes', text: routesSentence(view.ending) }),
      ...(note ? [note] : []),
      h(doc, 'div', { className: 'actions' }, [
        button(doc, { id: CONTROL.readAgain, label: 'Read again', onActivate: () => this.deps.actor.send({ type: 'reader.restart' }) }),
        button(doc, { id: CONTROL.toTitle, label: 'Back to the title', onActivate: () => this.deps.toTitle() }),
      ]),
    );
  }

  /** Moves focus to a control, unless the reader's focus is somewhere else on purpose (outside the story). */
  private focus(id: string): void {
    const active = this.deps.doc.activeElement;
    const free = active === null || active === this.deps.doc.body || this.el.contains(active) || !active.isConnected || active.closest('[hidden]') !== null;
    if (!free) return;
    this.el.querySelector<HTMLElement>(`[data-control="${id}"]`)?.focus({ preventScroll: true });
  }

  private showLocation(location: string): void {
    this.location.textContent = location;
    this.flash(this.location, 'location', LOCATION_MS);
  }

  private showCaption(caption: string | undefined): void {
    if (!caption || !this.deps.settings.get().captions) return;
    this.caption.textContent = `[${caption}]`;
    this.flash(this.caption, 'caption', CAPTION_MS);
  }

  /** Shows an element for a while, then lets it fade (CSS does the fading, or not under reduced motion). */
  private flash(el: HTMLElement, key: string, ms: number): void {
    const win = this.deps.doc.defaultView;
    if (!win) return;
    el.classList.add('is-shown');
    const old = this.timers.get(key);
    if (old !== undefined) win.clearTimeout(old);
    this.timers.set(key, win.setTimeout(() => el.classList.remove('is-shown'), ms));
  }
}
