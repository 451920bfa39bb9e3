/** The title: Canal City at night, the logo, and Start. A Start pressed while loading is honoured at once. */
import Phaser from 'phaser';
import type { GameDeps } from './deps.ts';
import { COLORS, FONTS, HEIGHT, WIDTH } from './deps.ts';
import { MenuButton } from './widgets/MenuButton.ts';
import { SystemControls } from './widgets/SystemControls.ts';
import { isForDomControl } from './widgets/keys.ts';
import { CONTROL } from './controls.ts';
import { fitCamera } from './widgets/camera.ts';
import { addRain } from './widgets/rain.ts';
import { bgRequest, upcomingRequests } from './widgets/StageView.ts';
import type { ArtLoader, TextureRequest } from './widgets/textures.ts';
import { STORY_UI, uiRequests } from './widgets/ui-skin.ts';
import { upcomingArt } from '../src/machine/prefetch.ts';

/** The title screen. */
export class TitleScene extends Phaser.Scene {
  private starting = false;

  constructor(
    private readonly deps: GameDeps,
    private readonly assets: ArtLoader,
  ) {
    super({ key: 'Title' });
  }

  /** Whether the reader came back from the story (then focus returns to Start), or just arrived. */
  private returning = false;
  /** Between create and shutdown (cached art calls back during create, before Phaser counts the scene as active). */
  private alive = false;

  init(data: { returning?: boolean } = {}): void {
    this.starting = false;
    this.returning = data.returning === true;
  }

  create(): void {
    const { deps } = this;
    this.alive = true;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.alive = false;
    });
    fitCamera(this, deps.renderScale);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => deps.onReady());
    if (deps.takeEarlyStart()) {
      // Start was pressed while loading: its button from index.html goes, the story begins.
      deps.a11y.setControls('title', []);
      this.startStory();
      return;
    }
    this.drawBackdrop();
    const start = new MenuButton(this, { x: WIDTH / 2, y: 800, label: 'Start', skin: { idle: 'ui-button', hover: 'ui-button-hover' }, onActivate: () => this.startStory() });
    const system = new SystemControls(this, deps);
    const hint = this.add
      .text(WIDTH / 2, 900, 'Sound starts when you press Start · M mutes', { fontFamily: FONTS.ui, fontSize: '26px', color: '#a89aa6' })
      .setOrigin(0.5);
    const syncHint = (): void => {
      hint.setVisible(deps.audio.state() === 'locked');
    };
    const unsubscribeAudio = deps.audio.onStateChange(syncHint);
    syncHint();
    deps.a11y.setControls('title', [{ id: CONTROL.start, label: 'Start', shortcut: 'Enter', onActivate: () => this.startStory() }], this.returning ? { focus: CONTROL.start } : {});
    const unsubscribeFocus = deps.a11y.onFocusChange((id) => {
      start.setFocused(id === CONTROL.start);
      system.setFocus(id);
    });
    start.setFocused(deps.a11y.focused() === CONTROL.start);
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (system.handleKey(event) || isForDomControl(event) || event.repeat) return;
      if (event.key === 'Enter' || event.key === ' ') this.startStory();
    });
    deps.audio.playMusic('title');
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribeFocus();
      unsubscribeAudio();
      system.destroy();
      deps.a11y.setControls('title', []);
    });
  }

  private drawBackdrop(): void {
    // The skyline fades in when it has loaded: Start does not wait for the biggest picture.
    const night = this.add.rectangle(0, 0, WIDTH, HEIGHT, COLORS.night).setOrigin(0).setDepth(-2);
    const backdrop = bgRequest(this.deps.art, 'canal-city-night');
    this.assets.ensure([backdrop], () => {
      // What reading needs next loads behind the title, whether or not the skyline made it.
      this.assets.ensure([...uiRequests(this.deps.art, STORY_UI), ...openingArt(this.deps)]);
      if (!this.alive || !this.assets.has(backdrop.key)) return;
      // Dimmed by tint rather than by a second full-screen layer: fill rate is what small GPUs lack.
      const image = this.add.image(0, 0, backdrop.key).setOrigin(0).setDisplaySize(WIDTH, HEIGHT).setTint(0xa6a6a6).setDepth(-1);
      if (this.deps.reducedMotion()) night.setVisible(false);
      else this.tweens.add({ targets: image, alpha: { from: 0, to: 1 }, duration: 400, onComplete: () => night.setVisible(false) });
    });
    if (!this.deps.reducedMotion()) addRain(this, 0.6);
    this.add.image(WIDTH / 2, 420, shadeTexture(this)).setDisplaySize(WIDTH, 560);
    if (this.textures.exists('ui-logo')) {
      this.add.image(WIDTH / 2, 330, 'ui-logo').setDisplaySize(1200, 300);
    } else {
      this.add.text(WIDTH / 2, 300, 'METALLIC ROUGE', { fontFamily: FONTS.display, fontSize: '140px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    }
    this.add
      .text(WIDTH / 2, 560, 'Act 1 — Crimson Is the Sound of Dawn', {
        fontFamily: FONTS.display,
        fontSize: '56px',
        color: '#e8b64c',
        shadow: { offsetX: 0, offsetY: 3, color: '#000000', blur: 14, fill: true },
      })
      .setOrigin(0.5);
    this.add
      .text(WIDTH / 2, HEIGHT - 44, 'An unofficial fan retelling. Not affiliated with Bones or the rights holders. All art and sound are original.', {
        fontFamily: FONTS.ui,
        fontSize: '22px',
        color: '#a89aa6',
      })
      .setOrigin(0.5);
  }

  private startStory(): void {
    if (this.starting) return;
    this.starting = true;
    // The story starts first, so unlocking sound plays its music, not a moment of the title's.
    this.deps.startStory();
    this.deps.audio.unlock();
    this.deps.audio.playSfx('ui-select', 'ui');
    this.scene.start('Story');
  }
}

/** A soft dark band (transparent at its edges) that keeps the title legible over the busy skyline. */
function shadeTexture(scene: Phaser.Scene): string {
  const key = 'title-shade';
  if (scene.textures.exists(key)) return key;
  const texture = scene.textures.createCanvas(key, 8, 128);
  if (!texture) return key;
  const ctx = texture.getContext();
  const gradient = ctx.createLinearGradient(0, 0, 0, 128);
  gradient.addColorStop(0, 'rgba(8, 4, 12, 0)');
  gradient.addColorStop(0.5, 'rgba(8, 4, 12, 0.72)');
  gradient.addColorStop(1, 'rgba(8, 4, 12, 0)');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, 8, 128);
  texture.refresh();
  return key;
}

/** The art of the story's first scenes, so the first line does not wait for it. */
function openingArt(deps: GameDeps): TextureRequest[] {
  const { graph } = deps.actor.getSnapshot().context;
  return upcomingRequests(deps.art, upcomingArt(graph, { beatId: graph.start, step: 0 }));
}
