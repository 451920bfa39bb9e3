/** Test helpers over the real story in assets/story: compile it once and read expectations from it. */
import { compileProjectStory } from '../../src/build/load-story.ts';
import { formatDiagnostic } from '../../src/story/diagnostics.ts';
import { startPosition, currentStep, apply, openOptions, type Position } from '../../src/machine/runtime.ts';
import { selectView, spokenText } from '../../src/machine/selectors.ts';
import type { StoryGraph } from '../../src/story/types.ts';

let cached: StoryGraph | undefined;

/** The real story's graph; throws with the diagnostics when it does not compile. */
export function realStory(): StoryGraph {
  if (cached) return cached;
  const result = compileProjectStory(process.cwd());
  if (!result.graph) throw new Error(`assets/story does not compile:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
  cached = result.graph;
  return cached;
}

/** How the live region announces the line at a position ("Speaker: text", "(dramatised)" appended). */
export function announcement(graph: StoryGraph, position: Position): string | undefined {
  const view = selectView({ graph, graphHash: graph.hash, position, log: [], cause: 'advance' });
  if (!view.line) return undefined;
  return spokenText(view.line) + (view.line.dramatized ? ' (dramatised)' : '');
}

/** Plays the story by always choosing the option whose label or target matches, to the end; returns the positions read. */
export function playRoute(graph: StoryGraph, pick: (options: { label: string; target: string }[]) => number): Position[] {
  let position = startPosition(graph).position;
  const seen = [position];
  for (let guard = 0; guard < 5000 && !position.ended; guard++) {
    const step = currentStep(graph, position);
    const action = step?.kind === 'choice'
      ? { t: 'choose' as const, index: openOptions(graph, position)[pick(openOptions(graph, position).map((o) => o.option))]!.index }
      : { t: 'advance' as const };
    const moved = apply(graph, position, action);
    if (!moved) throw new Error(`stuck at ${position.beatId}:${position.step}`);
    position = moved.position;
    seen.push(position);
  }
  return seen;
}
