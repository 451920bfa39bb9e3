/**
 * The explorer put together: the screens and overlays, the reading session, storage and sound,
 * wired once at startup by the composition root. Nothing here touches Phaser: the stage follows
 * `screens` on its own when it arrives.
 */
import type { Announcer } from '../a11y/announcer.ts';
import type { AudioPort } from '../audio/audio-port.ts';
import { lazySpeech, type SpeechPort } from '../audio/speech.ts';
import { bindStoryVoice, type StoryVoice } from '../audio/story-voice.ts';
import type { StorySave } from '../machine/story-machine.ts';
import type { StoryMapLayouts } from '../map/map-layout.ts';
import { lineId } from '../progress/progress.ts';
import { StorySession } from '../session/story-session.ts';
import { resumeNotice, saveRecordOf } from '../storage/save-meta.ts';
import type { SaveRecord, SlotId } from '../storage/save-schema.ts';
import type { ExplorerStorage } from '../storage/explorer-storage.ts';
import type { StoryGraph } from '../story/types.ts';
import type { MotionSource } from '../ui/display.ts';
import { onFirstReach, type ButtonSpec } from '../ui/dom.ts';
import type { PadActions } from '../ui/gamepad.ts';
import type { MapReaderNow } from '../ui/map/map-chapter.ts';
import type { RecapScreen } from '../ui/recap/recap-screen.ts';
import { bindUnlockNotices, type UnlockNotices } from '../ui/dossiers/unlock-notices.ts';
import { LazyOverlay } from '../ui/lazy-overlay.ts';
import { Navigator } from '../ui/navigator.ts';
import type { OverlayKind, OverlayRoute } from '../ui/routes.ts';
import { askFirst } from '../ui/saves/confirm.ts';
import { ScreenHost, type Overlay, type Screen, type ScreenId } from '../ui/screen.ts';
import { StoryScreen, type MenuItem } from '../ui/story/story-screen.ts';
import { TitleScreen } from '../ui/title/title-screen.ts';
import type { Toasts } from '../ui/toasts.ts';
import { fullGraphLoader } from './full-graph.ts';
import type { OverlayContext } from './overlays.ts';

// In the dev server a script edit also re-lays out the map and recompiles the texts; accepting them
// here keeps the page (and the writer's place in the story) instead of reloading it.
import.meta.hot?.accept(['virtual:story-map', 'virtual:story-texts'], () => undefined);

/** What the explorer is built from. */
export interface ExplorerDeps {
  readonly doc: Document;
  readonly graph: StoryGraph;
  readonly storage: ExplorerStorage;
  readonly audio: AudioPort;
  readonly announcer: Announcer;
  readonly toasts: Toasts;
  readonly motion: MotionSource;
  /** The latest picture of the stage for a save slot (the stage provides it once it runs). */
  readonly thumbnail: () => string | undefined;
  /** Self-voicing (the browser's speech synthesis unless given). */
  readonly speech?: SpeechPort;
  /** The URL of a character image by key, for dossier portraits. */
  readonly portraits?: (key: string) => string | undefined;
}

/** The running explorer. */
export class Explorer {
  readonly screens: ScreenHost;
  readonly navigator: Navigator;
  private session: StorySession | undefined;
  private hasAutosave = false;
  private titleShown = 0;
  private readonly speech: SpeechPort;
  private unbindVoice: StoryVoice | undefined;
  /** The story map's layouts: a separate chunk, fetched when the page is idle after startup or when the map opens. */
  private mapLayouts: StoryMapLayouts | Promise<StoryMapLayouts> | undefined;
  private notices: UnlockNotices | undefined;
  /** The recap screen's class, once its chunk has arrived. */
  private recapScreen: typeof RecapScreen | undefined;
  /** What the overlays keep between openings. */
  private readonly kept: OverlayContext['kept'] = {};
  /** The whole graph (dossier texts, relationships, recap), loaded when a screen that shows them opens. */
  private readonly fullGraph: () => Promise<StoryGraph>;
  private wholeGraph: StoryGraph | undefined;
  private overlayModule: Promise<typeof import('./overlays.ts')> | undefined;

