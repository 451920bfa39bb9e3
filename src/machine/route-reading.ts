/** Reading a route from start to end the way a reader following that side of the night would. */
import { readingSeconds } from '../story/reading-time.ts';
import type { StoryGraph } from '../story/types.ts';
import { apply, currentStep, openOptions, startPosition } from './runtime.ts';

/** A route's reading, taking its own option at every choice (and the first route's elsewhere). */
export interface RouteReading {
  readonly route: string;
  readonly beats: readonly string[];
  readonly lines: number;
  readonly chars: number;
  readonly minutes: number;
}

/** Reads the story start to end, at each choice taking the option into `route` when there is one. */
export function readRoute(graph: StoryGraph, route: string, fallback: string): RouteReading {
  let position = startPosition(graph).position;
  let lines = 0;
  let chars = 0;
  for (let guard = 0; guard < 20_000 && !position.ended; guard++) {
    const step = currentStep(graph, position);
    if (step?.kind === 'line') {
      lines += 1;
      chars += step.text.length;
    }
    const open = openOptions(graph, position);
    const pick = open.find((o) => graph.beats[o.option.target]?.route === route) ?? open.find((o) => graph.beats[o.option.target]?.route === fallback) ?? open[0];
    const moved = apply(graph, position, step?.kind === 'choice' && pick ? { t: 'choose', index: pick.index } : { t: 'advance' });
    if (!moved) break;
    position = moved.position;
  }
  return { route, beats: position.visited, lines, chars, minutes: readingSeconds(chars, lines) / 60 };
}
