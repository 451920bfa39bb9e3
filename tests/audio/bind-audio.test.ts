import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { bindAnnouncements } from '../../src/a11y/announce-cues.ts';
import { SilentAudio } from '../../src/audio/audio-port.ts';
import { bindAudio } from '../../src/audio/bind-audio.ts';
import { storyMachine } from '../../src/machine/story-machine.ts';
import { fixtureGraph } from '../support/machine.ts';

describe('the story\'s cues reach the audio port and the accessible layer', () => {
  it('plays the opening\'s music and effects, restores music after rollback, and says scenes, sounds and dossier updates', () => {
    const graph = fixtureGraph('machine');
    const audio = new SilentAudio();
    const heard: string[] = [];
    const notices: string[] = [];
    const actor = createActor(storyMachine, { input: { graph } });
    bindAudio(actor, audio);
    bindAnnouncements(actor, { announce: (t) => heard.push(t), notify: (t) => notices.push(t) });
    actor.start();
    expect(audio.music).toBe('club-song');
    expect(heard).toEqual(['Scene: Club Canal.']);
    for (const event of [{ type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.choose', index: 1 }, { type: 'reader.advance' }] as const) actor.send(event);
    expect(audio.effects).toEqual(['gunshot']);
    expect(heard).toEqual(['Scene: Club Canal.', 'Scene: The docks.', '[gunshot]', 'Scene: Club Canal.']);
    expect(notices).toEqual(['Dossier updated: Hermann Hayward.']);
    audio.playMusic(null);
    actor.send({ type: 'reader.back' });
    expect(audio.music).toBe('club-song');
  });
});
