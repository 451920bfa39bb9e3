/**
 * Lifelong reading progress, like Ren'Py's persistent data: it outlives every save slot and every
 * playthrough. Skip-read-only, the dossiers, the story map and the end card all read it.
 */
import type { StoryGraph } from '../story/types.ts';

/** What a reader has ever read, found and reached. JSON-serialisable; every list is sorted and unique. */
export interface Progress {
  /** Lines read, as `lineId`s. */
  readonly lines: readonly string[];
  /** Beats entered. */
  readonly beats: readonly string[];
  /** Facts found: `dossier.fact` → the routes whose wording was read ('' for the common wording). */
  readonly facts: Readonly<Record<string, readonly string[]>>;
  /** Choice options taken, as `beatId:optionTarget`. */
  readonly choices: readonly string[];
  /** Routes followed to an ending. */
  readonly routes: readonly string[];
  /** Endings reached, by the id of the beat that ends. */
  readonly endings: readonly string[];
  /** Facts the reader has looked at in the dossiers (`dossier.fact`): the rest of `facts` wear a "new" badge. */
  readonly seenFacts: readonly string[];
}

/** A reader who has read nothing yet. */
export const EMPTY_PROGRESS: Progress = { lines: [], beats: [], facts: {}, choices: [], routes: [], endings: [], seenFacts: [] };

/**
 * A line's id for "have I read this?": its beat and its text, so it survives edits elsewhere in
 * the script (moving a line keeps it read; rewording it makes it new, as it should).
 */
export function lineId(beatId: string, text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${beatId}:${(hash >>> 0).toString(36)}`;
}

/** The id of a choice option taken: its beat and where it leads. */
export function choiceId(beatId: string, target: string): string {
  return `${beatId}:${target}`;
}

/** True when a graph's beat exists and has been entered. */
export function hasRead(progress: Progress, graph: StoryGraph, beatId: string): boolean {
  return graph.beats[beatId] !== undefined && progress.beats.includes(beatId);
}