  constructor(private readonly deps: ExplorerDeps) {
    const win = deps.doc.defaultView!;
    // The browser's speech synthesis, its code fetched with the menus' (self-voicing is off unless the reader asks).
    this.speech = deps.speech ?? lazySpeech(() => import('../audio/browser-speech.ts').then(({ browserSpeech }) => browserSpeech(win)));
    this.fullGraph = fullGraphLoader(deps.graph, () => import('virtual:story-texts'));
    this.screens = new ScreenHost(deps.doc.getElementById('ui')!, (id) => this.makeScreen(id), (route) => this.makeOverlay(route));
    this.navigator = new Navigator(this.screens, win);
    const onHide = (): void => {
      this.session?.keepAtOnce();
      void this.flush();
    };
    win.addEventListener('pagehide', onHide);
    deps.doc.addEventListener('visibilitychange', () => {
      if (deps.doc.hidden) onHide();
    });
    // The pad code comes with the first pad: most readers never connect one.
    const pads = (): void => void import('../ui/gamepad.ts').then(({ bindGamepads, moveFocus }) => bindGamepads(win, this.padActions(moveFocus)));
    if ([...(win.navigator.getGamepads?.() ?? [])].some((pad) => pad?.connected)) pads();
    else win.addEventListener('gamepadconnected', pads, { once: true });
  }

  /** Shows the title (with Continue when an autosave exists) and opens any overlay the address names. */
  async start(): Promise<void> {
    this.hasAutosave = await this.deps.storage.saves.has('auto');
    this.screens.go('title');
    this.navigator.start();
    // The overlays' modules arrive as soon as the reader reaches for the page (not before: a page
    // only looked at does no work), so the menus open without waiting on them.
    onFirstReach(this.deps.doc, () => {
      for (const pending of [this.storyMapLayouts(), this.overlays(), this.fullGraph()]) void Promise.resolve(pending).catch(() => undefined);
      this.speech.available(); // asking starts the speech code's load, for the settings and the recap to find it there
      void import('../ui/map/completion-view.ts').catch(() => undefined); // the end card's count
    });
    const { storage, toasts } = this.deps;
    if (storage.notice) toasts.show(storage.notice, { sticky: true, tone: 'warning' });
    for (const damaged of storage.damaged) toasts.show(damaged.message, { sticky: true, tone: 'warning' });
  }

  /** Starts reading: from the beginning, or from a save (Continue, a slot, a chapter). */
  async read(from?: { save: StorySave; playTimeMs?: number }): Promise<void> {
    const { deps } = this;
    await this.session?.end();
    const notice = from ? resumeNotice(deps.graph, from.save) : undefined;
    this.session = new StorySession(
      {
        audio: deps.audio,
        speaker: deps.announcer,
        progress: deps.storage.progress,
        saves: deps.storage.saves,
        thumbnail: deps.thumbnail,
        onSaveFailure: (message) => deps.toasts.show(`The story could not be saved: ${message}`, { tone: 'warning' }),
      },
      deps.graph,
      from ? { save: from.save, ...(from.playTimeMs !== undefined ? { playTimeMs: from.playTimeMs } : {}) } : {},
    );
    this.unbindVoice?.();
    this.unbindVoice = bindStoryVoice(this.session.actor, this.speech, deps.storage.settings);
    this.hasAutosave = true;
    this.notices?.stop();
    this.notices = bindUnlockNotices(this.session.actor, { toasts: deps.toasts, progress: deps.storage.progress, open: (route) => this.open(route), win: deps.doc.defaultView! });
    // Sound may start now: this runs from the reader's own press.
    deps.audio.unlock();
    deps.audio.playSfx('ui-select', 'ui');
    this.screens.go('story');
    if (notice) deps.toasts.show(notice, { sticky: true });
  }

