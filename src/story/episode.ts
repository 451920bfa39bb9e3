/** The episode's own beats (STORY-FACTS, "Act 1 beats, in order") and which story beats show them. */
import type { StoryGraph } from './types.ts';

/** How many beats the episode has, numbered from 1. */
export const EPISODE_BEATS = 18;

/** A problem in an `episode:` value: what is wrong, where in the value, and how to fix it. */
export interface EpisodeProblem {
  readonly message: string;
  readonly offset: number;
  readonly hint: string;
}

const HINT = `episode beats are numbered 1 to ${EPISODE_BEATS}, as in STORY-FACTS ("Act 1 beats, in order")`;

/** Parses a comma-separated list of episode beat numbers, each 1–18 and listed once; collects every problem. */
export function parseEpisodeBeats(value: string): { beats: number[]; problems: EpisodeProblem[] } {
  const beats: number[] = [];
  const problems: EpisodeProblem[] = [];
  for (const item of value.matchAll(/[^,]+/g)) {
    const text = item[0].trim();
    const offset = item.index + item[0].indexOf(text);
    const beat = Number(text);
    if (!/^\d+$/.test(text)) problems.push({ message: `'${text}' is not an episode beat number`, offset, hint: HINT });
    else if (beat < 1 || beat > EPISODE_BEATS) problems.push({ message: `there is no episode beat ${beat}`, offset, hint: HINT });
    else if (beats.includes(beat)) problems.push({ message: `episode beat ${beat} is listed twice`, offset, hint: 'list each episode beat once' });
    else beats.push(beat);
  }
  if (beats.length === 0 && problems.length === 0) problems.push({ message: "'episode:' lists no beats", offset: 0, hint: "write the numbers, like 'episode: 3, 4'" });
  return { beats, problems };
}

/** The episode beats a path of story beats shows, each once, in the order the path first shows them. */
export function episodeBeatsOn(graph: StoryGraph, beatIds: readonly string[]): number[] {
  const shown: number[] = [];
  for (const id of beatIds) {
    for (const beat of graph.beats[id]?.episode ?? []) if (!shown.includes(beat)) shown.push(beat);
  }
  return shown;
}
