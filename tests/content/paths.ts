/** Every complete playthrough of a story graph, for content tests that must hold on each path. */
import type { Position } from '../../src/machine/runtime.ts';
import type { StoryGraph } from '../../src/story/types.ts';
import { playRoute } from '../support/story.ts';

/** Every complete playthrough: one per combination of open options at the story's choices. */
export function allPaths(graph: StoryGraph): Position[][] {
  const paths: Position[][] = [];
  // Follow `picks` at the first choices, option 0 after them; branch into every other option on the way.
  const explore = (picks: number[]): void => {
    let depth = 0;
    const path = playRoute(graph, (options) => {
      if (depth >= picks.length) for (let i = 1; i < options.length; i++) explore([...picks.slice(0, depth), ...Array<number>(depth - picks.length).fill(0), i]);
      return picks[depth++] ?? 0;
    });
    paths.push(path);
  };
  explore([]);
  return paths;
}

/** The beats a playthrough enters, in order, each once. */
export function beatsOf(path: readonly Position[]): string[] {
  return [...new Set(path.map((p) => p.beatId))];
}

/** The route beats a playthrough took at its choices, as "route-a > route-b > …", to name a failing path. */
export function nameOf(graph: StoryGraph, path: readonly Position[]): string {
  return beatsOf(path).filter((id) => graph.beats[id]?.route).join(' > ');
}
