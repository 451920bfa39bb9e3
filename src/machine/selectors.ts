/** Selectors: the story snapshot → what a view draws. Views never read the graph directly. */
import { evaluate } from '../story/condition.ts';
import type { BgTransition, LineStep, StagePosition, StoryGraph } from '../story/types.ts';
import { canUndo, currentStep, modeOf, openOptions, type Position, type Stage } from './runtime.ts';
import type { StoryCause, StoryContext } from './story-machine.ts';

/** A speaker as the text box shows them. */
export interface SpeakerView {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

/** The line on screen. */
export interface LineView {
  readonly speaker?: SpeakerView;
  readonly text: string;
  readonly dramatized: boolean;
  /**
   * Stable id of this showing of the line: the same while the line waits above the choice it
   * leads to, different for the next line, for the same text reached again, and for a line read
   * again after a rollback or a reload of the script.
   */
  readonly key: string;
}

/** Everything a reader view needs for one frame of the story. */
export interface ReaderView {
  readonly mode: 'reading' | 'choosing' | 'ended';
  readonly beat: { readonly id: string; readonly title: string; readonly location: string; readonly tier: number; readonly route?: string };
  /** The line to show; while choosing, the line the menu follows (if any). */
  readonly line?: LineView;
  readonly options: readonly { readonly index: number; readonly label: string }[];
  readonly stage: Stage;
  readonly canGoBack: boolean;
  /** At the end: the ending's name, and which sides of the night this reading followed or missed. */
  readonly ending?: EndingView;
  /** Moved on by the reader (type the line, play the transition) or put back (show it at once). */
  readonly restored: boolean;
  /** How many reader actions led here: changes with every move, a rollback included. */
  readonly turn: number;
}

/** A character as the stage draws them: the image key (`sarah-smile`) or null for a voice with no image. */
export interface StageFigure {
  readonly id: string;
  readonly image: string | null;
  readonly position: StagePosition;
}

/** What the stage draws: background, figures, and how the background arrived. */
export interface StageFrame {
  readonly bg: string | null;
  /** The script's transition into this background; `cut` when the story was put back here. */
  readonly transition: BgTransition;
  readonly figures: readonly StageFigure[];
}

/** A route as the end card lists it. */
export interface RouteView {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

/** What the end card says. */
export interface EndingView {
  readonly name: string;
  readonly followed: readonly RouteView[];
  readonly missed: readonly RouteView[];
}

/** The reader view of a story context. */
export function selectView(context: StoryContext): ReaderView {
  const { graph, position } = context;
  const beat = graph.beats[position.beatId]!;
  const mode = modeOf(graph, position);
  const shown = shownLine(context);
  const line = shown ? lineView(graph, shown.step, shown.key) : undefined;
  return {
    mode,
    beat: { id: beat.id, title: beat.title, location: beat.location, tier: beat.tier, ...(beat.route ? { route: beat.route } : {}) },
    ...(line ? { line } : {}),
    options: mode === 'choosing' ? openOptions(graph, position).map(({ index, option }) => ({ index, label: option.label })) : [],
    stage: position.stage,
    canGoBack: canUndo(context.log),
    ...(position.ended ? { ending: endingView(graph, position, beat.ending ?? beat.title) } : {}),
    restored: isRestored(context.cause),
    turn: context.log.length,
  };
}

/** True when the story was put back where it is rather than moved on by reading. */
export function isRestored(cause: StoryCause): boolean {
  return cause === 'back' || cause === 'load' || cause === 'reload';
}

/** The stage of a story context, as the stage view draws it. */
export function selectStage(context: StoryContext): StageFrame {
  const { graph, position } = context;
  const { stage } = position;
  const figures = stage.characters.map((c) => {
    const sprite = graph.characters[c.id]?.sprite;
    return { id: c.id, image: sprite ? `${sprite}-${c.expression}` : null, position: c.position };
  });
  const transition = isRestored(context.cause) ? 'cut' : scriptedTransition(graph, position);
  return { bg: stage.bg, transition, figures };
}

/** The transition the script gives the current background, if this beat set it; else a fade. */
function scriptedTransition(graph: StoryGraph, position: Position): BgTransition {
  const steps = graph.beats[position.beatId]?.steps ?? [];
  const flags = new Set(position.flags);
  for (let i = Math.min(position.step, steps.length) - 1; i >= 0; i--) {
    const step = steps[i]!;
    if (step.kind === 'bg' && step.key === position.stage.bg && (!step.when || evaluate(step.when, flags))) return step.transition;
  }
  return 'fade';
}

/** The line on screen and the key of this showing of it (see `LineView.key`). */
function shownLine(context: StoryContext): { step: LineStep; key: string } | undefined {
  const { graph, position, log } = context;
  const step = currentStep(graph, position);
  const stamp = `${context.graphHash}:${position.beatId}`;
  if (step?.kind === 'line') return { step, key: `${stamp}:${position.step}@${log.length}` };
  const before = lastLineBefore(graph, position);
  if (!before) return undefined;
  // The line above a menu was read one action ago (the advance that opened the menu): same showing, same key.
  const readAt = log.at(-1)?.t === 'advance' ? log.length - 1 : log.length;
  return { step: before.step, key: `${stamp}:${before.index}@${readAt}` };
}

/** The speaker of a line as shown: name and colour from the cast. */
export function speakerView(graph: StoryGraph, id: string | undefined): SpeakerView | undefined {
  const character = id === undefined ? undefined : graph.characters[id];
  return character ? { id: character.id, name: character.name, color: character.color } : undefined;
}

/** "Speaker: text" or the narration alone: how a line is announced and logged. */
export function spokenText(line: Pick<LineView, 'speaker' | 'text'>): string {
  return line.speaker ? `${line.speaker.name}: ${line.text}` : line.text;
}

function endingView(graph: StoryGraph, position: Position, name: string): EndingView {
  const taken = new Set(position.visited.map((id) => graph.beats[id]?.route).filter((r): r is string => r !== undefined));
  const routes = Object.values(graph.routes).map(({ id, name: routeName, color }) => ({ id, name: routeName, color }));
  return { name, followed: routes.filter((r) => taken.has(r.id)), missed: routes.filter((r) => !taken.has(r.id)) };
}

function lineView(graph: StoryGraph, step: LineStep, key: string): LineView {
  const speaker = speakerView(graph, step.speaker);
  return { ...(speaker ? { speaker } : {}), text: step.text, dramatized: step.dramatized === true, key };
}

function lastLineBefore(graph: StoryGraph, position: Position): { step: LineStep; index: number } | undefined {
  const steps = graph.beats[position.beatId]?.steps ?? [];
  const flags = new Set(position.flags);
  for (let i = position.step - 1; i >= 0; i--) {
    const step = steps[i]!;
    if (step.kind === 'line' && (!step.when || evaluate(step.when, flags))) return { step, index: i };
  }
  return undefined;
}
