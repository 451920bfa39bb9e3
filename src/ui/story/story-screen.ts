/**
 * The story screen: the text box, choices, the scene's place, sound captions, the quick menu, the
 * auto/skip indicator and the end card, as real HTML over the stage. It draws the story actor's
 * view and sends the reader's actions back; what is announced and where focus goes are decided in
 * src/ as data. Keys, clicks, taps, the wheel and gestures all arrive here.
 */
import type { Actor, Subscription } from 'xstate';
import type { AudioPort } from '../../audio/audio-port.ts';
import { selectView, type ReaderView } from '../../machine/selectors.ts';
import type { StoryMachine } from '../../machine/story-machine.ts';
import type { SettingsStore } from '../../storage/settings.ts';
import { choiceControl, CONTROL } from '../controls.ts';
import type { MotionSource } from '../display.ts';
import { button, h, isForControl, isTypingInto } from '../dom.ts';
import type { Screen, StageShow } from '../screen.ts';
import { storyStageFeed } from '../stage-feed.ts';
import { SystemToggles } from '../system-toggles.ts';
import { focusTarget } from './focus.ts';
import { bindGestures } from './gestures.ts';
import { QuickMenu, type MenuItem } from './quick-menu.ts';
import { ReadingModes, type ReadingModesState } from './reading-modes.ts';
import { TextBox } from './text-box.ts';
import { routesSentence } from './words.ts';

export type { MenuItem } from './quick-menu.ts';

/** What the story screen needs. */
export interface StoryScreenDeps {
  readonly doc: Document;
  readonly actor: Actor<StoryMachine>;
  readonly settings: SettingsStore;
  readonly audio: AudioPort;
  readonly motion: MotionSource;
  /** The reader asked to go back to the title. */
  readonly toTitle: () => void;
  /** The quick menu's items after Back, History, Auto and Skip (Save, Load, Settings…), with their keys. */
  readonly menu: readonly MenuItem[];
  /** Opens the history (L, the wheel up, a long press or a swipe down). */
  readonly openBacklog?: () => void;
  /** True when this line was read on an earlier reading (skip goes through it). */
  readonly readBefore?: (beatId: string, text: string) => boolean;
  /** The sides of the night (route ids) the reader has finished, this reading or earlier: the end card does not send them back to those. */
  readonly sidesFinished?: () => readonly string[];
  /** True while self-voicing is speaking (auto waits for it). */
  readonly speaking?: () => boolean;
  /** More under the end card (completion: beats read, facts found…): a line of text, or elements. */
  readonly endNote?: () => string | Node | undefined;
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
  private readonly modeBadge: HTMLElement;
  private readonly endCard: HTMLElement;
  private readonly quick: QuickMenu;
  private readonly toggles: SystemToggles;
  private readonly modes: ReadingModes;
  private view: ReaderView | undefined;
  private uiHidden = false;
  private readonly cleanup: (() => void)[] = [];
  private readonly timers = new Map<string, number>();

