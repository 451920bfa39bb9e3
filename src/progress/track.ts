/**
 * Recording progress from the story: pure `recordSnapshot` (what this moment adds) and the
 * binder that feeds the story actor's snapshots into a ProgressStore. Progress only ever grows.
 */
import type { StoryActor } from '../machine/persistence.ts';
import { currentStep, openOptions, replay } from '../machine/runtime.ts';
import type { StoryContext } from '../machine/story-machine.ts';
import type { StoryGraph } from '../story/types.ts';
import { choiceId, lineId, type Progress } from './progress.ts';
import type { ProgressStore } from './progress-store.ts';

/** `list` with `items` added, sorted and unique; the same array when nothing is new. */
export function addAll(list: readonly string[], items: Iterable<string>): readonly string[] {
  const have = new Set(list);
  const added = [...new Set(items)].filter((item) => !have.has(item));
  return added.length === 0 ? list : [...list, ...added].sort();
}

/**
 * The progress after the story's current moment: the line the reader just read past (a line counts
 * as read once the reader moves on from it, so skip stops at a line shown for the first time), the
 * beats entered, facts, the choice just made, and at the end the ending and routes followed.
 * `previous` is the moment before (the line left behind is read from it).
 */
export function recordSnapshot(progress: Progress, context: Pick<StoryContext, 'graph' | 'position' | 'log'>, previous?: Pick<StoryContext, 'position' | 'log'>): Progress {
  const { graph, position } = context;
  const facts = Object.fromEntries(Object.entries(position.unlocked).map(([key, route]) => [key, [route]]));
  const ended = position.ended;
  return mergeProgress(progress, {
    lines: lineLeft(graph, context, previous),
    beats: position.visited,
    facts,
    choices: lastChoice(context),
    // Every side of the night this reading followed, as the end card counts them.
    routes: ended ? position.visited.flatMap((id) => graph.beats[id]?.route ?? []) : [],
    endings: ended ? [position.beatId] : [],
    seenFacts: [],
  });
}

/** The line the reader has just moved on from (an advance one action ago), as a read-line id. */
function lineLeft(graph: StoryGraph, context: Pick<StoryContext, 'log'>, previous: Pick<StoryContext, 'position' | 'log'> | undefined): string[] {
  if (!previous || context.log.length !== previous.log.length + 1 || context.log.at(-1)?.t !== 'advance') return [];
  const step = currentStep(graph, previous.position);
  return step?.kind === 'line' ? [lineId(previous.position.beatId, step.text)] : [];
}

/** The union of two progress records; `progress` itself when `more` adds nothing. */
export function mergeProgress(progress: Progress, more: Progress): Progress {
  const facts = mergeFacts(progress.facts, more.facts);
  const next: Progress = {
    lines: addAll(progress.lines, more.lines),
    beats: addAll(progress.beats, more.beats),
    facts,
    choices: addAll(progress.choices, more.choices),
    routes: addAll(progress.routes, more.routes),
    endings: addAll(progress.endings, more.endings),
    seenFacts: addAll(progress.seenFacts, more.seenFacts),
  };
  const changed = (Object.keys(next) as (keyof Progress)[]).some((key) => next[key] !== progress[key]);
  return changed ? next : progress;
}

/** Marks facts as looked at in the dossiers, so they stop wearing the "new" badge. */
export function markFactsSeen(progress: Progress, keys: Iterable<string>): Progress {
  const seenFacts = addAll(progress.seenFacts, keys);
  return seenFacts === progress.seenFacts ? progress : { ...progress, seenFacts };
}

/** Facts found but not yet looked at: the ones with a "new" badge. */
export function newFacts(progress: Progress): string[] {
  const seen = new Set(progress.seenFacts);
  return Object.keys(progress.facts).filter((key) => !seen.has(key)).sort();
}

function mergeFacts(facts: Progress['facts'], more: Progress['facts']): Progress['facts'] {
  let merged: Record<string, readonly string[]> | undefined;
  for (const [key, routes] of Object.entries(more)) {
    const before = Object.hasOwn(facts, key) ? facts[key]! : [];
    const after = addAll(before, routes);
    if (after !== before || !Object.hasOwn(facts, key)) (merged ??= { ...facts })[key] = after;
  }
  return merged ?? facts;
}

/** The choice the last reader action made, as `beat:target`; only a `choose` at the end of the log counts. */
function lastChoice(context: Pick<StoryContext, 'graph' | 'log'>): string[] {
  const last = context.log.at(-1);
  if (last?.t !== 'choose') return [];
  const before = replay(context.graph, context.log.slice(0, -1));
  const option = openOptions(context.graph, before).find((o) => o.index === last.index)?.option;
  return option ? [choiceId(before.beatId, option.target)] : [];
}

/** Feeds every story snapshot into the store (which writes, throttled); returns an unsubscribe. */
export function bindProgress(actor: StoryActor, store: ProgressStore): () => void {
  let last: StoryContext | undefined;
  const subscription = actor.subscribe((snapshot) => {
    const { context } = snapshot;
    if (last && last.position === context.position && last.log === context.log) return;
    const previous = last;
    last = context;
    store.update((progress) => recordSnapshot(progress, context, previous));
  });
  return () => subscription.unsubscribe();
}
