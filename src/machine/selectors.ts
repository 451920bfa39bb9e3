/** Selectors: the story snapshot → what a view draws. Views never read the graph directly. */
import { evaluate } from '../story/condition.ts';
import type { LineStep, StoryGraph } from '../story/types.ts';
import { canUndo, currentStep, modeOf, openOptions, type Position, type Stage } from './runtime.ts';
import type { StoryContext } from './story-machine.ts';

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
  /** A key that changes whenever a new line is shown (also after rollback to the same text). */
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
  const step = currentStep(graph, position);
  const mode = modeOf(graph, position);
  const lineStep = step?.kind === 'line' ? step : lastLineBefore(graph, position);
  const line = lineStep ? lineView(graph, lineStep, `${position.beatId}:${lineStep.line}:${context.log.length}:${context.graphHash}`) : undefined;
  return {
    mode,
    beat: { id: beat.id, title: beat.title, location: beat.location, tier: beat.tier, ...(beat.route ? { route: beat.route } : {}) },
    ...(line ? { line } : {}),
    options: mode === 'choosing' ? openOptions(graph, position).map(({ index, option }) => ({ index, label: option.label })) : [],
    stage: position.stage,
    canGoBack: canUndo(context.log),
    ...(position.ended ? { ending: endingView(graph, position, beat.ending ?? beat.title) } : {}),
  };
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

/** Names in a list the way a sentence says them: "a", "a and b", "a, b and c". */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function lineView(graph: StoryGraph, step: LineStep, key: string): LineView {
  const speaker = speakerView(graph, step.speaker);
  return { ...(speaker ? { speaker } : {}), text: step.text, dramatized: step.dramatized, key };
}

function lastLineBefore(graph: StoryGraph, position: Position): LineStep | undefined {
  const steps = graph.beats[position.beatId]?.steps ?? [];
  const flags = new Set(position.flags);
  for (let i = position.step - 1; i >= 0; i--) {
    const step = steps[i]!;
    if (step.kind === 'line' && (!step.when || evaluate(step.when, flags))) return step;
  }
  return undefined;
}
