/**
 * The whole story graph for the screens that show dossier texts, relationships or the recap: the
 * player's graph (what reading needs) joined with `virtual:story-texts`, loaded once, on demand.
 */
import type { StoryGraph } from '../story/types.ts';

/** True when the graph is the player's (its facts have no words): the texts must be joined in. */
export function isPlayerGraph(graph: StoryGraph): boolean {
  return Object.values(graph.dossiers).some((d) => d.facts.some((f) => f.text === ''));
}

/** Returns a loader of the whole graph (the same promise each time; a failed load is tried again next time). */
export function fullGraphLoader(graph: StoryGraph, load: () => Promise<{ default: Pick<StoryGraph, 'dossiers' | 'relationships' | 'recap'> }>): () => Promise<StoryGraph> {
  let pending: Promise<StoryGraph> | undefined;
  return () => {
    if (!isPlayerGraph(graph)) return Promise.resolve(graph);
    pending ??= load().then(
      ({ default: texts }) => ({ ...graph, ...texts }),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}
