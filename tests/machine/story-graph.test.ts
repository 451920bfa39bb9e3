import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { openOptions } from '../../src/machine/runtime.ts';
import { storyMachine, type StoryEvent } from '../../src/machine/story-machine.ts';
import { realStory } from '../support/story.ts';

// Model-based checks on the real Act 1 script: xstate/graph walks every reachable reading position.
describe('the real story, walked by xstate/graph', () => {
  const graph = realStory();
  const paths = getShortestPaths(storyMachine, {
    input: { graph },
    events: (snapshot): StoryEvent[] => [
      { type: 'reader.advance' },
      ...openOptions(graph, snapshot.context.position).map(({ index }) => ({ type: 'reader.choose' as const, index })),
    ],
    // The log and the unlocked facts are history, not state: leaving them out keeps the search small.
    serializeState: (snapshot) => {
      const p = snapshot.context.position;
      return `${p.beatId}:${p.step}:${p.ended}:${p.route}:${p.flags.join(',')}`;
    },
    limit: 100_000,
  });
  const states = paths.map((path) => path.state);

  it('reaches every beat', () => {
    const reached = new Set(states.map((s) => s.context.position.beatId));
    expect([...reached].sort()).toEqual([...graph.beatOrder].sort());
  });

  it('reaches every ending', () => {
    const endings = graph.beatOrder.filter((id) => graph.beats[id]!.steps.some((s) => s.kind === 'end'));
    expect(endings.length).toBeGreaterThan(0);
    for (const id of endings) {
      expect(states.some((s) => s.value === 'ended' && s.context.position.beatId === id), `ending in ${id}`).toBe(true);
    }
  });

  it('can unlock every dossier fact on some path', () => {
    const unlocked = new Set(states.flatMap((s) => Object.keys(s.context.position.unlocked)));
    const all = Object.values(graph.dossiers).flatMap((d) => d.facts.map((f) => `${d.id}.${f.id}`));
    expect(all.filter((key) => !unlocked.has(key))).toEqual([]);
  });

  it('never leaves a reader without a way on', () => {
    const choosing = states.filter((state) => state.value === 'choosing');
    expect(choosing.length).toBeGreaterThanOrEqual(3);
    for (const state of choosing) expect(openOptions(graph, state.context.position).length).toBeGreaterThan(1);
  });
});
