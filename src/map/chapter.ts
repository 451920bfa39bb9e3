/**
 * Chapter select: a save that opens a beat at its first line with the flags, facts and stage a path
 * to it would give, made by playing reader actions with the runtime so the log is real and rollback works.
 */
import { apply, currentStep, openOptions, startPosition, type Move, type Position, type ReaderStep } from '../machine/runtime.ts';
import type { StorySave } from '../machine/story-machine.ts';
import { choiceId, type Progress } from '../progress/progress.ts';
import type { StoryGraph } from '../story/types.ts';
import { storyEdges } from './edges.ts';

/** Whose choices a step of the path follows: the reader's (this reading or an earlier one), or the first option. */
export type ChoiceSource = 'reader' | 'canonical';

/** One choice made on the way to the beat. */
export interface ChapterChoice {
  /** The beat the menu is in, the option's text and where it leads. */
  readonly beatId: string;
  readonly label: string;
  readonly target: string;
  readonly source: ChoiceSource;
}

/** Why a beat cannot be opened. */
export type ChapterError = 'unknown-beat' | 'unreachable';

/** A save to load with `reader.load`, and the path it stands for; or why there is none. */
export type ChapterResult =
  | {
      readonly ok: true;
      readonly save: StorySave;
      readonly path: readonly ChapterChoice[];
      /** 'reader' when every choice is the reader's own, 'canonical' when none is, else 'mixed'. */
      readonly source: ChoiceSource | 'mixed';
      /** The option labels in order, joined with " → " (empty when no choice comes before the beat). */
      readonly pathText: string;
    }
  | { readonly ok: false; readonly error: ChapterError; readonly beatId: string; readonly message: string };

/** What chapter select needs: the graph, the beat, and the reader's choices to prefer. */
export interface ChapterRequest {
  readonly graph: StoryGraph;
  readonly beatId: string;
  /** The current reading's log: its choices come first. */
  readonly log?: readonly ReaderStep[];
  /** Lifelong progress: choices taken in earlier readings come next. */
  readonly progress?: Pick<Progress, 'choices'>;
}

/** Guards against a script whose choices loop forever. */
const MAX_ACTIONS = 100_000;

/** Plays from the start to the first line of a beat, preferring the reader's choices, else the first option that leads there. */
export function chapterSave(request: ChapterRequest): ChapterResult {
  const { graph, beatId } = request;
  if (!Object.hasOwn(graph.beats, beatId)) {
    return { ok: false, error: 'unknown-beat', beatId, message: `there is no beat '${beatId}' in this story: pick one from the map` };
  }
  const distance = distancesTo(graph, beatId);
  const prefer = [choicesIn(graph, request.log ?? []), new Set(request.progress?.choices ?? [])];
  const start = startPosition(graph);
  const log: ReaderStep[] = [];
  const path: ChapterChoice[] = [];
  const seen = new Set<string>();
  let moved: Move = start;
  for (let i = 0; i < MAX_ACTIONS && !entered(moved, beatId); i++) {
    const position = moved.position;
    const atChoice = currentStep(graph, position)?.kind === 'choice';
    const pick = atChoice ? choose(graph, position, { distance, prefer, seen }) : undefined;
    const action: ReaderStep = pick ? { t: 'choose', index: pick.index } : { t: 'advance' };
    const next = position.ended || (atChoice && !pick) ? undefined : apply(graph, position, action);
    if (!next) return unreachable(beatId);
    if (pick) path.push({ beatId: position.beatId, label: pick.label, target: pick.target, source: pick.source });
    log.push(action);
    moved = next;
  }
  if (!entered(moved, beatId)) return unreachable(beatId);
  const sources = new Set(path.map((c) => c.source));
  return {
    ok: true,
    save: { graphHash: graph.hash, position: moved.position, log },
    path,
    source: sources.size > 1 ? 'mixed' : sources.has('reader') ? 'reader' : 'canonical',
    pathText: path.map((c) => c.label).join(' → '),
  };
}

function entered(move: Move, beatId: string): boolean {
  return move.cues.some((cue) => cue.type === 'cue.beat' && cue.beatId === beatId);
}

function unreachable(beatId: string): ChapterResult {
  return { ok: false, error: 'unreachable', beatId, message: `no path of choices from the start reaches beat '${beatId}': check the conditions on the way to it` };
}

interface Picker {
  readonly distance: ReadonlyMap<string, number>;
  readonly prefer: readonly ReadonlySet<string>[];
  readonly seen: Set<string>;
}

/**
 * The option to take: among the open ones that can lead to the beat (not back to a beat already on the
 * path, where there is another), the reader's own, else the first. Back at a menu already met with the
 * same flags, the nearest one instead, so a loop cannot trap the search.
 */
function choose(graph: StoryGraph, position: Position, picker: Picker): { index: number; label: string; target: string; source: ChoiceSource } | undefined {
  const reaching = openOptions(graph, position).filter((o) => picker.distance.has(o.option.target));
  // Going back to a beat already on the path only goes round; take it when nothing else leads on.
  const onward = reaching.filter((o) => !position.visited.includes(o.option.target));
  const leading = onward.length > 0 ? onward : reaching;
  const key = `${position.beatId}:${position.step}:${position.flags.join(',')}`;
  const looped = picker.seen.has(key);
  picker.seen.add(key);
  const own = picker.prefer.map((set) => leading.find((o) => set.has(choiceId(position.beatId, o.option.target)))).find(Boolean);
  const nearest = [...leading].sort((a, b) => picker.distance.get(a.option.target)! - picker.distance.get(b.option.target)!)[0];
  const pick = looped ? nearest : (own ?? leading[0]);
  if (!pick) return undefined;
  return { index: pick.index, label: pick.option.label, target: pick.option.target, source: !looped && own === pick ? 'reader' : 'canonical' };
}

/** The reader's choices in a log, as progress ids (`beat:target`), found by replaying it. */
function choicesIn(graph: StoryGraph, log: readonly ReaderStep[]): Set<string> {
  const taken = new Set<string>();
  let position = startPosition(graph).position;
  for (const action of log) {
    const next = apply(graph, position, action);
    if (!next) continue;
    if (action.t === 'choose') {
      const option = openOptions(graph, position).find((o) => o.index === action.index)?.option;
      if (option) taken.add(choiceId(position.beatId, option.target));
    }
    position = next.position;
  }
  return taken;
}

/** How many moves each beat is from the target, following jumps and options (conditions ignored). */
function distancesTo(graph: StoryGraph, target: string): Map<string, number> {
  const into = new Map<string, string[]>();
  for (const edge of storyEdges(graph)) into.set(edge.to, [...(into.get(edge.to) ?? []), edge.from]);
  const distance = new Map([[target, 0]]);
  const queue = [target];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const from of into.get(id) ?? []) {
      if (distance.has(from)) continue;
      distance.set(from, distance.get(id)! + 1);
      queue.push(from);
    }
  }
  return distance;
}
