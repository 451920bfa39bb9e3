/** Deep links to a beat, `#/beat/<id>`: what a link asks for, read without ever throwing on junk. */
import type { Progress } from '../progress/progress.ts';
import type { StoryGraph } from '../story/types.ts';

/** What a location hash asks for. */
export type BeatLink =
  /** Not a beat link (empty, or another screen's hash): leave it to the rest of the app. */
  | { readonly kind: 'none' }
  /** A beat the reader has read: open it with chapter select. */
  | { readonly kind: 'open'; readonly beatId: string }
  /** A beat the reader has not reached: ask first, with this question. */
  | { readonly kind: 'confirm'; readonly beatId: string; readonly message: string }
  /** No such beat: say so and open the map. */
  | { readonly kind: 'unknown'; readonly message: string };

const PREFIX = '#/beat/';
/** Longest id echoed back in a message; the rest is cut with an ellipsis. */
const ECHO_LIMIT = 40;

/** The hash that links to a beat. */
export function beatLink(beatId: string): string {
  return `${PREFIX}${encodeURIComponent(beatId)}`;
}

/** Reads a location hash (`location.hash`, with its `#`) against the graph and the reader's progress. */
export function parseBeatLink(hash: string, graph: StoryGraph, progress: Pick<Progress, 'beats'>): BeatLink {
  if (!hash.startsWith(PREFIX)) return { kind: 'none' };
  const raw = hash.slice(PREFIX.length).split(/[?#/]/, 1)[0] ?? '';
  let beatId: string;
  try {
    beatId = decodeURIComponent(raw).trim();
  } catch {
    beatId = raw;
  }
  if (!Object.hasOwn(graph.beats, beatId)) {
    const shown = echo(beatId);
    return { kind: 'unknown', message: shown ? `There is no scene “${shown}” in this story. Here is the story map instead.` : 'That link does not name a scene. Here is the story map instead.' };
  }
  if (progress.beats.includes(beatId)) return { kind: 'open', beatId };
  return { kind: 'confirm', beatId, message: 'You have not reached this scene yet. Open it anyway? It may give away what happens before it.' };
}

/** A user-typed id made safe to show: printable characters only, and not too long. */
function echo(text: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e]/g, '');
  return printable.length > ECHO_LIMIT ? `${printable.slice(0, ECHO_LIMIT)}…` : printable;
}
