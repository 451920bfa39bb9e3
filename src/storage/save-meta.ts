/** Building a save record from the story, and the notice for a save made on an older script. */
import type { StoryContext, StorySave } from '../machine/story-machine.ts';
import type { StoryGraph } from '../story/types.ts';
import type { SaveRecord, SlotId } from './save-schema.ts';

/** What a save record is made from. */
export interface SaveRecordInput {
  readonly slot: SlotId;
  readonly graph: StoryGraph;
  /** The story actor's context (the graph itself is not saved). */
  readonly context: Pick<StoryContext, 'graphHash' | 'position' | 'log'>;
  readonly playTimeMs: number;
  /** A data:image/webp|jpeg|png;base64 URL of the stage. */
  readonly thumbnail?: string;
  readonly now?: Date;
}

/** A save record for a slot: the story save and what the slot shows (beat title, route, play time, date). */
export function saveRecordOf(input: SaveRecordInput): SaveRecord {
  const { graph, context } = input;
  const { position } = context;
  const route = position.route === null ? null : { id: position.route, name: graph.routes[position.route]?.name ?? position.route };
  return {
    slot: input.slot,
    story: { graphHash: context.graphHash, position, log: context.log },
    meta: {
      beatId: position.beatId,
      beatTitle: graph.beats[position.beatId]?.title ?? position.beatId,
      route,
      playTimeMs: Math.max(0, Math.round(input.playTimeMs)),
      savedAt: (input.now ?? new Date()).toISOString(),
      ...(input.thumbnail !== undefined ? { thumbnail: input.thumbnail } : {}),
    },
  };
}

/**
 * The notice for loading a save made before the script changed (the machine then resumes at the
 * start of its beat, or of the story if the beat is gone); undefined when it resumes exactly.
 */
export function resumeNotice(graph: StoryGraph, save: StorySave): string | undefined {
  const beat = graph.beats[save.position.beatId];
  if (save.graphHash === graph.hash && beat?.steps[save.position.step] !== undefined) return undefined;
  if (!beat) return 'The story has changed since this save was made and its scene is gone, so it resumes at the start of the story.';
  return `The story has changed since this save was made, so it resumes at the start of “${beat.title}”.`;
}
