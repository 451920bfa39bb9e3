/**
 * What the story says to a reader who cannot see the stage, decided from the story's state: the
 * scene when the beat changes, captioned sounds, each line once (again after a rollback), the end.
 */
import type { Actor } from 'xstate';
import { selectView, spokenText, type ReaderView } from '../machine/selectors.ts';
import type { StoryMachine } from '../machine/story-machine.ts';
import { endingSentence } from '../ui/story/words.ts';
import type { Speaker } from './announcer.ts';

/** What has been said so far, enough to tell what is new. */
export interface Heard {
  readonly beatId: string;
  readonly lineKey: string | undefined;
  readonly mode: ReaderView['mode'];
  readonly turn: number;
}

/** A line as the live log says it: "Speaker: text", with "(dramatised)" for our own inventions. */
export function lineAnnouncement(line: NonNullable<ReaderView['line']>): string {
  return spokenText(line) + (line.dramatized ? ' (dramatised)' : '');
}

/**
 * The announcements for a new view, in the order a reader should hear them: the scene, the sounds
 * that came with the move, the line, the end. A line is said when it is new, and said again when
 * the story was put back on it (rollback, load) so the reader knows where they are.
 */
export function announcementsFor(previous: Heard | undefined, view: ReaderView, captions: readonly string[], finishedBefore: readonly string[] = []): { say: string[]; heard: Heard } {
  const say: string[] = [];
  const moved = previous === undefined || previous.turn !== view.turn;
  if (previous?.beatId !== view.beat.id || (view.restored && moved)) say.push(`Scene: ${view.beat.location}.`);
  say.push(...captions);
  const line = view.mode === 'ended' ? undefined : view.line;
  if (line && (line.key !== previous?.lineKey || (view.restored && moved))) say.push(lineAnnouncement(line));
  if (view.mode === 'ended' && view.ending && (previous?.mode !== 'ended' || moved)) say.push(endingSentence(view.ending, finishedBefore));
  return { say, heard: { beatId: view.beat.id, lineKey: view.line?.key, mode: view.mode, turn: view.turn } };
}

/**
 * Speaks the story as it moves; at the end, `sidesFinished` (route ids finished in any reading) keeps
 * the sides already read out of "still to read". (Dossier unlocks are a visible notice in the toasts'
 * status region: src/ui/dossiers/unlock-notices.ts.) Returns an unsubscribe.
 */
export function bindStoryAnnouncements(actor: Actor<StoryMachine>, speaker: Speaker, sidesFinished: () => readonly string[] = () => []): () => void {
  let heard: Heard | undefined;
  // Sounds are one-off cues: kept until the move that made them is announced, so they come after the scene.
  const captions: string[] = [];
  const subs = [
    actor.on('cue.sfx', (cue) => {
      if (cue.caption) captions.push(`[${cue.caption}]`);
    }),
    actor.on('cue.ambience', (cue) => {
      if (cue.caption) captions.push(`[${cue.caption}]`);
    }),
    actor.subscribe((snapshot) => {
      const next = announcementsFor(heard, selectView(snapshot.context), captions.splice(0), sidesFinished());
      for (const text of next.say) speaker.announce(text);
      heard = next.heard;
    }),
  ];
  return () => subs.forEach((s) => s.unsubscribe());
}
