/**
 * The guided recap: Act 1 told by itself over the story's own stage and music, chapter by chapter,
 * with play/pause, back, forward, speed, read aloud, a timeline to jump with, the spoiler gate and
 * an end that leads into the story and the dossiers. The player is pure (src/recap); this screen
 * draws its view, drives it in time, and sends the reader's presses to it.
 */
import type { Speaker } from '../../a11y/announcer.ts';
import type { AudioPort } from '../../audio/audio-port.ts';
import type { SpeechPort } from '../../audio/speech.ts';
import type { RecapEvent } from '../../recap/player.ts';
import { recapScript } from '../../recap/script.ts';
import { recapCues, recapStage } from '../../recap/stage.ts';
import { RecapStore } from '../../recap/store.ts';
import { recapView, type RecapView } from '../../recap/view.ts';
import { chapterHeading, recapAnnouncements } from '../../recap/words.ts';
import type { SettingsStore } from '../../storage/settings.ts';
import type { StoryGraph } from '../../story/types.ts';
import { button, h } from '../dom.ts';
import type { Screen, StageShow } from '../screen.ts';
import { SystemToggles } from '../system-toggles.ts';
import { RecapControls, type VoiceStatus } from './recap-controls.ts';
import { RecapDriver } from './recap-driver.ts';
import { recapKeyAction } from './recap-keys.ts';
import { Narration } from './recap-narration.ts';
import { panelFor } from './recap-panels.ts';
import { playRecapCues } from './recap-sound.ts';
import { recapStageFeed, type RecapFeed } from './recap-stage-feed.ts';
import { Timeline } from './timeline.ts';
import './recap.css';

/** What the recap screen needs. */
export interface RecapScreenDeps {
  readonly doc: Document;
  readonly graph: StoryGraph;
  readonly settings: SettingsStore;
  readonly audio: AudioPort;
  readonly speech: SpeechPort;
  /** The live region: chapters, lines, the gate and the end are said there. */
  readonly speaker: Speaker;
  readonly toTitle: () => void;
  /** Read the full story from a beat. */
  readonly readFrom: (beatId: string) => void;
  /** Open the dossiers at an entry. */
  readonly openDossier: (entry: string) => void;
}

/** How long a sound caption stays on screen, in ms. */
const CAPTION_MS = 3000;

/** The recap screen. */
export class RecapScreen implements Screen {
  readonly id = 'recap';
  readonly stage: StageShow;
  private readonly store: RecapStore;
  private readonly feed: RecapFeed;
  private readonly driver: RecapDriver;
  private readonly el: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly narration: Narration;
  private readonly panel: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly controls: RecapControls;
  private readonly timeline: Timeline;
  private readonly toggles: SystemToggles;
  private view: RecapView | undefined;
  private readonly cleanup: (() => void)[] = [];
  private captionTimer: number | undefined;

  constructor(private readonly deps: RecapScreenDeps) {
    const { doc } = deps;
    this.store = new RecapStore(recapScript(deps.graph));
    this.feed = recapStageFeed(this.store);
    this.stage = { kind: 'feed', feed: this.feed.feed };
    this.driver = new RecapDriver({ store: this.store, win: doc.defaultView!, speech: deps.speech, voiced: () => this.voice() === 'on' });
    const send = (event: RecapEvent): void => this.driver.send(event);
    this.toggles = new SystemToggles(doc, deps.settings);
    this.controls = new RecapControls(doc, {
      back: () => send({ type: 'back' }),
      toggle: () => this.toggle(),
      next: () => send({ type: 'next' }),
      speed: (speed) => send({ type: 'speed', speed }),
      voice: () => this.toggleVoice(),
    });
    this.timeline = new Timeline(doc, { jump: (chapter) => send({ type: 'jump', chapter }), openGate: () => send({ type: 'gate.open' }) });
    this.heading = h(doc, 'h2', { className: 'recap-chapter', attrs: { id: 'recap-chapter' } });
    this.narration = new Narration(doc);
    this.panel = h(doc, 'div', { className: 'recap-middle' });
    this.caption = h(doc, 'p', { className: 'caption', attrs: { 'aria-hidden': 'true' } });
    this.el = h(doc, 'section', { className: 'screen recap-screen', attrs: { 'aria-labelledby': 'recap-title' } }, [
      h(doc, 'div', { className: 'recap-top' }, [
        h(doc, 'div', { className: 'recap-titles' }, [h(doc, 'h1', { className: 'recap-kicker', text: 'Act 1 recap', attrs: { id: 'recap-title' } }), this.heading]),
        h(doc, 'div', { className: 'recap-corner' }, [button(doc, { id: 'recap-exit', label: 'Exit recap', className: 'text-button recap-button recap-exit', onActivate: () => deps.toTitle() }), this.toggles.el]),
      ]),
      this.panel,
      h(doc, 'div', { className: 'recap-bottom' }, [this.narration.el, this.controls.el, this.timeline.el]),
      this.caption,
    ]);
  }

