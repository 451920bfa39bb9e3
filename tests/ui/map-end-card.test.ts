// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { SilentAudio } from '../../src/audio/audio-port.ts';
import { storyMachine } from '../../src/machine/story-machine.ts';
import { EMPTY_PROGRESS, type Progress } from '../../src/progress/progress.ts';
import { SettingsStore } from '../../src/storage/settings.ts';
import { endNote } from '../../src/ui/map/completion-view.ts';
import { StoryScreen } from '../../src/ui/story/story-screen.ts';
import { fixtureGraph } from '../support/machine.ts';

// The end card of the machine fixture: four beats, a menu of two, two routes, one dossier fact.
describe('completion on the end card', () => {
  let screen: StoryScreen | undefined;
  afterEach(() => screen?.unmount());

  it('says how much of the story the reader has seen, and opens the story map', () => {
    const graph = fixtureGraph('machine');
    document.body.innerHTML = '<main id="ui"></main>';
    const root = document.getElementById('ui')!;
    const actor = createActor(storyMachine, { input: { graph } }).start();
    const progress: Progress = { ...EMPTY_PROGRESS, beats: ['opening', 'sarah-side'], choices: ['opening:sarah-side'], routes: ['sarah'], facts: { 'hermann.patron': [''] } };
    const openMap = vi.fn<() => void>();
    const still = { reduced: () => true, subscribe: () => () => {} };
    screen = new StoryScreen({ doc: document, actor, settings: new SettingsStore(undefined), audio: new SilentAudio(), motion: still, toTitle: () => {}, menu: [], endNote: () => endNote(document, { graph, progress, openMap }) });
    screen.mount(root);
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.choose', index: 0 });
    for (let i = 0; i < 20 && actor.getSnapshot().value !== 'ended'; i++) actor.send({ type: 'reader.advance' });
    const card = root.querySelector<HTMLElement>('.end-card')!;
    expect(card.hidden).toBe(false);
    expect(card.querySelector('.completion h3')!.textContent).toBe('Your progress');
    expect([...card.querySelectorAll('.completion li')].map((li) => li.textContent)).toEqual([
      'Scenes read2 of 4 (50%)',
      'Choices tried1 of 2 (50%)',
      'Sides of the night finished1 of 2 (50%)',
      'Dossier facts found1 of 1 (100%)',
    ]);
    root.querySelector<HTMLButtonElement>('[data-control="end-open-map"]')!.click();
    expect(openMap).toHaveBeenCalledOnce();
  });
});