  /** Starts the guided recap (from the title, or anywhere that offers it); its screen loads as its own chunk. */
  recap(): void {
    // Sound may start now: this runs from the reader's own press.
    this.deps.audio.unlock();
    this.speech.cancel();
    Promise.all([import('../ui/recap/recap-screen.ts'), this.fullGraph()]).then(
      ([{ RecapScreen }, graph]) => {
        this.recapScreen = RecapScreen;
        this.wholeGraph = graph;
        this.screens.go('recap');
      },
      () => this.deps.toasts.show('The recap could not load. Check the connection and try again.', { tone: 'warning' }),
    );
  }

  /** The story's actor while reading (for the stage feed and tests of the wiring). */
  currentSession(): StorySession | undefined {
    return this.session;
  }

  /** Writes what is waiting: the autosave, progress and settings (the page is being hidden or closed). */
  async flush(): Promise<void> {
    await Promise.all([this.session?.flush(), this.deps.storage.progress.flush(), this.deps.storage.settings.flush()]);
  }

  private makeScreen(id: ScreenId): Screen {
    const { doc, audio, motion } = this.deps;
    const settings = this.deps.storage.settings;
    if (id === 'recap' && this.recapScreen && this.wholeGraph) {
      const { announcer: speaker } = this.deps;
      const graph = this.wholeGraph;
      const toTitle = (): void => {
        audio.playMusic('title');
        this.screens.go('title');
      };
      return new this.recapScreen({ doc, graph, settings, audio, speech: this.speech, speaker, toTitle, readFrom: (beatId) => void this.readFrom(beatId), openDossier: (entry) => this.open({ kind: 'dossiers', entry }) });
    }
    if (id === 'story' && this.session) {
      const session = this.session;
      session.clock.start();
      const progress = this.deps.storage.progress;
      return new StoryScreen({
        doc,
        actor: session.actor,
        settings,
        audio,
        motion,
        toTitle: () => void this.toTitle(),
        menu: this.storyMenu(),
        openBacklog: () => this.open({ kind: 'backlog' }),
        readBefore: (beatId, text) => progress.get().lines.includes(lineId(beatId, text)),
        sidesFinished: () => progress.get().routes,
        speaking: () => this.unbindVoice?.speaking() ?? false,
        endNote: () => this.endNote(),
      });
    }
    this.titleShown += 1;
    return new TitleScreen({
      doc,
      audio,
      settings,
      focusStart: this.titleShown > 1,
      start: () => void this.read(),
      before: this.hasAutosave ? [{ id: 'continue-story', label: 'Continue', onActivate: () => void this.continueStory() }] : [],
      after: this.titleMenu(),
      onShortcut: (event) => this.titleShortcut(event) || this.dossierKey(event),
    });
  }

  private makeOverlay(route: OverlayRoute): Overlay {
    // The notice has done its job, and on a phone it would sit over the search.
    if (route.kind === 'dossiers') this.notices?.dismiss();
    const close = (): void => this.navigator.close();
    const load = async (): Promise<Overlay> => {
      const [{ makeOverlayFor }, graph] = await Promise.all([this.overlays(), this.fullGraph()]);
      return makeOverlayFor(route, this.overlayContext(close, graph));
    };
    return new LazyOverlay(route.kind, OVERLAY_TITLES[route.kind], load, close);
  }

  /** The overlays' module (one chunk), loaded once; a failed load is tried again next time. */
  private overlays(): Promise<typeof import('./overlays.ts')> {
    this.overlayModule ??= import('./overlays.ts').catch((error: unknown) => {
      this.overlayModule = undefined;
      throw error;
    });
    return this.overlayModule;
  }

  private overlayContext(close: () => void, graph: StoryGraph): OverlayContext {
    const { doc, storage, toasts } = this.deps;
    return {
      doc,
      graph,
      storage,
      toasts,
      speech: this.speech,
      ...(this.deps.portraits ? { portraits: this.deps.portraits } : {}),
      open: (route) => this.open(route),
      replace: (route) => this.navigator.replace(route),
      close,
      reading: () => (this.screens.screen()?.id === 'story' ? this.session : undefined),
      recordFor: (slot) => this.recordFor(slot),
      read: (save, options = {}) => {
        void this.read({ save, ...(options.playTimeMs !== undefined ? { playTimeMs: options.playTimeMs } : {}) }).then(() => {
          if (options.told) toasts.show(options.told);
        });
      },
      storyMapLayouts: () => this.storyMapLayouts(),
      mapReader: () => this.mapReader(),
      imported: () => void storage.saves.has('auto').then((has) => (this.hasAutosave = has)),
      kept: this.kept,
    };
  }

