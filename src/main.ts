/**
 * The composition root: story graph → story actor → audio, announcements, the HTML screens, and
 * the Phaser stage. The only module under src/ that reaches the view layer (scenes/), which it
 * loads as its own chunk: the words can be read before the stage has loaded.
 */
import { createActor } from 'xstate';
import { Announcer } from './a11y/announcer.ts';
import { bindStoryAnnouncements } from './a11y/story-announcements.ts';
import { artUrls, audioSources } from './assets/manifest.ts';
import { bindAudio } from './audio/bind-audio.ts';
import { HowlerAudio } from './audio/howler-audio.ts';
import { storyMachine } from './machine/story-machine.ts';
import { LOAD_STAGES, Splash } from './shell/splash.ts';
import { SettingsStore, type KeyValueStore } from './storage/settings.ts';
import { applyDisplay, motionSource } from './ui/display.ts';
import { ScreenHost, type ScreenId } from './ui/screen.ts';
import { StoryScreen } from './ui/story/story-screen.ts';
import { TitleScreen } from './ui/title/title-screen.ts';

async function main(): Promise<void> {
  const doc = document;
  const splash = new Splash(doc);
  splash.progress(LOAD_STAGES.shell, 'Loading the story…');
  // Both chunks download at once; each moves the bar when it has really arrived.
  const engine = import('../scenes/game.ts');
  engine.catch(() => undefined); // handled below; this only keeps an early failure from going unhandled meanwhile
  const { default: graph } = await import('virtual:story-graph');
  performance.mark('explorer:story');

  const settings = new SettingsStore(browserStorage());
  const motion = motionSource(settings, window.matchMedia?.('(prefers-reduced-motion: reduce)'));
  applyDisplay(doc.documentElement, settings, motion);
  const audio = new HowlerAudio(audioSources);
  audio.setMuted(settings.get().muted);
  settings.subscribe((s) => audio.setMuted(s.muted));
  doc.addEventListener('visibilitychange', () => audio.setSuspended(doc.hidden));
  const actor = createActor(storyMachine, { input: { graph } });
  bindAudio(actor, audio);
  bindStoryAnnouncements(actor, new Announcer(doc.getElementById('announcer')!));

  let started = false;
  let cameBack = false;
  const screens: ScreenHost = new ScreenHost(doc.getElementById('ui')!, (id: ScreenId) => {
    if (id === 'story') return new StoryScreen({ doc, actor, settings, audio, motion, toTitle: () => screens.go('title') });
    const screen = new TitleScreen({ doc, audio, settings, focusStart: cameBack, start: () => startStory() });
    cameBack = true;
    return screen;
  });
  const startStory = (): void => {
    // The story starts first, so unlocking sound plays its music, not a moment of the title's.
    if (started) actor.send({ type: 'reader.restart' });
    else actor.start();
    started = true;
    audio.unlock();
    audio.playSfx('ui-select', 'ui');
    screens.go('story');
  };

  // Writers see script edits at once: the running story moves to the new graph without a page reload.
  import.meta.hot?.accept('virtual:story-graph', (next) => {
    if (next) actor.send({ type: 'author.reload', graph: (next as unknown as { default: typeof graph }).default });
  });

  screens.go('title');
  audio.playMusic('title');
  splash.progress(LOAD_STAGES.story, 'Loading the pictures…');
  splash.ready();
  performance.mark('explorer:ready');
  if (splash.takeEarlyPress()) startStory();

  startStage(engine, { screens, motion, splash });
}

/** Brings the Phaser stage in behind the screens when its chunk arrives; without it the story still reads. */
function startStage(
  engine: Promise<typeof import('../scenes/game.ts')>,
  { screens, motion, splash }: { screens: ScreenHost; motion: ReturnType<typeof motionSource>; splash: Splash },
): void {
  engine
    .then(({ startGame, renderScaleFor }) => {
      performance.mark('explorer:engine');
      splash.progress(LOAD_STAGES.engine, 'Loading the pictures…');
      const parent = document.getElementById('stage')!;
      startGame({
        parent,
        screens,
        art: artUrls,
        reducedMotion: () => motion.reduced(),
        renderScale: renderScaleFor(parent.clientWidth || window.innerWidth, parent.clientHeight || window.innerHeight, window.devicePixelRatio || 1),
        onLoadProgress: (p) => splash.progress(LOAD_STAGES.engine + (LOAD_STAGES.assets - LOAD_STAGES.engine) * p, 'Loading the pictures…'),
        onReady: () => {
          performance.mark('explorer:stage');
          splash.stageReady();
        },
      });
    })
    .catch((error: unknown) => {
      console.warn('stage: the pictures could not load; the story goes on without them', error);
      splash.fail('The pictures could not load. The story can still be read.');
    });
}

/** localStorage, or nothing where the browser forbids it (some private modes throw on access). */
function browserStorage(): KeyValueStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  new Splash(document).fail('The explorer could not start. Reload the page to try again.');
});
