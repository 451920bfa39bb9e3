/** The story: a thin view of the story actor. It draws the snapshot and sends the reader's actions back. */
import Phaser from 'phaser';
import type { Subscription } from 'xstate';
import { listInWords, selectView, spokenText, type EndingView, type ReaderView } from '../src/machine/selectors.ts';
import { upcomingArt } from '../src/machine/prefetch.ts';
import type { StoryCue } from '../src/machine/runtime.ts';
import type { BgTransition, StoryGraph } from '../src/story/types.ts';
import type { GameDeps } from './deps.ts';
import { COLORS, FONTS, HEIGHT, WIDTH } from './deps.ts';
import { ChoicePanel } from './widgets/ChoicePanel.ts';
import { isForDomControl } from './widgets/keys.ts';
import { MenuButton } from './widgets/MenuButton.ts';
import { CaptionStrip } from './widgets/CaptionStrip.ts';
import { SystemControls } from './widgets/SystemControls.ts';
import { bgRequest, spriteRequest, StageView, stageTextures } from './widgets/StageView.ts';
import { TextBox } from './widgets/TextBox.ts';
import { fitCamera } from './widgets/camera.ts';
import { TextureLoader } from './widgets/textures.ts';
import { STORY_UI, uiRequests } from './widgets/ui-skin.ts';

/** Default reading speed, characters per second. */
const CHARS_PER_SECOND = 45;

/** The reading scene. */
export class StoryScene extends Phaser.Scene {
  private stage!: StageView;
  private textBox!: TextBox;
  private choices!: ChoicePanel;
  private loader!: TextureLoader;
  private caption!: Phaser.GameObjects.Text;
  private endCard: Phaser.GameObjects.GameObject[] = [];
  private shownLine: { key?: string | undefined; text?: string | undefined; mode?: ReaderView['mode'] } = {};
  private shownMode: ReaderView['mode'] | undefined;
  /** A new line arrived that the canvas has not drawn yet (its art may still be loading). */
  private pendingLine = false;
  /** What the canvas shows besides the line: the menu's options, the end card, or nothing. */
  private drawnMenu = '';
  private pendingTransition: BgTransition = 'fade';
  private renderToken = 0;

  constructor(private readonly deps: GameDeps) {
    super({ key: 'Story' });
  }

  /** The text box and choices need their skin before the first line. */
  preload(): void {
    const s = this.deps.renderScale;
    for (const request of uiRequests(this.deps.art, STORY_UI)) {
      if (request.url && !this.textures.exists(request.key)) this.load.svg(request.key, request.url, { width: Math.round(request.width * s), height: Math.round(request.height * s) });
    }
  }

  init(): void {
    this.shownLine = {};
    this.pendingLine = false;
    this.drawnMenu = '';
    this.shownMode = undefined;
    this.endCard = [];
    this.pendingTransition = 'fade';
  }

