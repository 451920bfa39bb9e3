/** The map's spoiler rule, in one place: which beats and which choice labels a reader may see. */
import type { Position } from '../machine/runtime.ts';
import type { Progress } from '../progress/progress.ts';
import type { SpoilerLevel } from '../storage/settings.ts';
import type { StoryGraph, Tier } from '../story/types.ts';
import { edgeOption, type StoryEdge } from './edges.ts';

/** The highest beat tier each spoiler level shows unread (-1: none; 'act1' is tiers 0–2, 'later' adds 3). */
export const LEVEL_MAX_TIER: Readonly<Record<SpoilerLevel, Tier | -1>> = { read: -1, act1: 2, later: 3 };

/** What the map knows about the reader. */
export interface MapReader {
  readonly graph: StoryGraph;
  readonly progress: Progress;
  /** The reader's current beat and path (`position.visited`); absent when no story is open. */
  readonly position?: Pick<Position, 'beatId' | 'visited'>;
  readonly spoilerLevel: SpoilerLevel;
}

/** The reader's knowledge, as sets, computed once per view. */
export interface Knowledge {
  /** Beats ever entered, or entered on the current path. */
  readonly read: ReadonlySet<string>;
  readonly onPath: ReadonlySet<string>;
  readonly current?: string;
  /** Beats whose title, location and choices may be shown. */
  readonly revealed: ReadonlySet<string>;
}

/** Works out what the reader has read and may see. */
export function knowledge(reader: MapReader): Knowledge {
  const { graph, progress, position, spoilerLevel } = reader;
  const onPath = new Set(position?.visited ?? []);
  const read = new Set([...progress.beats, ...onPath].filter((id) => Object.hasOwn(graph.beats, id)));
  const maxTier = LEVEL_MAX_TIER[spoilerLevel];
  const revealed = new Set(graph.beatOrder.filter((id) => read.has(id) || (graph.beats[id]?.tier ?? 3) <= maxTier));
  return { read, onPath, revealed, ...(position ? { current: position.beatId } : {}) };
}

/** An option's label when the beat it is offered in may be shown, else undefined. */
export function visibleLabel(graph: StoryGraph, known: Knowledge, edge: StoryEdge): string | undefined {
  return known.revealed.has(edge.from) ? edgeOption(graph, edge)?.label : undefined;
}

/** The labels of the choices leading to a beat that the reader may see, in script order, each once. */
export function reachedBy(graph: StoryGraph, known: Knowledge, edges: readonly StoryEdge[], beatId: string): string[] {
  const labels = edges.filter((e) => e.to === beatId).map((e) => visibleLabel(graph, known, e));
  return [...new Set(labels.filter((l): l is string => l !== undefined))];
}
