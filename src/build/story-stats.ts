/** `npm run story:check -- --stats`: lines, words and reading time per beat and per route, for writers and editors. */
import { apply, currentStep, openOptions, startPosition } from '../machine/runtime.ts';
import { CHARS_PER_WORD, readingSeconds } from '../story/reading-time.ts';
import type { StoryGraph } from '../story/types.ts';

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

/** The report printed by `--stats`. */
export function statsReport(graph: StoryGraph): string {
  const out: string[] = ['beat                          lines  words  minutes'];
  for (const id of graph.beatOrder) {
    const lines = graph.beats[id]!.steps.filter((s) => s.kind === 'line');
    const chars = lines.reduce((n, s) => n + (s.kind === 'line' ? s.text.length : 0), 0);
    out.push(`${id.padEnd(30)}${String(lines.length).padStart(5)}  ${String(Math.round(chars / CHARS_PER_WORD)).padStart(5)}  ${(readingSeconds(chars, lines.length) / 60).toFixed(1).padStart(7)}`);
  }
  const routes = Object.keys(graph.routes);
  out.push('', 'route (its option at every choice)   beats  lines  words  minutes');
  for (const route of routes) {
    const r = readRoute(graph, route, routes[0] ?? route);
    out.push(`${route.padEnd(37)}${String(r.beats.length).padStart(5)}  ${String(r.lines).padStart(5)}  ${String(Math.round(r.chars / CHARS_PER_WORD)).padStart(5)}  ${r.minutes.toFixed(1).padStart(7)}`);
  }
  return out.join('\n');
}
