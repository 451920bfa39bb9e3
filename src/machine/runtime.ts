/**
 * The story runtime as pure functions: a position in the graph, and how reader actions move it.
 * The XState machine wraps these; keeping them pure makes rollback a replay and saves tiny.
 */
import { evaluate } from '../story/condition.ts';
import { runDirective } from '../story/directives/play.ts';
import { EMPTY_STAGE, withCharacter, type EffectState, type StoryCue } from '../story/stage.ts';
import type { Beat, ChoiceOption, Effect, Step, StoryGraph } from '../story/types.ts';

export type { Stage, StageCharacter, StoryCue } from '../story/stage.ts';

/** Where the reader is, and everything the route so far has changed (stage, flags, facts, route). JSON-serialisable. */
export interface Position extends EffectState {
  readonly beatId: string;
  /** Index of the current step in the beat: always a line, a choice or an end once settled. */
  readonly step: number;
  /** Beats entered, in order, each once. */
  readonly visited: readonly string[];
  readonly ended: boolean;
}

/** A reader action that moved the story; the log of these is the story's history. */
export type ReaderStep =
  | { readonly t: 'advance' }
  | { readonly t: 'choose'; readonly index: number }
  | { readonly t: 'jump'; readonly beatId: string }
  /** Re-entry from a save made on another script version: the start of the log, never rolled back. */
  | { readonly t: 'resume'; readonly beatId: string; readonly flags: readonly string[]; readonly unlocked: Readonly<Record<string, string>> };

/** What the reader is doing at a position. */
export type ReadingMode = 'reading' | 'choosing' | 'ended';

/** The mode a position is in: at its end, at a choice, or reading a line. */
export function modeOf(graph: StoryGraph, position: Position): ReadingMode {
  if (position.ended) return 'ended';
  return currentStep(graph, position)?.kind === 'choice' ? 'choosing' : 'reading';
}

/** True when the log has something rollback can undo (a resume point cannot be undone). */
export function canUndo(log: readonly ReaderStep[]): boolean {
  return log.length > 0 && !(log.length === 1 && log[0]!.t === 'resume');
}

/** A moved position and the cues the move produced. */
export interface Move {
  readonly position: Position;
  readonly cues: readonly StoryCue[];
}

/** Guards against a script that loops through jumps without ever showing a line. */
const MAX_STEPS_PER_MOVE = 10_000;

/** The position at the very start of the story, settled on its first line. */
export function startPosition(graph: StoryGraph): Move {
  const blank: Position = { beatId: graph.start, step: 0, flags: [], unlocked: {}, route: null, stage: EMPTY_STAGE, visited: [], ended: false };
  return settle(graph, enterBeat(graph, blank, graph.start));
}

/** The step the reader is at. */
export function currentStep(graph: StoryGraph, position: Position): Step | undefined {
  return graph.beats[position.beatId]?.steps[position.step];
}

/** The options of the current choice that are open, with their index in the menu. */
export function openOptions(graph: StoryGraph, position: Position): { index: number; option: ChoiceOption }[] {
  const step = currentStep(graph, position);
  if (step?.kind !== 'choice') return [];
  const flags = new Set(position.flags);
  return step.options.flatMap((option, index) => (!option.when || evaluate(option.when, flags) ? [{ index, option }] : []));
}

/** Applies one reader action; returns undefined when the action does nothing here. */
export function apply(graph: StoryGraph, position: Position, action: ReaderStep): Move | undefined {
  if (action.t === 'resume') {
    if (!graph.beats[action.beatId]) return undefined;
    const resumed = { ...position, flags: [...action.flags].sort(), unlocked: { ...action.unlocked }, visited: [], ended: false };
    return settle(graph, enterBeat(graph, resumed, action.beatId));
  }
  if (action.t === 'jump') {
    if (!graph.beats[action.beatId]) return undefined;
    return settle(graph, { ...enterBeat(graph, position, action.beatId), ended: false });
  }
  const step = currentStep(graph, position);
  if (action.t === 'advance') {
    return step?.kind === 'line' ? settle(graph, { ...position, step: position.step + 1 }) : undefined;
  }
  const open = openOptions(graph, position).find((o) => o.index === action.index);
  if (!open) return undefined;
  const cues: StoryCue[] = [];
  const chosen = open.option.effects.reduce((pos, effect) => runEffect(graph, pos, effect, cues), position);
  const moved = settle(graph, enterBeat(graph, chosen, open.option.target));
  return { position: moved.position, cues: [...cues, ...moved.cues] };
}

/** Replays a log of reader actions from the start; actions that do nothing are skipped. */
export function replay(graph: StoryGraph, log: readonly ReaderStep[]): Position {
  let position = startPosition(graph).position;
  for (const action of log) position = apply(graph, position, action)?.position ?? position;
  return position;
}

function enterBeat(graph: StoryGraph, position: Position, beatId: string): Position {
  const beat = graph.beats[beatId]!;
  return {
    ...position,
    beatId,
    step: 0,
    route: beat.route ?? position.route,
    visited: position.visited.includes(beatId) ? position.visited : [...position.visited, beatId],
  };
}

/** Runs directions and jumps from the current step until the reader has something to read or choose. */
function settle(graph: StoryGraph, start: Position): Move {
  const cues: StoryCue[] = [];
  let position = start;
  let enteredBeat = true;
  for (let guard = 0; guard < MAX_STEPS_PER_MOVE; guard++) {
    const beat: Beat | undefined = graph.beats[position.beatId];
    const step = beat?.steps[position.step];
    if (enteredBeat && position.step === 0) cues.push({ type: 'cue.beat', beatId: position.beatId });
    enteredBeat = false;
    if (!step) return { position: { ...position, ended: true }, cues };
    if (step.when && !evaluate(step.when, new Set(position.flags))) {
      position = { ...position, step: position.step + 1 };
      continue;
    }
    switch (step.kind) {
      case 'line':
        return { position: speak(position, step.speaker, step.expression, cues), cues };
      case 'choice':
        if (openOptions(graph, position).length > 0) return { position, cues };
        position = { ...position, step: position.step + 1 };
        continue;
      case 'end':
        return { position: { ...position, ended: true }, cues };
      case 'jump':
        position = enterBeat(graph, position, step.target);
        enteredBeat = true;
        continue;
      default:
        position = { ...runEffect(graph, position, step, cues), step: position.step + 1 };
    }
  }
  return { position: { ...position, ended: true }, cues };
}

/** A line with an expression changes the speaker's sprite if they are on stage. */
function speak(position: Position, speaker: string | undefined, expression: string | undefined, cues: StoryCue[]): Position {
  if (!speaker || !expression) return position;
  const onStage = position.stage.characters.find((c) => c.id === speaker);
  if (!onStage || onStage.expression === expression) return position;
  cues.push({ type: 'cue.show', character: speaker, expression, position: onStage.position });
  return { ...position, stage: withCharacter(position.stage, { ...onStage, expression }) };
}

/** Runs one stage direction through the directive table, collecting its cues. */
function runEffect(graph: StoryGraph, position: Position, effect: Effect, cues: StoryCue[]): Position {
  return runDirective(effect, position, { graph, emit: (cue) => cues.push(cue) });
}
