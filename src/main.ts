/**
 * The composition root: story graph and storage → sound, announcements, the explorer's screens →
 * the Phaser stage. The only module under src/ that reaches the view layer (scenes/), which it
 * loads as its own chunk: the story can be read before the stage has loaded.
 */
import { Announcer } from './a11y/announcer.ts';
import { Explorer } from './app/explorer.ts';
import { artUrls, audioSources } from './assets/manifest.ts';
import { AUDIO_CHANNELS } from './audio/audio-port.ts';
import { HowlerAudio } from './audio/howler-audio.ts';
import { registerOffline } from './shell/offline.ts';
import { showSkyline } from './shell/skyline.ts';
import { applyStylesheet } from './shell/stylesheet.ts';
import { LOAD_STAGES, Splash } from './shell/splash.ts';
import { openExplorerStorage } from './storage/explorer-storage.ts';
import type { KeyValueStore, SettingsStore } from './storage/settings.ts';
import { applyDisplay, motionSource, type MotionSource } from './ui/display.ts';
import { onFirstReach } from './ui/dom.ts';
import { Toasts } from './ui/toasts.ts';

async function main(): Promise<void> {
  const doc = document;
  const splash = new Splash(doc);
  splash.progress(LOAD_STAGES.shell, 'Loading the story…');
  // A story that does not arrive says so, instead of a bar that never moves again.
  const slowStory = window.setTimeout(() => splash.slow('The story is taking a long time to arrive. Check the connection; it will start when it does.'), 12_000);
  const legacy = browserStorage();
  // Old saves name their route by id only; the names come with the story, which loads alongside.
  let routes: Readonly<Record<string, { readonly name: string }>> = {};
  let loaded: number = LOAD_STAGES.shell;
  const arrived = <T>(pending: Promise<T>): Promise<T> =>
    pending.then((value) => {
      loaded += LOAD_STAGES.each;
      splash.progress(loaded, 'Loading the story…');
      return value;
    });
  const [{ default: graph }, storage] = await Promise.all([
    arrived(import('virtual:story-graph')),
    arrived(openExplorerStorage({ ...(legacy ? { legacy } : {}), routeName: (id) => routes[id]?.name })),
    applyStylesheet(doc),
  ]);
  routes = graph.routes;
  window.clearTimeout(slowStory);
  performance.mark('explorer:story');

  const settings = storage.settings;
  const motion = motionSource(settings, window.matchMedia?.('(prefers-reduced-motion: reduce)'));
  applyDisplay(doc.documentElement, settings, motion);
  const audio = new HowlerAudio(audioSources);
  bindSoundSettings(audio, settings);
  doc.addEventListener('visibilitychange', () => audio.setSuspended(doc.hidden));
  const toasts = new Toasts(doc);
  doc.body.append(toasts.el);
  let thumbnail: string | undefined;
  const explorer = new Explorer({ doc, graph, storage, audio, announcer: new Announcer(doc.getElementById('announcer')!), toasts, motion, thumbnail: () => thumbnail, portraits: (key) => artUrls.sprites[key] });

  // Writers see script edits at once: the running story moves to the new graph without a page reload.
  import.meta.hot?.accept('virtual:story-graph', (next) => {
    if (next) explorer.currentSession()?.actor.send({ type: 'author.reload', graph: (next as unknown as { default: typeof graph }).default });
  });

  await explorer.start();
  audio.playMusic('title');
  splash.progress(LOAD_STAGES.ready, 'Ready');
  splash.ready();
  showSkyline(doc.getElementById('title')!, artUrls.backgrounds['canal-city-night']);
  performance.mark('explorer:ready');

  // The engine (Phaser) is only needed for the stage: it loads when a screen shows one, or as soon
  // as the reader reaches for the title's menu, so the title itself never waits for it or pays for it.
  const stage = stageStarter({ explorer, motion, splash, onThumbnail: (url) => (thumbnail = url) });
  explorer.screens.subscribe((screen) => {
    if (screen.stage.kind === 'feed') stage();
  });
  onFirstReach(doc.getElementById('title') ?? doc, stage);
  if (splash.takeEarlyPress()) void explorer.read();
  if (import.meta.env.PROD) {
    registerOffline(window, import.meta.env.BASE_URL, {
      onUpdate: (apply) => toasts.show('An update of the explorer is ready.', { sticky: true, action: { label: 'Reload now', run: () => void explorer.flush().then(apply) } }),
    }).catch((error: unknown) => console.warn('offline: the explorer will not work without the network here', error));
  }
}

/** Mute and the channel volumes follow the settings. */
function bindSoundSettings(audio: HowlerAudio, settings: SettingsStore): void {
  const apply = (): void => {
    const s = settings.get();
    audio.setMuted(s.muted);
    for (const channel of AUDIO_CHANNELS) audio.setVolume(channel, s.volumes[channel]);
  };
  apply();
  settings.subscribe(apply);
}

/** Returns a function that loads the Phaser stage (once) and brings it in behind the screens; without it the story still reads. */
function stageStarter(options: { explorer: Explorer; motion: MotionSource; splash: Splash; onThumbnail: (url: string) => void }): () => void {
  let started = false;
  return () => {
    if (started) return;
    started = true;
    startStage(options);
  };
}

function startStage(options: { explorer: Explorer; motion: MotionSource; splash: Splash; onThumbnail: (url: string) => void }): void {
  const { splash } = options;
  const slowStage = window.setTimeout(() => splash.slow('The pictures are slow to arrive. The story can be read without them meanwhile.'), 12_000);
  import('../scenes/game.ts')
    .then(({ startGame, renderScaleFor }) => {
      window.clearTimeout(slowStage);
      performance.mark('explorer:engine');
      const parent = document.getElementById('stage')!;
      startGame({
        parent,
        screens: options.explorer.screens,
        art: artUrls,
        reducedMotion: () => options.motion.reduced(),
        renderScale: renderScaleFor(parent.clientWidth || window.innerWidth, parent.clientHeight || window.innerHeight, window.devicePixelRatio || 1),
        onReady: () => {
          performance.mark('explorer:stage');
          splash.stageReady();
        },
        onThumbnail: options.onThumbnail,
      });
    })
    .catch((error: unknown) => {
      window.clearTimeout(slowStage);
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
  new Splash(document).fail('The story could not be loaded. Check the connection and reload the page.', { reload: true });
});