  create(): void {
    const { deps } = this;
    fitCamera(this, deps.renderScale);
    this.loader = new TextureLoader(this, deps.renderScale);
    this.stage = new StageView(this, () => this.graph, this.loader, deps.reducedMotion);
    this.textBox = new TextBox(this, {
      charsPerSecond: deps.reducedMotion ? Infinity : CHARS_PER_SECOND,
      onType: () => deps.audio.playSfx('text-blip', 'ui'),
    });
    this.choices = new ChoicePanel(this);
    this.caption = this.add.text(64, 52, '', { fontFamily: FONTS.ui, fontSize: '30px', color: '#f3ecef', backgroundColor: '#0b0710cc', padding: { x: 18, y: 10 } }).setDepth(150).setAlpha(0);
    const system = new SystemControls(this, deps);
    const captions = new CaptionStrip(this);
    const showCaption = (caption: string | undefined): void => {
      if (caption && deps.settings.get().captions) captions.show(`[${caption}]`);
    };
    const unsubscribeSettings = deps.settings.subscribe((s) => {
      if (!s.captions) captions.clear();
    });
    this.add.zone(0, 0, WIDTH, HEIGHT).setOrigin(0).setInteractive().on('pointerup', () => this.advance());

    const subs: Subscription[] = [
      deps.actor.subscribe((snapshot) => this.render(selectView(snapshot.context))),
      deps.actor.on('cue.bg', (cue) => {
        this.pendingTransition = cue.transition;
      }),
      deps.actor.on('cue.effect', (cue) => this.screenEffect(cue)),
      deps.actor.on('cue.beat', (cue) => this.showLocation(cue.beatId)),
      deps.actor.on('cue.unlock', (cue) => this.announceUnlock(cue)),
      deps.actor.on('cue.sfx', (cue) => showCaption(cue.caption)),
      deps.actor.on('cue.ambience', (cue) => showCaption(cue.caption)),
    ];
    const unsubscribeFocus = deps.a11y.onFocusChange((id) => {
      this.choices.setFocus(id);
      system.setFocus(id);
    });
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => this.onKey(event, system));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      subs.forEach((s) => s.unsubscribe());
      unsubscribeFocus();
      system.destroy();
      unsubscribeSettings();
      deps.a11y.setControls('choices', []);
      deps.a11y.setControls('reader', []);
    });
    this.render(selectView(deps.actor.getSnapshot().context));
    this.showLocation(deps.actor.getSnapshot().context.position.beatId);
  }

  /** The story graph being played (it changes when a writer edits the script in dev). */
  private get graph(): StoryGraph {
    return this.deps.actor.getSnapshot().context.graph;
  }

  /** A click, tap, Space, Enter or the Continue button: finish the line, else go on. */
  private advance(): void {
    if (this.textBox.isTyping()) {
      this.textBox.complete();
      return;
    }
    const snapshot = this.deps.actor.getSnapshot();
    if (snapshot.value === 'reading') this.deps.actor.send({ type: 'reader.advance' });
  }

  private back(): void {
    this.deps.actor.send({ type: 'reader.back' });
  }

  private onKey(event: KeyboardEvent, system: SystemControls): void {
    if (system.handleKey(event) || isForDomControl(event) || event.repeat) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.advance();
    } else if (event.key === 'Backspace' || event.key === 'PageUp') {
      this.back();
    } else if (/^[1-9]$/.test(event.key)) {
      const option = selectView(this.deps.actor.getSnapshot().context).options[Number(event.key) - 1];
      if (option) this.choose(option.index);
    }
  }

  private choose(index: number): void {
    this.deps.audio.playSfx('ui-select', 'ui');
    this.deps.actor.send({ type: 'reader.choose', index });
  }

  /**
   * The accessible layer updates at once (no line is ever skipped for a screen reader, however fast
   * the reader goes); the canvas follows as soon as the scene's art is loaded.
   */
  private render(view: ReaderView): void {
    const newLine = this.isNewLine(view);
    if (newLine) this.announceLine(view);
    this.shownLine = { key: view.line?.key, text: view.line?.text, mode: view.mode };
    const modeChanged = view.mode !== this.shownMode;
    this.shownMode = view.mode;
    if (modeChanged || newLine) this.updateControls(view);
    const token = ++this.renderToken;
    this.pendingLine ||= newLine;
    this.loader.ensure(stageTextures(this.graph, this.deps.art, view.stage), () => {
      if (token === this.renderToken) this.draw(view);
    });
  }

  /** A line is new unless it is the one already shown, now waiting above a choice menu or the end card. */
  private isNewLine(view: ReaderView): boolean {
    if (!view.line || view.line.key === this.shownLine.key) return false;
    return !(view.mode !== 'reading' && this.shownLine.mode === 'reading' && view.line.text === this.shownLine.text);
  }

  private draw(view: ReaderView): void {
    const transition = this.pendingTransition;
    this.pendingTransition = 'fade';
    this.stage.render(view.stage, transition);
    if (view.line && this.pendingLine) this.textBox.show(view.line);
    this.pendingLine = false;
    const menu = view.mode === 'choosing' ? view.options.map((o) => `${o.index}:${o.label}`).join('|') : view.mode;
    if (menu !== this.drawnMenu) {
      this.drawnMenu = menu;
      this.clearEndCard();
      this.choices.clear();
      if (view.mode === 'choosing') {
        this.choices.show(view.options.map((o) => ({ id: `choice-${o.index}`, label: o.label, onActivate: () => this.choose(o.index) })));
        this.choices.setFocus(this.deps.a11y.focused());
      }
      if (view.mode === 'ended' && view.ending) this.drawEndCard(view.ending);
    }
    this.prefetch();
  }

  private announceLine(view: ReaderView): void {
    if (!view.line) return;
    this.deps.a11y.announce(spokenText(view.line) + (view.line.dramatized ? ' (dramatised)' : ''));
  }

  /** The DOM twins of what the canvas offers now. */
  private updateControls(view: ReaderView): void {
    const { a11y } = this.deps;
    const back = view.canGoBack ? [{ id: 'back', label: 'Back one line', shortcut: 'Backspace', onActivate: () => this.back() }] : [];
    a11y.setControls('choices', view.mode === 'choosing' ? view.options.map((o) => ({ id: `choice-${o.index}`, label: o.label, onActivate: () => this.choose(o.index) })) : []);
    if (view.mode === 'choosing') {
      a11y.setControls('reader', back);
    } else if (view.mode === 'ended') {
      if (view.ending) a11y.announce(endingSentence(view.ending));
      a11y.setControls('reader', [
        { id: 'read-again', label: 'Read again', onActivate: () => this.deps.actor.send({ type: 'reader.restart' }) },
        { id: 'to-title', label: 'Back to the title', onActivate: () => this.scene.start('Title') },
      ]);
      a11y.focus('read-again');
    } else {
      a11y.setControls('reader', [{ id: 'continue', label: 'Continue', shortcut: 'Enter', onActivate: () => this.advance() }, ...back]);
    }
  }

  private drawEndCard(ending: EndingView): void {
    const { actor } = this.deps;
    this.textBox.hide();
    const shade = this.add.rectangle(0, 0, WIDTH, HEIGHT, COLORS.night, 0.78).setOrigin(0).setDepth(400);
    const kicker = this.add.text(WIDTH / 2, 250, 'ACT 1 — THE END', { fontFamily: FONTS.ui, fontSize: '30px', color: '#e0304a', letterSpacing: 8 }).setOrigin(0.5).setDepth(401);
    const title = this.add.text(WIDTH / 2, 330, ending.name, { fontFamily: FONTS.display, fontSize: '76px', color: '#e8b64c' }).setOrigin(0.5).setDepth(401);
    const routes = this.add
      .text(WIDTH / 2, 450, routesSentence(ending), { fontFamily: FONTS.ui, fontSize: '30px', color: '#f3ecef', align: 'center', lineSpacing: 10, wordWrap: { width: 1400 } })
      .setOrigin(0.5, 0)
      .setDepth(401);
    const again = () => actor.send({ type: 'reader.restart' });
    const toTitle = () => this.scene.start('Title');
    const readAgain = new MenuButton(this, { x: WIDTH / 2, y: 680, label: 'Read again', skin: { idle: 'ui-button', hover: 'ui-button-hover' }, onActivate: again });
    const title2 = new MenuButton(this, { x: WIDTH / 2, y: 800, label: 'Back to the title', skin: { idle: 'ui-button', hover: 'ui-button-hover' }, onActivate: toTitle });
    readAgain.container.setDepth(402);
    title2.container.setDepth(402);
    this.endCard = [shade, kicker, title, routes, readAgain.container, title2.container];
  }

  private clearEndCard(): void {
    for (const item of this.endCard) item.destroy();
    this.endCard = [];
  }

  private screenEffect(cue: Extract<StoryCue, { type: 'cue.effect' }>): void {
    if (this.deps.reducedMotion) return;
    const camera = this.cameras.main;
    if (cue.effect === 'shake') camera.shake(350, 0.008);
    else if (cue.effect === 'flash') camera.flash(220, 255, 240, 240);
    else if (cue.effect === 'fade') camera.fadeFrom(600, 0, 0, 0);
    else camera.shake(160, 0.004);
  }

  private showLocation(beatId: string): void {
    const beat = this.graph.beats[beatId];
    if (!beat) return;
    this.caption.setText(beat.location);
    this.tweens.killTweensOf(this.caption);
    this.caption.setAlpha(1);
    this.tweens.add({ targets: this.caption, alpha: 0, delay: 2600, duration: 800 });
  }

  private announceUnlock(cue: Extract<StoryCue, { type: 'cue.unlock' }>): void {
    const dossier = this.graph.dossiers[cue.dossier];
    if (dossier) this.deps.a11y.notify(`Dossier updated: ${dossier.name}.`);
  }

  private prefetch(): void {
    const { art, actor } = this.deps;
    const ahead = upcomingArt(this.graph, actor.getSnapshot().context.position);
    this.loader.ensure([...ahead.backgrounds.map((k) => bgRequest(art, k)), ...ahead.sprites.map((k) => spriteRequest(art, k))]);
  }
}

/** "You followed Rouge's side. Still to read: Sarah's side and the Nectar trail." */
function routesSentence(ending: EndingView): string {
  const followed = ending.followed.length ? `You followed ${listInWords(ending.followed.map((r) => r.name))}.` : '';
  const missed = ending.missed.length ? `Still to read: ${listInWords(ending.missed.map((r) => r.name))}.` : 'You have read every side of the night.';
  return [followed, missed].filter(Boolean).join('\n');
}

/** The end, as the live region says it. */
function endingSentence(ending: EndingView): string {
  return `The end: ${ending.name}. ${routesSentence(ending).replace('\n', ' ')}`;
}
