/** Persisting the story actor: snapshots without the graph, stamped with its hash, and restoring them. */
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import type { StoryGraph } from '../story/types.ts';
import { modeOf, type ReadingMode } from './runtime.ts';
import { contextFromSave, storyMachine, type StoryContext, type StorySave } from './story-machine.ts';

/** The story actor. */
export type StoryActor = Actor<typeof storyMachine>;

/** XState's persisted snapshot with the (large, rebuildable) graph left out of the context. */
export type PersistedStory = Omit<ReturnType<StoryActor['getPersistedSnapshot']>, 'context'> & {
  readonly context: Omit<StoryContext, 'graph'>;
};

/** The actor's persisted snapshot, without the graph. */
export function persistStory(actor: StoryActor): PersistedStory {
  const persisted = actor.getPersistedSnapshot() as ReturnType<StoryActor['getPersistedSnapshot']> & { context: StoryContext };
  const { graph: _graph, ...context } = persisted.context;
  return { ...persisted, context } as PersistedStory;
}

/** A new, unstarted actor from a persisted snapshot; a snapshot from another script version resumes at its beat. */
export function restoreStory(graph: StoryGraph, persisted: PersistedStory): { actor: StoryActor; stale: boolean } {
  if (persisted.context.graphHash !== graph.hash) {
    const context = contextFromSave(graph, saveOf(persisted.context));
    const snapshot = storyMachine.resolveState({ value: stateValueOf(context), context });
    return { actor: createActor(storyMachine, { input: { graph }, snapshot }), stale: true };
  }
  const snapshot = { ...persisted, context: { ...persisted.context, graph } } as unknown as SnapshotFrom<typeof storyMachine>;
  return { actor: createActor(storyMachine, { input: { graph }, snapshot }), stale: false };
}

/** The save of a context: position and log, stamped with the graph's hash. */
export function saveOf(context: Omit<StoryContext, 'graph'>): StorySave {
  return { graphHash: context.graphHash, position: context.position, log: context.log };
}

/** The settled state a context belongs in. */
export function stateValueOf(context: StoryContext): ReadingMode {
  return modeOf(context.graph, context.position);
}