  constructor(private readonly deps: StoryScreenDeps) {
    const { doc, settings } = deps;
    this.stage = { kind: 'feed', feed: storyStageFeed(deps.actor) };
    this.modes = new ReadingModes({
      win: doc.defaultView!,
      autoDelay: () => settings.get().autoDelay,
      skipUnread: () => settings.get().skipUnread,
      advance: () => this.readOn(),
      ...(deps.speaking ? { speaking: deps.speaking } : {}),
      onChange: (state) => this.showModes(state),
    });
    this.textBox = new TextBox(doc, {
      charsPerSecond: () => (deps.motion.reduced() ? 0 : settings.get().textSpeed),
      onContinue: () => this.advance(),
      onType: () => deps.audio.playSfx('text-blip', 'ui'),
      onComplete: () => this.modes.typed(),
    });
    this.toggles = new SystemToggles(doc, settings);
    this.quick = new QuickMenu(doc, this.primaryMenu(), [...deps.menu, { id: 'hide-ui', label: 'Hide', shortcut: 'H', onActivate: () => this.hideUi() }]);
    this.location = h(doc, 'p', { className: 'location' });
    this.caption = h(doc, 'p', { className: 'caption', attrs: { 'aria-hidden': 'true' } });
    this.modeBadge = h(doc, 'p', { className: 'mode-badge', attrs: { role: 'status' } });
    this.choices = h(doc, 'div', { className: 'choices', attrs: { role: 'group', 'aria-label': 'Choices', hidden: true } });
    this.endCard = h(doc, 'section', { className: 'end-card', attrs: { hidden: true, 'aria-labelledby': 'end-card-heading' } });
    // In focus order: the options, the text and its Continue, the quick menu, then the sound toggles
    // (the grid places the scene's name and the toggles at the top, whatever their order here).
    this.el = h(doc, 'section', { className: 'screen story-screen', attrs: { 'aria-label': 'Story' } }, [
      h(doc, 'div', { className: 'story-middle' }, [this.choices]),
      h(doc, 'div', { className: 'story-bottom' }, [this.textBox.el, this.quick.el]),
      h(doc, 'div', { className: 'story-top' }, [this.location, this.modeBadge, this.toggles.el]),
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
    const onKeyUp = (event: KeyboardEvent): void => {
      if (event.key === 'Control') this.modes.stop();
    };
    doc.addEventListener('keydown', onKey);
    doc.addEventListener('keyup', onKeyUp);
    this.el.addEventListener('click', (event) => this.onClick(event));
    this.el.addEventListener('contextmenu', (event) => {
      event.preventDefault();
      if (this.uiHidden) this.showUi();
      else this.hideUi();
    });
    const unbindGestures = bindGestures(this.el, { openBacklog: () => this.openBacklog(), advance: () => this.advance() });
    const unsubscribeSettings = settings.subscribe((s) => {
      if (!s.captions) this.caption.classList.remove('is-shown');
    });
    this.cleanup.push(() => subs.forEach((s) => s.unsubscribe()), () => doc.removeEventListener('keydown', onKey), () => doc.removeEventListener('keyup', onKeyUp), unbindGestures, unsubscribeSettings);
    this.render(selectView(actor.getSnapshot().context));
  }

  unmount(): void {
    for (const undo of this.cleanup.splice(0)) undo();
    for (const timer of this.timers.values()) this.deps.doc.defaultView?.clearTimeout(timer);
    this.modes.destroy();
    this.textBox.destroy();
    this.toggles.destroy();
    this.el.remove();
  }

  /** An overlay (the dossiers, settings…) covers the story: auto and skip pause, and the line stops typing until it closes. */
  covered(covered: boolean): void {
    this.modes.setPaused(covered);
    if (covered) this.textBox.pause();
    else this.textBox.resume();
  }

  /** The reader's press: finish the line that is typing, else move on. Stops auto and skip. */
  private advance(): void {
    this.modes.stop();
    this.readOn();
  }

  /** Finish the line that is typing, else move on (auto and skip use this too). */
  private readOn(): void {
    if (this.view?.mode !== 'reading') return;
    if (this.textBox.isTyping()) this.textBox.complete();
    else this.deps.actor.send({ type: 'reader.advance' });
  }

  private goBack(): void {
    this.modes.stop();
    this.deps.actor.send({ type: 'reader.back' });
  }

  private choose(index: number): void {
    this.modes.stop();
    this.deps.audio.playSfx('ui-select', 'ui');
    this.deps.actor.send({ type: 'reader.choose', index });
  }

  private openBacklog(): void {
    this.modes.stop();
    this.deps.openBacklog?.();
  }

  private primaryMenu(): MenuItem[] {
    const key = (k: string) => (e: KeyboardEvent) => e.key.toLowerCase() === k && !e.shiftKey;
    return [
      { id: CONTROL.back, label: 'Back', shortcut: 'Backspace PageUp', onActivate: () => this.goBack() },
      ...(this.deps.openBacklog ? [{ id: 'history', label: 'History', shortcut: 'L', onActivate: () => this.openBacklog(), matches: key('l') }] : []),
      { id: 'auto', label: 'Auto', shortcut: 'A', pressed: false, onActivate: () => this.modes.toggleAuto(), matches: key('a') },
      { id: 'skip', label: 'Skip', shortcut: 'S Control', pressed: false, onActivate: () => this.modes.toggleSkip(), matches: key('s') },
    ];
  }

  private onClick(event: MouseEvent): void {
    if (this.uiHidden) {
      this.showUi();
      return;
    }
    // A click or tap anywhere that is not a control reads on, as on the stage it covers.
    if (!(event.target instanceof Element && event.target.closest('button, a, input, .choices, .end-card, .quick-menu'))) this.advance();
  }

  private onKey(event: KeyboardEvent): void {
    if (this.el.inert || isTypingInto(event.target)) return;
    if (this.uiHidden) {
      event.preventDefault();
      this.showUi();
      return;
    }
    if (event.key === 'Control' && !event.repeat) {
      this.modes.hold();
      return;
    }
    if (this.toggles.handleKey(event) || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
    const item = [...this.primaryMenu(), ...this.deps.menu].find((i) => i.matches?.(event));
    if (item) {
      event.preventDefault();
      item.onActivate();
    } else if (event.key.toLowerCase() === 'h' && !event.shiftKey) {
      this.hideUi();
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
    const newLine = view.line && view.mode !== 'ended' && (view.line.key !== previous?.line?.key || (view.restored && view.turn !== previous.turn));
    if (newLine && view.line) {
      // Skipping shows lines at once; so does a line the story was put back on.
      this.textBox.show(view.line, view.restored || this.modes.now().skip);
    } else if (!view.line || view.mode === 'ended') {
      this.textBox.hide();
    }
    this.quick.setHidden(CONTROL.back, !view.canGoBack || view.mode === 'ended');
    if (previous?.mode !== view.mode || view.mode === 'choosing') this.renderMenu(view);
    if (newLine || previous?.mode !== view.mode) {
      const line = view.line;
      this.modes.show({ mode: view.mode, ...(line ? { line } : {}), readBefore: line ? (this.deps.readBefore?.(view.beat.id, line.text) ?? false) : false }, this.textBox.isTyping());
    }
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
      h(doc, 'p', { className: 'routes', text: routesSentence(view.ending, this.deps.sidesFinished?.() ?? []) }),
      ...(typeof note === 'string' ? [h(doc, 'p', { className: 'end-note', text: note })] : note ? [note] : []),
      h(doc, 'div', { className: 'actions' }, [
        button(doc, { id: CONTROL.readAgain, label: 'Read again', onActivate: () => this.deps.actor.send({ type: 'reader.restart' }) }),
        button(doc, { id: CONTROL.toTitle, label: 'Back to the title', onActivate: () => this.deps.toTitle() }),
      ]),
    );
  }

  private showModes(state: ReadingModesState): void {
    this.quick.setPressed('auto', state.auto);
    this.quick.setPressed('skip', state.skip);
    const text = state.auto ? 'Auto' : state.skip ? 'Skipping' : state.stopped ? `Stopped at ${state.stopped}` : '';
    this.modeBadge.textContent = text;
    this.modeBadge.classList.toggle('is-on', state.auto || state.skip);
    if (!state.auto && !state.skip && state.stopped) this.flash(this.modeBadge, 'mode', 2500, () => (this.modeBadge.textContent = ''));
  }

  private hideUi(): void {
    this.modes.stop();
    this.uiHidden = true;
    this.el.classList.add('is-ui-hidden');
    this.modeBadge.textContent = 'Text hidden: press any key or tap to show it.';
  }

  private showUi(): void {
    this.uiHidden = false;
    this.el.classList.remove('is-ui-hidden');
    this.modeBadge.textContent = '';
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
  private flash(el: HTMLElement, key: string, ms: number, after?: () => void): void {
    const win = this.deps.doc.defaultView;
    if (!win) return;
    el.classList.add('is-shown');
    const old = this.timers.get(key);
    if (old !== undefined) win.clearTimeout(old);
    this.timers.set(
      key,
      win.setTimeout(() => {
        el.classList.remove('is-shown');
        after?.();
      }, ms),
    );
  }
}
