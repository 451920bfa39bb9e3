/** How much of the story a reader has seen: for the map and the end card. */
import { choiceId, type Progress } from '../progress/progress.ts';
import type { StoryGraph } from '../story/types.ts';

/** A count out of a total, with its whole percentage (rounded down: 100 only when complete). */
export interface Tally {
  readonly found: number;
  readonly total: number;
  readonly percent: number;
}

/** Completion by kind. Choices count each distinct way out of a menu (`beat:target`), as progress records them. */
export interface Completion {
  readonly beats: Tally;
  readonly choices: Tally;
  readonly routes: Tally;
  readonly facts: Tally;
}

/** A tally of how many of `all` are in `found`; an empty total counts as complete. */
export function tally(all: readonly string[], found: Iterable<string>): Tally {
  const have = new Set(found);
  const unique = [...new Set(all)];
  const count = unique.filter((id) => have.has(id)).length;
  return { found: count, total: unique.length, percent: unique.length === 0 ? 100 : Math.floor((count * 100) / unique.length) };
}

/** Counts what the reader has read, tried, finished and found against what the graph holds; unknown ids are ignored. */
export function completion(graph: StoryGraph, progress: Progress): Completion {
  const options = graph.beatOrder.flatMap((id) =>
    (graph.beats[id]?.steps ?? []).flatMap((step) => (step.kind === 'choice' ? step.options.map((o) => choiceId(id, o.target)) : [])),
  );
  const facts = Object.values(graph.dossiers).flatMap((d) => d.facts.map((f) => `${d.id}.${f.id}`));
  return {
    beats: tally(graph.beatOrder, progress.beats),
    choices: tally(options, progress.choices),
    routes: tally(Object.keys(graph.routes), progress.routes),
    facts: tally(facts, Object.keys(progress.facts)),
  };
}
