/**
 * Chapter select from the map: a beat read from its first line, with the flags and stage of the
 * reader's path there (or the story's first options), asking first when that costs something.
 */
import { chapterSave } from '../../map/chapter.ts';
import { beatLink, parseBeatLink } from '../../map/deep-link.ts';
import type { Position, ReaderStep } from '../../machine/runtime.ts';
import type { StorySave } from '../../machine/story-machine.ts';
import type { Progress } from '../../progress/progress.ts';
import type { SpoilerLevel } from '../../storage/settings.ts';
import type { StoryGraph } from '../../story/types.ts';
import { pathSentence } from './map-words.ts';

/** The reader as the map sees them when it opens. */
export interface MapReaderNow {
  readonly progress: Progress;
  readonly spoilerLevel: SpoilerLevel;
  /** The story being read now, if any: where it is, and the reader's actions so far. */
  readonly position?: Pick<Position, 'beatId' | 'visited'>;
  readonly log?: readonly ReaderStep[];
}

/** What starting a chapter needs. */
export interface ChapterDeps {
  readonly graph: StoryGraph;
  readonly reader: () => MapReaderNow;
  /** True while a story is open under the map (leaving it asks first). */
  readonly reading: () => boolean;
  /** Asks a question; resolves true for the confirming button. */
  readonly ask: (question: string, confirm: string) => Promise<boolean>;
  /** Starts reading the save; `told` says which path it is read as. */
  readonly read: (save: StorySave, told: string) => void;
  /** Says why nothing happened. */
  readonly say: (text: string) => void;
}

/**
 * Reads a beat from its first line. Asks first when the beat is not read yet or a story is open,
 * unless the reader has just been asked (`asked`). Resolves whether reading started.
 */
export async function readChapter(deps: ChapterDeps, beatId: string, options: { readonly asked?: boolean } = {}): Promise<boolean> {
  const now = deps.reader();
  const chapter = chapterSave({ graph: deps.graph, beatId, progress: now.progress, ...(now.log ? { log: now.log } : {}) });
  if (!chapter.ok) {
    deps.say(chapter.error === 'unknown-beat' ? 'That scene is not in this story.' : 'No path of choices from the start of the story reaches this scene.');
    return false;
  }
  const title = deps.graph.beats[beatId]!.title;
  const sentence = pathSentence(chapter);
  if (!options.asked) {
    const read = now.progress.beats.includes(beatId) || now.position?.visited.includes(beatId) === true;
    const question = !read
      ? `You have not reached “${title}” yet. Read it anyway? ${sentence}`
      : deps.reading()
        ? `Read “${title}” from its first line? ${sentence} The story you are reading now stays in the autosave only until you read on.`
        : undefined;
    if (question !== undefined && !(await deps.ask(question, 'Read'))) return false;
  }
  deps.read(chapter.save, `Reading “${title}” from its first line. ${sentence}`);
  return true;
}

/** What following a link needs besides starting a chapter: a way to show the map in its place. */
export interface LinkDeps extends ChapterDeps {
  readonly showMap: () => void;
}

/**
 * Follows `#/beat/<id>`: a beat the reader has read opens at once (asking only if a story is open),
 * one not reached yet asks first, an unknown one says so; whenever nothing opens, the map shows instead.
 */
export async function followBeatLink(deps: LinkDeps, beatId: string): Promise<void> {
  const now = deps.reader();
  const link = parseBeatLink(beatLink(beatId), deps.graph, { beats: [...now.progress.beats, ...(now.position?.visited ?? [])] });
  if (link.kind === 'none') return;
  if (link.kind === 'unknown') {
    deps.say(link.message);
    deps.showMap();
    return;
  }
  const confirmed = link.kind === 'confirm' ? await deps.ask(link.message, 'Open it') : true;
  const started = confirmed && (await readChapter(deps, link.beatId, { asked: link.kind === 'confirm' }));
  if (!started) deps.showMap();
}
