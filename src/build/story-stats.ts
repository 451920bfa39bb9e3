/** `npm run story:check -- --stats`: lines, words and reading time per beat, per route and for the recap, for writers and editors. */
import { readRoute } from '../machine/route-reading.ts';
import { CHARS_PER_WORD, countWords, readingSeconds, recapSeconds } from '../story/reading-time.ts';
import { recapPath, type RecapGate } from '../story/recap-path.ts';
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
  if (graph.recap.length > 0) out.push('', ...recapReport(graph));
  return out.join('\n');
}

/** The recap's two paths at the default pace (`RECAP_PACE`). */
function recapReport(graph: StoryGraph): string[] {
  const out = ['recap (at the spoiler gate)          chapters  lines  words  minutes'];
  for (const gate of ['declined', 'accepted'] as const satisfies readonly RecapGate[]) {
    const chapters = recapPath(graph.recap, gate);
    const lines = chapters.flatMap((c) => c.steps.flatMap((s) => (s.kind === 'line' ? [s.text] : [])));
    const words = lines.reduce((n, text) => n + countWords(text), 0);
    out.push(`${gate.padEnd(37)}${String(chapters.length).padStart(8)}  ${String(lines.length).padStart(5)}  ${String(words).padStart(5)}  ${(recapSeconds(chapters) / 60).toFixed(1).padStart(7)}`);
  }
  return out;
}
