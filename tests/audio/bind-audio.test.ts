import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { bindStoryAnnouncements } from '../../src/a11y/story-announcements.ts';
import { SilentAudio } from '../../src/audio/audio-port.ts';
import { bindAudio } from '../../src/audio/bind-audio.ts';
import { storyMachine } from '../../src/machine/story-machine.ts';
import { fixtureGraph } from '../support/machine.ts';

describe("the story's cues reach the audio port, and its changes are announced", () => {
  it('plays the opening\'s music and effects, restores music after rollback, and says scenes, sounds and lines in order', () => {
    const graph = fixtureGraph('machine');
    const audio = new SilentAudio();
    const heard: string[] = [];
    const notices: string[] = [];
    const actor = createActor(storyMachine, { input: { graph } });
    bindAudio(actor, audio);
    bindStoryAnnouncements(actor, { announce: (t) => heard.push(t), notify: (t) => notices.push(t) });
    actor.start();
    expect(audio.music).toBe('club-song');
    expect(heard).toEqual(['Scene: Club Canal.', 'The lights go down.']);
    for (const event of [{ type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.choose', index: 1 }, { type: 'reader.advance' }] as const) actor.send(event);
    expect(audio.effects).toEqual(['gunshot']);
    expect(heard).toEqual([
      'Scene: Club Canal.',
      'The lights go down.',
      'Sarah: Good evening.',
      'Scene: The docks.',
      '[gunshot]',
      'A shot over the water.',
      'Scene: Club Canal.',
      'You remember the docks.',
    ]);
    // A dossier unlock is not said here: it is a visible notice, in the toasts' own status region (tests/ui/dossiers-notices.test.ts).
    expect(notices).toEqual([]);
    audio.playMusic(null);
    actor.send({ type: 'reader.back' });
    expect(audio.music).toBe('club-song');
    // Put back on a line, the reader hears where they are again.
    expect(heard.slice(-2)).toEqual(['Scene: The docks.', 'A shot over the water.']);
  });
});
