import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { currentStep } from '../../src/machine/runtime.ts';
import { storyMachine, type StoryEvent } from '../../src/machine/story-machine.ts';
import { realStory } from '../support/story.ts';

// Random readers on the real story: whatever they press, the story stays on the graph and rollback is exact.
// A short run by default; FULL_PROPERTIES=1 runs the thorough one (about 15 s on an idle machine).
const FULL = process.env['FULL_PROPERTIES'] === '1';
const runs = (full: number, quick: number): number => (FULL ? full : quick);

describe('the real story under random reading', () => {
  const graph = realStory();
  const event = fc.oneof(
    { weight: 12, arbitrary: fc.constant<StoryEvent>({ type: 'reader.advance' }) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 3 }).map((index): StoryEvent => ({ type: 'reader.choose', index })) },
    { weight: 2, arbitrary: fc.constant<StoryEvent>({ type: 'reader.back' }) },
    { weight: 1, arbitrary: fc.constantFrom(...graph.beatOrder).map((beatId): StoryEvent => ({ type: 'reader.jump', beatId })) },
    { weight: 1, arbitrary: fc.constant<StoryEvent>({ type: 'reader.jump', beatId: 'no-such-beat' }) },
  );

  const play = (events: readonly StoryEvent[]) => {
    const actor = createActor(storyMachine, { input: { graph } }).start();
    for (const e of events) actor.send(e);
    return actor;
  };

  it('never throws and never leaves the graph', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 300, size: 'max' }), (events) => {
        const actor = play(events);
        const snapshot = actor.getSnapshot();
        expect(snapshot.status).toBe('active');
        const { position } = snapshot.context;
        expect(graph.beats[position.beatId]).toBeDefined();
        if (!position.ended) expect(['line', 'choice']).toContain(currentStep(graph, position)?.kind);
        expect(snapshot.value).toBe(position.ended ? 'ended' : currentStep(graph, position)?.kind === 'choice' ? 'choosing' : 'reading');
      }),
      { numRuns: runs(1500, 20) },
    );
  }, 60_000);

  it('rolling back n steps and replaying the same n actions returns to the same state', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 200, size: 'max' }), fc.nat(), (events, k) => {
        const actor = play(events);
        const before = actor.getSnapshot();
        const n = before.context.log.length === 0 ? 0 : k % (before.context.log.length + 1);
        const undone = before.context.log.slice(before.context.log.length - n);
        for (let i = 0; i < n; i++) actor.send({ type: 'reader.back' });
        expect(actor.getSnapshot().context.log).toHaveLength(before.context.log.length - n);
        for (const step of undone) {
          actor.send(step.t === 'advance' ? { type: 'reader.advance' } : step.t === 'choose' ? { type: 'reader.choose', index: step.index } : { type: 'reader.jump', beatId: step.beatId });
        }
        const after = actor.getSnapshot();
        expect(after.value).toEqual(before.value);
        expect(after.context.position).toEqual(before.context.position);
        expect(after.context.log).toEqual(before.context.log);
      }),
      { numRuns: runs(500, 10) },
    );
  }, 60_000);
});
