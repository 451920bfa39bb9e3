/** The story: a thin view of the story actor. It draws the snapshot and sends the reader's actions back. */
import Phaser from 'phaser';
import type { Subscription } from 'xstate';
import type { Control } from '../src/a11y/dom-layer.ts';
import { upcomingArt } from '../src/machine/prefetch.ts';
import type { StoryCue } from '../src/machine/runtime.ts';
import { selectView, spokenText, type ReaderView } from '../src/machine/selectors.ts';
import type { BgTransition, StoryGraph } from '../src/story/types.ts';
import { choiceControl, CONTROL } from './controls.ts';
import type { GameDeps } from './deps.ts';
import { FONTS, HEIGHT, WIDTH } from './deps.ts';
import { fitCamera } from './widgets/camera.ts';
import { CaptionStrip } from './widgets/CaptionStrip.ts';
import { ChoicePanel } from './widgets/ChoicePanel.ts';
import { EndCard, endingSentence } from './widgets/EndCard.ts';
import { IconButton } from './widgets/IconButton.ts';
import { isForDomControl } from './widgets/keys.ts';
import { StageView, stageTextures, upcomingRequests } from './widgets/StageView.ts';
import { SystemControls } from './widgets/SystemControls.ts';
import { TextBox } from './widgets/TextBox.ts';
import type { ArtLoader } from './widgets/textures.ts';
import { STORY_UI, uiRequests } from './widgets/ui-skin.ts';

/** Default reading speed, characters per second. */
const CHARS_PER_SECOND = 45;

/** The widgets of one run of the scene (rebuilt each time it starts). */
interface Widgets {
  readonly stage: StageView;
  readonly textBox: TextBox;
  readonly choices: ChoicePanel;
  readonly captions: CaptionStrip;
  readonly location: Phaser.GameObjects.Text;
  readonly back: IconButton;
  readonly system: SystemControls;
}

/** The reading scene. */
export class StoryScene extends Phaser.Scene {
  private ui: Widgets | undefined;
  private endCard: EndCard | undefined;
  private view: ReaderView | undefined;
  private shownLine: { key?: string | undefined; text?: string | undefined; mode?: ReaderView['mode'] } = {};
  /** A new line arrived that the canvas has not drawn yet (its art may still be loading). */
  private pendingLine = false;
  /** What the canvas shows besides the line: the menu's options, the end card, or nothing. */
  private drawnMenu = '';
  private pendingTransition: BgTransition = 'fade';
  private renderToken = 0;
  /** Between create and shutdown. (Phaser's isActive() is false during create, when cached art calls back at once.) */
  private alive = false;

  constructor(
    private readonly deps: GameDeps,
    private readonly assets: ArtLoader,
  ) {
    super({ key: 'Story' });
  }

  init(): void {
    this.ui = undefined;
    this.endCard = undefined;
    this.view = undefined;
    this.shownLine = {};
    this.pendingLine = false;
    this.drawnMenu = '';
    this.pendingTransition = 'fade';
  }