  mount(root: HTMLElement): void {
    const { doc, settings, speech, audio } = this.deps;
    root.append(this.el);
    const onKey = (event: KeyboardEvent): void => this.onKey(event);
    const onVisibility = (): void => {
      if (doc.hidden) this.driver.send({ type: 'pause' });
    };
    doc.addEventListener('keydown', onKey);
    doc.addEventListener('visibilitychange', onVisibility);
    let voiced = this.voice();
    const onVoice = (): void => {
      if (this.voice() === voiced) return this.render();
      voiced = this.voice();
      this.driver.voiceChanged();
      this.render();
    };
    this.cleanup.push(
      this.store.subscribe((next, previous) => {
        const captions = playRecapCues(recapCues(this.store.script, previous, next), { audio, effect: this.feed.effect });
        this.render(captions);
      }),
      settings.subscribe(onVoice),
      speech.onAvailability(onVoice),
      () => doc.removeEventListener('keydown', onKey),
      () => doc.removeEventListener('visibilitychange', onVisibility),
    );
    playRecapCues([{ type: 'cue.restore', stage: recapStage(this.store.script, this.store.state()) }], { audio, effect: this.feed.effect });
    this.render();
    this.controls.focusPlay();
    this.driver.start();
  }

  unmount(): void {
    this.driver.stop();
    for (const undo of this.cleanup.splice(0)) undo();
    if (this.captionTimer !== undefined) this.deps.doc.defaultView?.clearTimeout(this.captionTimer);
    this.deps.audio.playAmbience(null);
    this.toggles.destroy();
    this.el.remove();
  }

  covered(covered: boolean): void {
    if (covered) this.driver.send({ type: 'pause' });
  }

  /** Self-voicing as the reader has it: on, off, or not possible here. */
  private voice(): VoiceStatus {
    if (!this.deps.speech.available()) return 'unavailable';
    return this.deps.settings.get().selfVoicing ? 'on' : 'off';
  }

  private toggleVoice(): void {
    const voice = this.voice();
    if (voice === 'unavailable') {
      this.deps.speaker.notify('Reading aloud is not available in this browser. A screen reader still hears the recap.');
      return;
    }
    this.deps.settings.update({ selfVoicing: voice === 'off' });
  }

  private toggle(): void {
    if (this.view?.mode !== 'gate') this.driver.send({ type: 'toggle' });
  }

  /** Space and Enter play or pause, the arrows step; any other key pauses (the sound toggles keep their own keys). */
  private onKey(event: KeyboardEvent): void {
    if (this.el.inert || this.toggles.handleKey(event)) return;
    const action = recapKeyAction(event);
    if (action === undefined) return;
    if (action !== 'pause') event.preventDefault();
    if (action === 'toggle') this.toggle();
    else this.driver.send({ type: action });
  }

  private render(captions: readonly string[] = []): void {
    const previous = this.view;
    const view = recapView(this.store.script, this.store.state());
    this.view = view;
    const { chapter } = view;
    this.el.classList.toggle('is-card', view.mode === 'card');
    this.el.dataset['mode'] = view.mode;
    this.heading.textContent = chapter ? chapterHeading(chapter) : '';
    this.heading.hidden = !chapter;
    this.narration.render(view);
    this.controls.render(view, this.voice());
    this.timeline.render(view.timeline);
    if (previous?.mode !== view.mode || previous.gate !== view.gate) this.renderPanel(view);
    this.showCaption(captions);
    for (const text of [...captions, ...recapAnnouncements(previous, view)]) this.deps.speaker.announce(text);
  }

  /** The gate or the end panel, and where focus goes with them. */
  private renderPanel(view: RecapView): void {
    const send = (event: RecapEvent): void => this.driver.send(event);
    const hadFocus = this.focusIsFree();
    const hadPanel = this.panel.childElementCount > 0;
    const panel = panelFor(this.deps.doc, view, {
      send,
      track: this.store.script.track(view.gate),
      graph: this.deps.graph,
      readFrom: this.deps.readFrom,
      openDossier: this.deps.openDossier,
      toTitle: this.deps.toTitle,
    });
    this.panel.replaceChildren(...(panel ? [panel] : []));
    if (!hadFocus) return;
    if (panel) panel.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    else if (hadPanel) this.controls.focusPlay();
  }

  /** True when focus is in this screen, on the page itself, or lost: the screen may move it. */
  private focusIsFree(): boolean {
    const active = this.deps.doc.activeElement;
    return active === null || active === this.deps.doc.body || this.el.contains(active) || !active.isConnected;
  }

  private showCaption(captions: readonly string[]): void {
    if (captions.length === 0 || !this.deps.settings.get().captions) return;
    const win = this.deps.doc.defaultView!;
    this.caption.textContent = captions.join(' ');
    this.caption.classList.add('is-shown');
    if (this.captionTimer !== undefined) win.clearTimeout(this.captionTimer);
    this.captionTimer = win.setTimeout(() => this.caption.classList.remove('is-shown'), CAPTION_MS);
  }
}