  private storyMapLayouts(): StoryMapLayouts | Promise<StoryMapLayouts> {
    this.mapLayouts ??= import('virtual:story-map').then(
      (module) => (this.mapLayouts = module.default),
      (error: unknown) => {
        this.mapLayouts = undefined; // try again next time
        throw error;
      },
    );
    return this.mapLayouts;
  }

  /** The reader as the map sees them: progress, spoiler level, and the story open under it. */
  private mapReader(): MapReaderNow {
    const { progress, settings } = this.deps.storage;
    const context = this.screens.screen()?.id === 'story' ? this.session?.actor.getSnapshot().context : undefined;
    return { progress: progress.get(), spoilerLevel: settings.get().spoilerLevel, ...(context ? { position: context.position, log: context.log } : {}) };
  }

  private titleShortcut(event: KeyboardEvent): boolean {
    if (event.key.toLowerCase() !== 'f' || event.ctrlKey || event.metaKey || event.altKey) return false;
    event.preventDefault();
    this.open({ kind: 'map' });
    return true;
  }

  /**
   * The end card's count of what the reader has seen, with its Story map button. Its code comes
   * with the menus' (fetched on the first touch, long before an ending): the card takes it in as
   * soon as it is there.
   */
  private endNote(): HTMLElement {
    const { doc, graph, storage } = this.deps;
    const slot = doc.createElement('div');
    void import('../ui/map/completion-view.ts').then(
      ({ endNote }) => slot.replaceWith(endNote(doc, { graph, progress: storage.progress.get(), openMap: () => this.open({ kind: 'map' }) })),
      () => slot.remove(), // the card is whole without it
    );
    return slot;
  }

  /** Reads the full story from a beat (the recap's end offers its chapters' scenes). */
  private async readFrom(beatId: string): Promise<void> {
    // Only the recap's end and the map (each its own chunk) open a scene: the title need not carry this.
    const { chapterSave } = await import('../map/chapter.ts');
    const chapter = chapterSave({ graph: this.deps.graph, beatId });
    if (chapter.ok) await this.read({ save: chapter.save });
    else this.deps.toasts.show(`That scene cannot be opened: ${chapter.message}`, { tone: 'warning' });
  }

  private async toTitle(): Promise<void> {
    this.speech.cancel();
    this.session?.clock.stop();
    await this.session?.flush();
    this.hasAutosave = await this.deps.storage.saves.has('auto');
    this.screens.go('title');
  }

  private async continueStory(): Promise<void> {
    const loaded = await this.deps.storage.saves.load('auto');
    if (!loaded.ok) {
      this.deps.toasts.show(`The autosave could not be read: ${loaded.message}`, { tone: 'warning' });
      this.hasAutosave = false;
      return;
    }
    await this.read({ save: loaded.record.story, playTimeMs: loaded.record.meta.playTimeMs });
  }

  private recordFor(slot: SlotId): SaveRecord | undefined {
    const session = this.screens.screen()?.id === 'story' ? this.session : undefined;
    if (!session) return undefined;
    const thumbnail = this.deps.thumbnail();
    return saveRecordOf({ slot, graph: this.deps.graph, context: session.actor.getSnapshot().context, playTimeMs: session.clock.elapsedMs(), ...(thumbnail ? { thumbnail } : {}) });
  }

  private async quickSave(): Promise<void> {
    const record = this.recordFor('quick');
    if (!record) return;
    const result = await this.deps.storage.saves.save(record);
    this.deps.toasts.show(result.ok ? 'Quick saved.' : `Could not quick save: ${result.message}`, result.ok ? {} : { tone: 'warning' });
  }