  create(): void {
    this.alive = true;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.alive = false;
    });
    fitCamera(this, this.deps.renderScale);
    // The text box and choices need their skin before the first line is drawn.
    this.assets.ensure(uiRequests(this.deps.art, STORY_UI), () => {
      if (this.alive && !this.ui) this.build();
    });
  }

  private build(): void {
    const { deps } = this;
    const system = new SystemControls(this, deps);
    const ui: Widgets = {
      stage: new StageView(this, () => this.graph, this.assets, deps.reducedMotion),
      textBox: new TextBox(this, {
        charsPerSecond: () => (deps.reducedMotion() ? Infinity : CHARS_PER_SECOND),
        reducedMotion: deps.reducedMotion,
        onType: () => deps.audio.playSfx('text-blip', 'ui'),
      }),
      choices: new ChoicePanel(this),
      captions: new CaptionStrip(this),
      location: this.add.text(64, 52, '', { fontFamily: FONTS.ui, fontSize: '30px', color: '#f3ecef', backgroundColor: '#0b0710cc', padding: { x: 18, y: 10 } }).setDepth(150).setAlpha(0),
      back: new IconButton(this, { x: 1640, y: 80, texture: '', glyph: '↶', onActivate: () => this.back() }),
      system,
    };
    this.ui = ui;
    this.add.zone(0, 0, WIDTH, HEIGHT).setOrigin(0).setInteractive().on('pointerup', () => this.advance());
    const showCaption = (caption: string | undefined): void => {
      if (caption && deps.settings.get().captions) ui.captions.show(`[${caption}]`);
    };
    const unsubscribeSettings = deps.settings.subscribe((s) => {
      if (!s.captions) ui.captions.clear();
    });
    const subs: Subscription[] = [
      deps.actor.subscribe((snapshot) => this.render(selectView(snapshot.context))),
      deps.actor.on('cue.bg', (cue) => {
        this.pendingTransition = cue.transition;
      }),
      deps.actor.on('cue.effect', (cue) => this.screenEffect(cue)),
      deps.actor.on('cue.beat', (cue) => this.showLocation(cue.beatId)),
      deps.actor.on('cue.sfx', (cue) => showCaption(cue.caption)),
      deps.actor.on('cue.ambience', (cue) => showCaption(cue.caption)),
    ];
    const unsubscribeFocus = deps.a11y.onFocusChange((id) => this.drawFocus(id));
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => this.onKey(event));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      subs.forEach((s) => s.unsubscribe());
      unsubscribeFocus();
      unsubscribeSettings();
      system.destroy();
      deps.a11y.setControls('choices', []);
      deps.a11y.setControls('reader', []);
    });
    const context = deps.actor.getSnapshot().context;
    this.showLocation(context.position.beatId);
    this.render(selectView(context));
  }

  /** The story graph being played (it changes when a writer edits the script in dev). */
  private get graph(): StoryGraph {
    return this.deps.actor.getSnapshot().context.graph;
  }

  /** A click, tap, Space, Enter or the Continue button: finish the line, else go on. */
  private advance(): void {
    const ui = this.ui;
    if (!ui || this.view?.mode !== 'reading') return;
    if (this.pendingLine) return; // the line is not on screen yet (its art is loading): never skip it unseen
    if (ui.textBox.isTyping()) ui.textBox.complete();
    else this.deps.actor.send({ type: 'reader.advance' });
  }

  private back(): void {
    this.deps.actor.send({ type: 'reader.back' });
  }

  private choose(index: number): void {
    this.deps.audio.playSfx('ui-select', 'ui');
    this.deps.actor.send({ type: 'reader.choose', index });
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.ui || this.ui.system.handleKey(event) || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Backspace' || event.key === 'PageUp') {
      event.preventDefault();
      this.back();
    } else if (/^[1-9]$/.test(event.key)) {
      const option = this.view?.options[Number(event.key) - 1];
      if (option) this.choose(option.index);
    } else if ((event.key === 'Enter' || event.key === ' ') && !isForDomControl(event)) {
      event.preventDefault();
      this.advance();
    }
  }

  /**
   * The accessible layer updates at once (no line is ever skipped for a screen reader, however fast
   * the reader goes); the canvas follows as soon as the scene's art is loaded.
   */
  private render(view: ReaderView): void {
    const newLine = this.isNewLine(view);
    if (newLine) this.announceLine(view);
    const modeChanged = view.mode !== this.view?.mode;
    this.view = view;
    this.shownLine = { key: view.line?.key, text: view.line?.text, mode: view.mode };
    if (modeChanged || newLine) this.updateControls(view, modeChanged);
    const token = ++this.renderToken;
    this.pendingLine ||= newLine;
    this.assets.ensure(stageTextures(this.graph, this.deps.art, view.stage), () => {
      if (token === this.renderToken && this.alive) this.draw(view);
    });
  }

  /** A line is new unless it is the one already shown, now waiting above a choice menu or the end card. */
  private isNewLine(view: ReaderView): boolean {
    if (!view.line || view.line.key === this.shownLine.key) return false;
    return !(view.mode !== 'reading' && this.shownLine.mode === 'reading' && view.line.text === this.shownLine.text);
  }

  private draw(view: ReaderView): void {
    const ui = this.ui!;
    const transition = this.pendingTransition;
    this.pendingTransition = 'fade';
    ui.stage.render(view.stage, transition);
    if (!view.line) ui.textBox.hide();
    else if (this.pendingLine) ui.textBox.show(view.line);
    this.pendingLine = false;
    ui.back.setVisible(view.canGoBack && view.mode !== 'ended');
    const menu = view.mode === 'choosing' ? view.options.map((o) => `${o.index}:${o.label}`).join('|') : view.mode;
    if (menu !== this.drawnMenu) {
      this.drawnMenu = menu;
      this.endCard?.destroy();
      this.endCard = undefined;
      ui.choices.clear();
      if (view.mode === 'choosing') ui.choices.show(this.optionControls(view));
      if (view.mode === 'ended' && view.ending) {
        ui.textBox.hide();
        this.endCard = new EndCard(this, view.ending, { readAgain: () => this.readAgain(), toTitle: () => this.toTitle() });
      }
      this.drawFocus(this.deps.a11y.focused());
    }
    this.prefetch();
  }

  private announceLine(view: ReaderView): void {
    if (!view.line) return;
    this.deps.a11y.announce(spokenText(view.line) + (view.line.dramatized ? ' (dramatised)' : ''));
  }

  private optionControls(view: ReaderView): Control[] {
    return view.options.map((o, i) => ({ id: choiceControl(o.index), label: o.label, ...(i < 9 ? { shortcut: String(i + 1) } : {}), onActivate: () => this.choose(o.index) }));
  }

  /** The DOM twins of what the canvas offers now; focus follows the reader into a menu, out of it, and to the end. */
  private updateControls(view: ReaderView, modeChanged: boolean): void {
    const { a11y } = this.deps;
    const back: Control[] = view.canGoBack ? [{ id: CONTROL.back, label: 'Back one line', shortcut: 'Backspace PageUp', onActivate: () => this.back() }] : [];
    const options = view.mode === 'choosing' ? this.optionControls(view) : [];
    const focus = modeChanged ? { choosing: options[0]?.id, reading: CONTROL.continue, ended: CONTROL.readAgain }[view.mode] : undefined;
    const reader: Control[] =
      view.mode === 'choosing'
        ? back
        : view.mode === 'ended'
          ? [
              { id: CONTROL.readAgain, label: 'Read again', onActivate: () => this.readAgain() },
              { id: CONTROL.toTitle, label: 'Back to the title', onActivate: () => this.toTitle() },
            ]
          : [{ id: CONTROL.continue, label: 'Continue', shortcut: 'Enter Space', onActivate: () => this.advance() }, ...back];
    // The group that will hold focus is filled first, so focus never passes through Back or Mute.
    if (view.mode === 'choosing') {
      a11y.setControls('choices', options, focus ? { focus } : {});
      a11y.setControls('reader', reader);
    } else {
      a11y.setControls('reader', reader, focus ? { focus } : {});
      a11y.setControls('choices', options);
    }
    if (view.mode === 'ended' && view.ending) a11y.announce(endingSentence(view.ending));
  }

  private drawFocus(id: string | null): void {
    const ui = this.ui;
    if (!ui) return;
    ui.choices.setFocus(id);
    ui.system.setFocus(id);
    ui.back.setFocused(id === CONTROL.back);
    ui.textBox.setFocused(id === CONTROL.continue);
    this.endCard?.setFocus(id);
  }

  private readAgain(): void {
    this.deps.actor.send({ type: 'reader.restart' });
  }

  private toTitle(): void {
    this.scene.start('Title', { returning: true });
  }

  private screenEffect(cue: Extract<StoryCue, { type: 'cue.effect' }>): void {
    if (this.deps.reducedMotion()) return;
    const camera = this.cameras.main;
    if (cue.effect === 'shake') camera.shake(350, 0.008);
    else if (cue.effect === 'flash') camera.flash(220, 255, 240, 240);
    else if (cue.effect === 'fade') camera.fadeFrom(600, 0, 0, 0);
    else camera.shake(160, 0.004);
  }

  /** A new scene's place, on screen for a moment (screen readers hear it from the cue bindings). */
  private showLocation(beatId: string): void {
    const beat = this.graph.beats[beatId];
    const location = this.ui?.location;
    if (!beat || !location) return;
    location.setText(beat.location);
    this.tweens.killTweensOf(location);
    location.setAlpha(1);
    this.tweens.add({ targets: location, alpha: 0, delay: 2600, duration: 800 });
  }

  private prefetch(): void {
    this.assets.ensure(upcomingRequests(this.deps.art, upcomingArt(this.graph, this.deps.actor.getSnapshot().context.position)));
  }
}
