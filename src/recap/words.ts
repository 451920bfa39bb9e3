/** The recap's own sentences, shared by what the screen shows and what the live region says. */
import type { RecapView } from './view.ts';

/** The spoiler gate's heading, question and answers. */
export const GATE_WORDS = {
  heading: "Act 1's twist is next",
  text: 'The rest of the recap tells what Naomi finds out about Sarah, and who the man in glasses is. It gives away how Act 1 ends.',
  accept: 'Show me the twist',
  decline: 'Stop here, spoiler-free',
} as const;

/** The end panel's heading. */
export const END_HEADING = 'End of the recap';

/** "Chapter 3: A deal in the dark." */
export function chapterHeading(chapter: { readonly number: number; readonly title: string }): string {
  return `Chapter ${chapter.number}: ${chapter.title}`;
}

/**
 * What the live region says for a new view, in order: the chapter when it changes, the line, the
 * gate's question, the end. Nothing when the player did not move (a pause, a change of speed); the
 * same line again when the reader stepped back onto it.
 */
export function recapAnnouncements(previous: RecapView | undefined, view: RecapView): string[] {
  if (previous && previous.turn === view.turn) return [];
  const say: string[] = [];
  const chapter = view.chapter;
  if (chapter && (chapter.id !== previous?.chapter?.id || view.mode === 'card')) say.push(`${chapterHeading(chapter)}.`);
  const line = view.mode === 'line' ? chapter?.lines.at(-1) : undefined;
  if (line) say.push(line);
  if (view.mode === 'gate') say.push(`${GATE_WORDS.heading}. ${GATE_WORDS.text}`);
  if (view.mode === 'end') say.push(`${END_HEADING}.`);
  return say;
}
