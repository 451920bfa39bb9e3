/**
 * The recap's stage, derived from where the player is: the chapters' own directions ([bg], [show],
 * [music] …) replayed through the story's directive table up to the current item. Playing on yields
 * the cues of the directions passed (sound, effects); a jump or a step back yields the stage as it
 * should be, to be restored at once.
 */
import type { StageFrame } from '../machine/selectors.ts';
import type { UpcomingArt } from '../machine/prefetch.ts';
import { artOf, runDirective } from '../story/directives/play.ts';
import { EMPTY_STAGE, type EffectState, type Stage, type StoryCue } from '../story/stage.ts';
import type { BgTransition, StoryGraph } from '../story/types.ts';
import { itemOf, trackOf, type RecapState } from './player.ts';
import type { RecapItem, RecapScript, RecapTrack } from './script.ts';

/** A place in a track's directions: every step before `step` of chapter `chapter` (and all earlier chapters) has run. */
interface Mark {
  readonly chapter: number;
  readonly step: number;
}

const BLANK: EffectState = { stage: EMPTY_STAGE, flags: [], unlocked: {}, route: null };

/** The stage at the player's item. */
export function recapStage(script: RecapScript, state: RecapState): Stage {
  return replay(script.graph, trackOf(script, state), markOf(itemOf(script, state)), undefined).stage;
}

/** The cues a move from one state to the next gives: the directions passed when playing on, else a restore of the new stage. */
export function recapCues(script: RecapScript, from: RecapState, to: RecapState): StoryCue[] {
  if (from.turn === to.turn) return [];
  const start = markOf(itemOf(script, from));
  const end = markOf(itemOf(script, to));
  if ((to.cause === 'play' || to.cause === 'forward') && compare(start, end) <= 0) {
    const cues: StoryCue[] = [];
    replay(script.graph, trackOf(script, to), end, { from: start, emit: (cue) => cues.push(cue) });
    return cues;
  }
  return [{ type: 'cue.restore', stage: recapStage(script, to) }];
}

/** What the stage draws for a state: background, figures, and the transition into the background. */
export function recapFrame(script: RecapScript, state: RecapState): StageFrame {
  const { graph } = script;
  const stage = recapStage(script, state);
  const figures = stage.characters.map((c) => {
    const sprite = graph.characters[c.id]?.sprite;
    return { id: c.id, image: sprite ? `${sprite}-${c.expression}` : null, position: c.position };
  });
  return { bg: stage.bg, transition: transitionOf(script, state, stage.bg), figures };
}

/** Art the next chapter or so will need (never past an unanswered gate: its pictures would give the twist away). */
export function recapUpcoming(script: RecapScript, state: RecapState): UpcomingArt {
  const track = trackOf(script, state);
  const here = markOf(itemOf(script, state));
  const backgrounds = new Set<string>();
  const sprites = new Set<string>();
  const last = Math.min(track.chapters.length - 1, here.chapter + 1);
  for (let c = here.chapter; c <= last; c++) {
    track.chapters[c]!.steps.forEach((step, at) => {
      if (step.kind === 'line' || (c === here.chapter && at < here.step)) return;
      const art = artOf(step, script.graph);
      art.backgrounds?.forEach((key) => backgrounds.add(key));
      art.sprites?.forEach((key) => sprites.add(key));
    });
  }
  return { backgrounds: [...backgrounds], sprites: [...sprites] };
}

/** Where an item's directions end. */
function markOf(item: RecapItem): Mark {
  return { chapter: item.chapter, step: item.step };
}

function compare(a: Mark, b: Mark): number {
  return a.chapter - b.chapter || a.step - b.step;
}

/** Runs a track's directions up to a mark; those at or after `emitting.from` send their cues. */
function replay(graph: StoryGraph, track: RecapTrack, to: Mark, emitting: { from: Mark; emit: (cue: StoryCue) => void } | undefined): EffectState {
  let state = BLANK;
  const quiet = { graph, emit: () => undefined };
  const loud = emitting ? { graph, emit: emitting.emit } : quiet;
  for (let c = 0; c <= to.chapter && c < track.chapters.length; c++) {
    const steps = track.chapters[c]!.steps;
    const end = c === to.chapter ? Math.min(to.step, steps.length) : steps.length;
    for (let s = 0; s < end; s++) {
      const step = steps[s]!;
      if (step.kind === 'line') continue;
      const run = emitting && compare({ chapter: c, step: s }, emitting.from) >= 0 ? loud : quiet;
      state = runDirective(step, state, run);
    }
  }
  return state;
}

/** A jump or a step back shows the stage at once; playing on uses the transition the chapter gives its background. */
function transitionOf(script: RecapScript, state: RecapState, bg: string | null): BgTransition {
  if (state.cause !== 'play' && state.cause !== 'forward' && state.cause !== 'start') return 'cut';
  const item = itemOf(script, state);
  const steps = trackOf(script, state).chapters[item.chapter]?.steps ?? [];
  for (let s = Math.min(item.step, steps.length) - 1; s >= 0; s--) {
    const step = steps[s]!;
    if (step.kind === 'bg' && step.key === bg) return step.transition;
  }
  return 'fade';
}
