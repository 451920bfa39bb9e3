/** Which art the reader may need next: walks the script ahead of the reader, through every branch. */
import { artOf } from '../story/directives/play.ts';
import type { StoryGraph } from '../story/types.ts';
import type { Position } from './runtime.ts';

/** Art the upcoming steps use. */
export interface UpcomingArt {
  readonly backgrounds: readonly string[];
  /** Sprite keys (`sarah-smile`). */
  readonly sprites: readonly string[];
}

/** Art used within the next `horizon` steps after the position, following jumps and every option. */
export function upcomingArt(graph: StoryGraph, position: Pick<Position, 'beatId' | 'step'>, horizon = 40): UpcomingArt {
  const backgrounds = new Set<string>();
  const sprites = new Set<string>();
  const visited = new Set<string>();
  const queue: { beatId: string; step: number; budget: number }[] = [{ beatId: position.beatId, step: position.step, budget: horizon }];
  const spriteOf = (id: string): string | null | undefined => graph.characters[id]?.sprite;
  for (let item = queue.shift(); item; item = queue.shift()) {
    const key = `${item.beatId}:${item.step}`;
    if (visited.has(key) || item.budget <= 0) continue;
    visited.add(key);
    const step = graph.beats[item.beatId]?.steps[item.step];
    if (!step) continue;
    const next = { beatId: item.beatId, step: item.step + 1, budget: item.budget - 1 };
    switch (step.kind) {
      case 'line': {
        const sprite = step.speaker && step.expression ? spriteOf(step.speaker) : undefined;
        if (sprite) sprites.add(`${sprite}-${step.expression}`);
        break;
      }
      case 'jump':
        queue.push({ beatId: step.target, step: 0, budget: item.budget - 1 });
        if (!step.when) continue;
        break;
      case 'choice':
        for (const option of step.options) queue.push({ beatId: option.target, step: 0, budget: item.budget - 1 });
        continue;
      case 'end':
        continue;
      default: {
        const art = artOf(step, graph);
        for (const key of art.backgrounds ?? []) backgrounds.add(key);
        for (const key of art.sprites ?? []) sprites.add(key);
      }
    }
    queue.push(next);
  }
  return { backgrounds: [...backgrounds], sprites: [...sprites] };
}
