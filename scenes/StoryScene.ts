/** The story: a thin view of the story actor. It draws the snapshot and sends the reader's actions back. */
import Phaser from 'phaser';
import type { Subscription } from 'xstate';
import { selectView, spokenText, type ReaderView } from '../src/machine/selectors';
import { upcomingArt } from '../src/machine/prefetch';
import type { StoryCue } from '../src/machine/runtime';
import type { BgTransition } from '../src/story/types';
import type { GameDeps } from './deps';
import { COLORS, FONTS, HEIGHT, WIDTH } from './deps';
import { ChoicePanel } from './widgets/ChoicePanel';
import { isForDomControl } from './widgets/keys';
import { MenuButton } from './widgets/MenuButton';
import { MuteControl } from './widgets/MuteControl';
import { bgRequest, spriteRequest, StageView, stageTextures } from './widgets/StageView';
import { TextBox } from './widgets/TextBox';
import { TextureLoader } from './widgets/textures';

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
  private shownLine: string | undefined;
  private shownMode: ReaderView['mode'] | undefined;
  private pendingTransition: BgTransition = 'fade';
  private renderToken = 0;

  constructor(private readonly deps: GameDeps) {
    super({ key: 'Story' });
  }

  init(): void {
    this.shownLine = undefined;
    this.shownMode = undefined;
    this.endCard = [];
    this.pendingTransition = 'fade';
  }

  create(): void {
    const { deps } = this;
    this.loader = new TextureLoader(this);
    this.stage = new StageView(this, deps.graph, this.loader, deps.reducedMotion);
    this.textBox = new TextBox(this, {
      charsPerSecond: deps.reducedMotion ? Infinity : CHARS_PER_SECOND,
      onType: () => deps.audio.playSfx('text-blip', 'ui'),
    });
    this.choices = new ChoicePanel(this);
    this.caption = this.add.text(64, 52, '', { fontFamily: FONTS.ui, fontSize: '30px', color: '#f3ecef', backgroundColor: '#0b0710cc', padding: { x: 18, y: 10 } }).setDepth(150).setAlpha(0);
    const mute = new MuteControl(this, deps.audio, deps.a11y);
    this.add.zone(0, 0, WIDTH, HEIGHT).setOrigin(0).setInteractive().on('pointerup', () => this.advance());

    const subs: Subscription[] = [
      deps.actor.subscribe((snapshot) => this.render(selectView(snapshot.context))),
      deps.actor.on('cue.bg', (cue) => {
        this.pendingTransition = cue.transition;
      }),
      deps.actor.on('cue.effect', (cue) => this.screenEffect(cue)),
      deps.actor.on('cue.beat', (cue) => this.showLocation(cue.beatId)),
      deps.actor.on('cue.unlock', (cue) => this.announceUnlock(cue)),
    ];
    const unsubscribeFocus = deps.a11y.onFocusChange((id) => {
      this.choices.setFocus(id);
      mute.setFocus(id);
    });
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => this.onKey(event, mute));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      subs.forEach((s) => s.unsubscribe());
      unsubscribeFocus();
      mute.destroy();
      deps.a11y.setControls('choices', []);
      deps.a11y.setControls('reader', []);
    });
    this.render(selectView(deps.actor.getSnapshot().context));
    this.showLocation(deps.actor.getSnapshot().context.position.beatId);
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

  private onKey(event: KeyboardEvent, mute: MuteControl): void {
    if (event.key === 'm' || event.key === 'M') {
      if (!isForDomControl(event) || !(event.target instanceof HTMLInputElement)) mute.toggle();
      return;
    }
    if (isForDomControl(event) || event.repeat) return;
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

  private render(view: ReaderView): void {
    const token = ++this.renderToken;
    this.loader.ensure(stageTextures(this.deps.graph, this.deps.art, view.stage), () => {
      if (token === this.renderToken) this.draw(view);
    });
  }

  private draw(view: ReaderView): void {
    const transition = this.pendingTransition;
    this.pendingTransition = 'fade';
    this.stage.render(view.stage, transition);
    const lineChanged = view.line?.key !== this.shownLine;
    if (view.line && lineChanged) {
      this.textBox.show(view.line);
      if (view.mode !== 'choosing' || this.shownMode !== 'reading') this.announceLine(view);
    }
    this.shownLine = view.line?.key;
    if (view.mode !== this.shownMode || lineChanged) this.drawControls(view);
    this.shownMode = view.mode;
    this.prefetch();
  }

  private announceLine(view: ReaderView): void {
    if (!view.line) return;
    this.deps.a11y.announce(spokenText(view.line) + (view.line.dramatized ? ' (dramatised)' : ''));
  }

  private drawControls(view: ReaderView): void {
    const { a11y } = this.deps;
    this.clearEndCard();
    if (view.mode === 'choosing') {
      const items = view.options.map((o) => ({ id: `choice-${o.index}`, label: o.label, onActivate: () => this.choose(o.index) }));
      this.choices.show(items);
      a11y.setControls('choices', items);
      a11y.setControls('reader', view.canGoBack ? [{ id: 'back', label: 'Back one line', shortcut: 'Backspace', onActivate: () => this.back() }] : []);
      return;
    }
    this.choices.clear();
    a11y.setControls('choices', []);
    if (view.mode === 'ended') {
      this.drawEndCard(view.ending ?? 'The end');
      return;
    }
    a11y.setControls('reader', [
      { id: 'continue', label: 'Continue', shortcut: 'Enter', onActivate: () => this.advance() },
      ...(view.canGoBack ? [{ id: 'back', label: 'Back one line', shortcut: 'Backspace', onActivate: () => this.back() }] : []),
    ]);
  }

  private drawEndCard(ending: string): void {
    const { a11y, actor } = this.deps;
    this.textBox.hide();
    a11y.announce(`The end: ${ending}.`);
    const shade = this.add.rectangle(0, 0, WIDTH, HEIGHT, COLORS.night, 0.7).setOrigin(0).setDepth(400);
    const title = this.add.text(WIDTH / 2, 380, ending, { fontFamily: FONTS.display, fontSize: '72px', color: '#e8b64c' }).setOrigin(0.5).setDepth(401);
    const again = () => actor.send({ type: 'reader.restart' });
    const toTitle = () => this.scene.start('Title');
    const readAgain = new MenuButton(this, { x: WIDTH / 2, y: 600, label: 'Read again', skin: { idle: 'ui-button', hover: 'ui-button-hover' }, onActivate: again });
    const title2 = new MenuButton(this, { x: WIDTH / 2, y: 720, label: 'Back to the title', skin: { idle: 'ui-button', hover: 'ui-button-hover' }, onActivate: toTitle });
    readAgain.container.setDepth(402);
    title2.container.setDepth(402);
    this.endCard = [shade, title, readAgain.container, title2.container];
    a11y.setControls('reader', [
      { id: 'read-again', label: 'Read again', onActivate: again },
      { id: 'to-title', label: 'Back to the title', onActivate: toTitle },
    ]);
    a11y.focus('read-again');
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
    const beat = this.deps.graph.beats[beatId];
    if (!beat) return;
    this.caption.setText(beat.location);
    this.tweens.killTweensOf(this.caption);
    this.caption.setAlpha(1);
    this.tweens.add({ targets: this.caption, alpha: 0, delay: 2600, duration: 800 });
  }

  private announceUnlock(cue: Extract<StoryCue, { type: 'cue.unlock' }>): void {
    const dossier = this.deps.graph.dossiers[cue.dossier];
    if (dossier) this.deps.a11y.notify(`Dossier updated: ${dossier.name}.`);
  }

  private prefetch(): void {
    const { graph, art, actor } = this.deps;
    const ahead = upcomingArt(graph, actor.getSnapshot().context.position);
    this.loader.ensure([...ahead.backgrounds.map((k) => bgRequest(art, k)), ...ahead.sprites.map((k) => spriteRequest(art, k))]);
  }
}
