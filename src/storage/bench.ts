/** Timing save and load of a full-route story state, for `npm run bench` and the unit tests. */
import { apply, currentStep, openOptions, startPosition, type ReaderStep } from '../machine/runtime.ts';
import { contextFromSave, type StoryContext } from '../machine/story-machine.ts';
import type { StoryGraph } from '../story/types.ts';
import { memoryBackend } from './backend.ts';
import { guard, type SafeBackend } from './open-storage.ts';
import { saveRecordOf } from './save-meta.ts';
import { SaveStore } from './save-store.ts';

/** Save and load timings, in milliseconds: median, 95th percentile and worst over the runs. */
export interface SaveLoadBench {
  readonly route: string | null;
  /** Reader actions in the saved log. */
  readonly steps: number;
  /** Size of the stored record, in characters. */
  readonly chars: number;
  readonly save: Timing;
  readonly load: Timing;
}

/** Timings of one operation, in milliseconds. */
export interface Timing {
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

/** The story state at the end of a route: every line read, the route's option taken at each choice. */
export function fullRouteContext(graph: StoryGraph, route: string | null = null): Omit<StoryContext, 'graph'> {
  let position = startPosition(graph).position;
  const log: ReaderStep[] = [];
  for (let guardSteps = 0; guardSteps < 20_000 && !position.ended; guardSteps++) {
    const open = openOptions(graph, position);
    const pick = open.find((o) => graph.beats[o.option.target]?.route === route) ?? open[0];
    const action: ReaderStep = currentStep(graph, position)?.kind === 'choice' && pick ? { t: 'choose', index: pick.index } : { t: 'advance' };
    const moved = apply(graph, position, action);
    if (!moved) break;
    position = moved.position;
    log.push(action);
  }
  return { graphHash: graph.hash, position, log, cause: 'advance' };
}

/**
 * Times saving (record built, validated, encoded, written) and loading (read, parsed, validated,
 * restored to a machine context) of a full route's state. The backend defaults to memory, so the
 * figures are the main thread's work, not the disk's.
 */
export async function benchSaveLoad(graph: StoryGraph, options: { route?: string | null; runs?: number; backend?: SafeBackend } = {}): Promise<SaveLoadBench> {
  const backend = options.backend ?? guard(memoryBackend());
  const saves = new SaveStore({ backend });
  const context = fullRouteContext(graph, options.route ?? null);
  const saveTimes: number[] = [];
  const loadTimes: number[] = [];
  await saves.save(saveRecordOf({ slot: 'quick', graph, context, playTimeMs: 0 })); // warm-up, not timed
  for (let run = 0; run < (options.runs ?? 20); run++) {
    const t0 = performance.now();
    await saves.save(saveRecordOf({ slot: 'quick', graph, context, playTimeMs: 1_200_000 }));
    const t1 = performance.now();
    const loaded = await saves.load('quick');
    if (loaded.ok) contextFromSave(graph, loaded.record.story);
    loadTimes.push(performance.now() - t1);
    saveTimes.push(t1 - t0);
  }
  const stored = await backend.get('save:quick');
  return {
    route: options.route ?? null,
    steps: context.log.length,
    chars: typeof stored === 'string' ? stored.length : 0,
    save: summary(saveTimes),
    load: summary(loadTimes),
  };
}

function summary(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  return { medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1) ?? 0 };
}
