/** `npm run story:check -- --stats`: lines, words and reading time per beat and per route, for writers and editors. */
import { readRoute } from '../machine/route-reading.ts';
import { CHARS_PER_WORD, readingSeconds } from '../story/reading-time.ts';
import type { StoryGraph } from '../story/types.ts';

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
