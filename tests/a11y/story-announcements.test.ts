import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { bindStoryAnnouncements } from '../../src/a11y/story-announcements.ts';
import { storyMachine } from '../../src/machine/story-machine.ts';
import { fixtureGraph } from '../support/machine.ts';

/** A started actor whose announcements are recorded; `sidesFinished` are the sides earlier readings finished. */
function listen(sidesFinished: readonly string[] = []) {
  const actor = createActor(storyMachine, { input: { graph: fixtureGraph('machine') } });
  const heard: string[] = [];
  bindStoryAnnouncements(actor, { announce: (t) => heard.push(t), notify: () => {} }, () => sidesFinished);
  actor.start();
  return { actor, heard };
}

// What a screen-reader user hears, decided from the story's state.
describe('story announcements', () => {
  it('says each line once: not again when a menu opens under it', () => {
    const { actor, heard } = listen();
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.advance' }); // the menu opens; "Good evening." stays on screen
    expect(heard).toEqual(['Scene: Club Canal.', 'The lights go down.', 'Sarah: Good evening.']);
  });

  it('says the line again, with its scene, when the reader goes back to it', () => {
    const { actor, heard } = listen();
    actor.send({ type: 'reader.advance' });
    heard.length = 0;
    actor.send({ type: 'reader.back' });
    expect(heard).toEqual(['Scene: Club Canal.', 'The lights go down.']);
  });

  it('says the end once, with the sides followed, and the first line again after Read again', () => {
    const { actor, heard } = listen();
    for (const event of [{ type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.choose', index: 0 }, { type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.advance' }] as const) actor.send(event);
    const ends = heard.filter((t) => t.startsWith('The end: '));
    expect(ends).toEqual(["The end: Converge. You followed Sarah's side. Still to read: the Nectar trail."]);
    actor.send({ type: 'reader.advance' }); // nothing moves at the end: nothing is said
    expect(heard.filter((t) => t.startsWith('The end: '))).toHaveLength(1);
    actor.send({ type: 'reader.restart' });
    expect(heard.slice(-2)).toEqual(['Scene: Club Canal.', 'The lights go down.']);
  });

  it('does not send the reader back to a side an earlier reading finished: every side read is said so', () => {
    const { actor, heard } = listen(['nectar']);
    for (const event of [{ type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.choose', index: 0 }, { type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.advance' }] as const) actor.send(event);
    expect(heard.filter((t) => t.startsWith('The end: '))).toEqual(["The end: Converge. You followed Sarah's side. You have read every side of the night."]);
  });
});
