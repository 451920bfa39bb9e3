/**
 * The whole story graph for the screens that show dossier texts, relationships or the recap: the
 * player's graph (what reading needs) joined with `virtual:story-texts`, loaded once, on demand.
 */
import type { StoryGraph, StoryTexts } from '../story/types.ts';

/** True when the graph is the player's (its facts have no words): the texts must be joined in. */
export function isPlayerGraph(graph: StoryGraph): boolean {
  return Object.values(graph.dossiers).some((d) => d.facts.some((f) => f.text === ''));
}

/** Returns a loader of the whole graph (the same promise each time; a failed load is tried again next time). */
export function fullGraphLoader(graph: StoryGraph, load: () => Promise<{ default: StoryTexts }>): () => Promise<StoryGraph> {
  let pending: Promise<StoryGraph> | undefined;
  return () => {
    if (!isPlayerGraph(graph)) return Promise.resolve(graph);
    pending ??= load().then(
      ({ default: texts }) => joinTexts(graph, texts),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}

/** The player's graph with its texts put back: what the compiler made (less what the browser never gets). */
export function joinTexts(graph: StoryGraph, { summaries, ...texts }: StoryTexts): StoryGraph {
  const beats = Object.fromEntries(Object.entries(graph.beats).map(([id, beat]) => [id, { ...beat, summary: summaries[id] ?? beat.summary }]));
  return { ...graph, ...texts, beats };
}