  private async quickLoad(): Promise<void> {
    const { saves } = this.deps.storage;
    if (!(await saves.has('quick'))) {
      this.deps.toasts.show('There is no quick save yet: press Q to make one.');
      return;
    }
    const root = this.deps.doc.getElementById('ui')!;
    if (!(await askFirst(root, 'Load the quick save? Reading since then is not kept.', 'Load'))) return;
    const loaded = await saves.load('quick');
    if (loaded.ok) await this.read({ save: loaded.record.story, playTimeMs: loaded.record.meta.playTimeMs });
    else this.deps.toasts.show(`Could not load the quick save: ${loaded.message}`, { tone: 'warning' });
  }

  private open(route: OverlayRoute): void {
    this.navigator.open(route);
  }

  /** A gamepad's buttons, as the keyboard and the real buttons would do it. */
  private padActions(moveFocus: (scope: HTMLElement, direction: -1 | 1) => void): PadActions {
    const doc = this.deps.doc;
    const key = (k: string): void => void doc.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    const focusable = (el: Element | null): el is HTMLElement => el instanceof HTMLElement && el.matches('button, a[href], input, select, summary');
    const scope = (): HTMLElement => doc.querySelector<HTMLElement>('.overlay') ?? doc.querySelector<HTMLElement>('.choices:not([hidden])') ?? doc.getElementById('ui')!;
    return {
      activate: () => (focusable(doc.activeElement) ? doc.activeElement.click() : key('Enter')),
      back: () => (this.screens.openOverlayKind() ? this.navigator.close() : key('Backspace')),
      move: (direction) => moveFocus(scope(), direction),
      menu: () => (this.screens.openOverlayKind() === 'settings' ? this.navigator.close() : this.open({ kind: 'settings' })),
      log: () => key('l'),
      auto: () => key('a'),
    };
  }

  /** D on the title opens the dossiers. */
  private dossierKey(event: KeyboardEvent): boolean {
    if (event.key.toLowerCase() !== 'd' || event.ctrlKey || event.metaKey || event.altKey) return false;
    event.preventDefault();
    this.open({ kind: 'dossiers' });
    return true;
  }

  private titleMenu(): ButtonSpec[] {
    return [
      { id: 'open-load', label: 'Load', onActivate: () => this.open({ kind: 'saves', mode: 'load' }) },
      { id: 'open-recap', label: 'Recap', onActivate: () => this.recap() },
      { id: 'open-map', label: 'Story map', shortcut: 'F', onActivate: () => this.open({ kind: 'map' }) },
      { id: 'open-dossiers', label: 'Dossiers', shortcut: 'D', onActivate: () => this.open({ kind: 'dossiers' }) },
      { id: 'open-settings', label: 'Settings', onActivate: () => this.open({ kind: 'settings' }) },
    ];
  }

  private storyMenu(): MenuItem[] {
    const key = (k: string, shift = false) => (e: KeyboardEvent) => e.key.toLowerCase() === k && e.shiftKey === shift;
    return [
      { id: 'open-save', label: 'Save', onActivate: () => this.open({ kind: 'saves', mode: 'save' }) },
      { id: 'open-load', label: 'Load', onActivate: () => this.open({ kind: 'saves', mode: 'load' }) },
      { id: 'quick-save', label: 'Quick save', icon: 'Q.Save', shortcut: 'Q', onActivate: () => void this.quickSave(), matches: key('q') },
      { id: 'quick-load', label: 'Quick load', icon: 'Q.Load', shortcut: 'Shift+Q', onActivate: () => void this.quickLoad(), matches: key('q', true) },
      { id: 'open-map', label: 'Story map', icon: 'Map', shortcut: 'F', onActivate: () => this.open({ kind: 'map' }), matches: key('f') },
      { id: 'open-dossiers', label: 'Dossiers', shortcut: 'D', onActivate: () => this.open({ kind: 'dossiers' }), matches: key('d') },
      { id: 'open-settings', label: 'Settings', onActivate: () => this.open({ kind: 'settings' }) },
    ];
  }
}

/** The overlays' names, shown at once while their code arrives. */
const OVERLAY_TITLES: Readonly<Record<OverlayKind, string>> = {
  dossiers: 'Dossiers',
  map: 'Story map',
  settings: 'Settings',
  saves: 'Save and load',
  backlog: 'History',
};
