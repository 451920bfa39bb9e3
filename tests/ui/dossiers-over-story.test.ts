// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { SilentAudio } from '../../src/audio/audio-port.ts';
import { buildDossierModel } from '../../src/dossier/model.ts';
import { storyMachine } from '../../src/machine/story-machine.ts';
import { EMPTY_PROGRESS } from '../../src/progress/progress.ts';
import { SettingsStore } from '../../src/storage/settings.ts';
import { DossiersOverlay } from '../../src/ui/dossiers/dossiers-overlay.ts';
import { ScreenHost } from '../../src/ui/screen.ts';
import { StoryScreen } from '../../src/ui/story/story-screen.ts';
import { fixtureGraph } from '../support/machine.ts';

// Opening the dossiers while a line is typing holds the story exactly where it was.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'performance'] });
  document.body.innerHTML = '<main id="ui"></main>';
});
afterEach(() => vi.useRealTimers());

it('stops the line typing while the dossiers are open, and types on from there when they close', () => {
  const graph = fixtureGraph('machine');
  const actor = createActor(storyMachine, { input: { graph } }).start();
  const settings = new SettingsStore(undefined, () => {});
  const motion = { reduced: () => false, subscribe: () => () => {} };
  const host = new ScreenHost(
    document.getElementById('ui')!,
    () => new StoryScreen({ doc: document, actor, settings, audio: new SilentAudio(), motion, toTitle: () => {}, menu: [] }),
    () => new DossiersOverlay({ doc: document, model: buildDossierModel(graph), progress: { get: () => EMPTY_PROGRESS, update: () => {} }, settings, open: () => {}, replace: () => {}, close: () => host.closeOverlay() }),
  );
  host.go('story');
  const typed = () => document.querySelector('.line .typed')!.textContent!;
  vi.advanceTimersByTime(100);
  const before = typed();
  expect(before.length).toBeGreaterThan(0);
  expect(before.length).toBeLessThan('The lights go down.'.length);

  host.openOverlay({ kind: 'dossiers' });
  vi.advanceTimersByTime(5000);
  expect(typed()).toBe(before);

  host.closeOverlay();
  vi.advanceTimersByTime(50);
  expect(typed().length).toBeGreaterThan(before.length);
  vi.advanceTimersByTime(5000);
  expect(typed()).toBe('The lights go down.');
  expect(actor.getSnapshot().context.log).toEqual([]);
});
