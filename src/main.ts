/**
 * The composition root: story graph → story actor → audio, accessibility and the Phaser view.
 * The only module under src/ that reaches the view layer (scenes/), which it loads as its own chunk.
 */
import { createActor } from 'xstate';
import { AccessibleLayer } from './a11y/dom-layer';
import { artUrls, audioSources } from './assets/manifest';
import { bindAudio } from './audio/bind-audio';
import { HowlerAudio } from './audio/howler-audio';
import { storyMachine } from './machine/story-machine';
import { LOAD_STAGES, Splash } from './shell/splash';

async function main(): Promise<void> {
  const splash = new Splash(document);
  splash.progress(LOAD_STAGES.shell, 'Loading the story…');
  const { default: graph } = await import('virtual:story-graph');
  splash.progress(LOAD_STAGES.story, 'Loading the engine…');

  const a11y = new AccessibleLayer(document.getElementById('a11y')!);
  const audio = new HowlerAudio(audioSources);
  const actor = createActor(storyMachine, { input: { graph } });
  bindAudio(actor, audio, (caption) => a11y.announce(caption));
  let started = false;
  const startStory = (): void => {
    if (started) actor.send({ type: 'reader.restart' });
    else actor.start();
    started = true;
  };
  document.addEventListener('visibilitychange', () => audio.setSuspended(document.hidden));

  const { startGame } = await import('../scenes/game');
  splash.progress(LOAD_STAGES.engine, 'Loading the art…');
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  startGame({
    parent: document.getElementById('game')!,
    graph,
    actor,
    a11y,
    audio,
    art: artUrls,
    reducedMotion,
    startStory,
    takeEarlyStart: () => splash.takeEarlyPress(),
    onLoadProgress: (p) => splash.progress(LOAD_STAGES.engine + (LOAD_STAGES.assets - LOAD_STAGES.engine) * p, 'Loading the art…'),
    onReady: () => splash.ready(),
  });
}

main().catch((error: unknown) => {
  console.error(error);
  new Splash(document).fail('The explorer could not start. Reload the page to try again.');
});
