/** Test helpers for the story machine: a started actor on a fixture graph, and the cues it emits. */
import { createActor } from 'xstate';
import { storyMachine } from '../../src/machine/story-machine.ts';
import type { StoryCue } from '../../src/machine/runtime.ts';
import type { StoryGraph } from '../../src/story/types.ts';
import { compileFixtures } from './fixtures.ts';

/** Compiles fixtures into a graph, failing the test with the diagnostics if they do not compile. */
export function fixtureGraph(...names: string[]): StoryGraph {
  const result = compileFixtures(names);
  if (!result.graph) throw new Error(`fixture did not compile:\n${result.diagnostics.map((d) => d.message).join('\n')}`);
  return result.graph;
}

/** A started story actor with every emitted cue recorded in order. */
export function startStory(graph: StoryGraph) {
  const actor = createActor(storyMachine, { input: { graph } });
  const cues: StoryCue[] = [];
  const types: StoryCue['type'][] = ['cue.bg', 'cue.show', 'cue.hide', 'cue.music', 'cue.ambience', 'cue.sfx', 'cue.effect', 'cue.unlock', 'cue.beat', 'cue.restore'];
  for (const type of types) actor.on(type, (cue) => cues.push(cue));
  actor.start();
  return { actor, cues };
}
