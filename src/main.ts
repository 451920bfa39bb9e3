/**
 * The composition root: story graph → story actor → audio, accessibility and the Phaser view.
 * The only module under src/ that reaches the view layer (scenes/), which it loads as its own chunk.
 */
import { createActor } from 'xstate';
import { bindAnnouncements } from './a11y/announce-cues.ts';
import { AccessibleLayer } from './a11y/dom-layer.ts';
import { artUrls, audioSources } from './assets/manifest.ts';
import { bindAudio } from './audio/bind-audio.ts';
import { HowlerAudio } from './audio/howler-audio.ts';
import { storyMachine } from './machine/story-machine.ts';
import { SettingsStore, type KeyValueStore } from './storage/settings.ts';
import { LOAD_STAGES, Splash } from './shell/splash.ts';

async function main(): Promise<void> {
  const splash = new Splash(document);
  splash.progress(LOAD_STAGES.shell, 'Loading the story…');
  // Both chunks download at once; each moves the bar when it has really arrived.
  const engine = import('../scenes/game.ts');
  engine.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled meanwhile
  const { default: graph } = await import('virtual:story-graph');
  performance.mark('explorer:story');
  splash.progress(LOAD_STAGES.story, 'Loading the engine…');

  const a11y = new AccessibleLayer(document.getElementById('a11y')!);
  const audio = new HowlerAudio(audioSources);
  const settings = new SettingsStore(browserStorage());
  audio.setMuted(settings.get().muted);
  settings.subscribe((s) => audio.setMuted(s.muted));
  const actor = createActor(storyMachine, { input: { graph } });
  bindAudio(actor, audio);
  bindAnnouncements(actor, a11y);
  let started = false;
  const startStory = (): void => {
    if (started) actor.send({ type: 'reader.restart' });
    else actor.start();
    started = true;
  };
  document.addEventListener('visibilitychange', () => audio.setSuspended(document.hidden));

  // Writers see script edits at once: the running story moves to the new graph without a page reload.
  import.meta.hot?.accept('virtual:story-graph', (next) => {
    if (next) actor.send({ type: 'author.reload', graph: (next as unknown as { default: typeof graph }).default });
  });

  const { startGame, renderScaleFor } = await engine;
  performance.mark('explorer:engine');
  splash.progress(LOAD_STAGES.engine, 'Loading the art…');
  const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const renderScale = renderScaleFor(window.innerWidth, window.innerHeight, window.devicePixelRatio || 1);
  startGame({
    parent: document.getElementById('game')!,
    actor,
    a11y,
    audio,
    settings,
    art: artUrls,
    reducedMotion: () => motion.matches,
    renderScale,
    startStory,
    takeEarlyStart: () => splash.takeEarlyPress(),
    onLoadProgress: (p) => splash.progress(LOAD_STAGES.engine + (LOAD_STAGES.assets - LOAD_STAGES.engine) * p, 'Loading the art…'),
    onReady: () => {
      performance.mark('explorer:ready');
      splash.ready();
    },
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
