/** The story machine: one XState actor that plays any compiled story graph. */
import { enqueueActions, setup } from 'xstate';
import type { StoryGraph } from '../story/types.ts';
import { apply, canUndo, modeOf, openOptions, replay, startPosition, type Position, type ReaderStep, type StoryCue } from './runtime.ts';

/** Why the story is where it is: moved on by the reader, or put back there (rollback, a load, a restart). */
export type StoryCause = 'start' | 'advance' | 'choose' | 'jump' | 'back' | 'load' | 'restart' | 'reload';

/** The machine's context. Everything but `graph` is saved; `graph` is re-attached on restore. */
export interface StoryContext {
  readonly graph: StoryGraph;
  readonly graphHash: string;
  readonly position: Position;
  /** Every reader action that moved the story since the start: rollback replays all but the last. */
  readonly log: readonly ReaderStep[];
  /** What brought the story here: views type a line the reader moved on to, and show a restored one at once. */
  readonly cause: StoryCause;
}

/** A save: where the reader is and how they got there, stamped with the script version. */
export interface StorySave {
  readonly graphHash: string;
  readonly position: Position;
  readonly log: readonly ReaderStep[];
}

/** What the machine starts from: a graph, and a save to resume (Continue, a loaded slot) or none. */
export interface StoryInput {
  readonly graph: StoryGraph;
  readonly save?: StorySave;
}

/** Events, named by their source. */
export type StoryEvent =
  | { readonly type: 'reader.advance' }
  | { readonly type: 'reader.choose'; readonly index: number }
  | { readonly type: 'reader.back' }
  /** Back to an earlier moment (a line in the backlog): `turn` is how many reader actions led there. */
  | { readonly type: 'reader.rollback'; readonly turn: number }
  | { readonly type: 'reader.jump'; readonly beatId: string }
  | { readonly type: 'reader.restart' }
  | { readonly type: 'reader.load'; readonly save: StorySave }
  /** Dev only: the script was edited; carry on in the new graph by replaying the reader's actions. */
  | { readonly type: 'author.reload'; readonly graph: StoryGraph };

/** The context a graph starts with. */
export function initialContext(graph: StoryGraph): StoryContext {
  return { graph, graphHash: graph.hash, position: startPosition(graph).position, log: [], cause: 'start' };
}

/**
 * The context a save restores to: exactly where it was when the script is unchanged; otherwise the
 * start of its beat, with its flags and facts, as a resume point rollback never goes behind.
 */
export function contextFromSave(graph: StoryGraph, save: StorySave): StoryContext {
  const { position } = save;
  const sameScript = save.graphHash === graph.hash && graph.beats[position.beatId]?.steps[position.step] !== undefined;
  if (sameScript) return { graph, graphHash: graph.hash, position, log: save.log, cause: 'load' };
  const beatId = graph.beats[position.beatId] ? position.beatId : graph.start;
  const log: ReaderStep[] = [{ t: 'resume', beatId, flags: position.flags, unlocked: position.unlocked }];
  return { graph, graphHash: graph.hash, position: replay(graph, log), log, cause: 'load' };
}

/** Emits what a fresh start sets up: the stage to restore, then the opening's own cues (an early sfx, an unlock). */
const emitStart = (graph: StoryGraph, emit: (cue: StoryCue) => void): void => {
  const start = startPosition(graph);
  emit({ type: 'cue.restore', stage: start.position.stage });
  for (const cue of start.cues) emit(cue);
};

/** The earliest log length rollback may return to: after a resume point, never before it. */
const firstUndoable = (log: readonly ReaderStep[]): number => (log[0]?.t === 'resume' ? 1 : 0);

const actionOf = (event: StoryEvent): ReaderStep | undefined => {
  if (event.type === 'reader.advance') return { t: 'advance' };
  if (event.type === 'reader.choose') return { t: 'choose', index: event.index };
  if (event.type === 'reader.jump') return { t: 'jump', beatId: event.beatId };
  return undefined;
};

/** Plays a compiled story graph given as input. Effects leave as emitted cues; no timers, no invokes. */
export const storyMachine = setup({
  types: {
    context: {} as StoryContext,
    events: {} as StoryEvent,
    input: {} as StoryInput,
    emitted: {} as StoryCue,
  },
  guards: {
    atChoice: ({ context }) => modeOf(context.graph, context.position) === 'choosing',
    atEnd: ({ context }) => modeOf(context.graph, context.position) === 'ended',
    optionOpen: ({ context, event }) =>
      event.type === 'reader.choose' && openOptions(context.graph, context.position).some((o) => o.index === event.index),
    canGoBack: ({ context }) => canUndo(context.log),
    canRollBack: ({ context, event }) =>
      event.type === 'reader.rollback' && Number.isInteger(event.turn) && event.turn >= firstUndoable(context.log) && event.turn < context.log.length,
    knownBeat: ({ context, event }) => event.type === 'reader.jump' && context.graph.beats[event.beatId] !== undefined,
  },
  actions: {
    move: enqueueActions(({ context, event, enqueue }) => {
      const action = actionOf(event);
      const moved = action && apply(context.graph, context.position, action);
      if (!action || !moved) return;
      enqueue.assign({ position: moved.position, log: [...context.log, action], cause: action.t === 'resume' ? 'load' : action.t });
      for (const cue of moved.cues) enqueue.emit(cue);
    }),
    rollback: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'reader.rollback') return;
      const log = context.log.slice(0, event.turn);
      const position = replay(context.graph, log);
      enqueue.assign({ position, log, cause: 'back' });
      enqueue.emit({ type: 'cue.restore', stage: position.stage });
    }),
    back: enqueueActions(({ context, enqueue }) => {
      const log = context.log.slice(0, -1);
      const position = replay(context.graph, log);
      enqueue.assign({ position, log, cause: 'back' });
      enqueue.emit({ type: 'cue.restore', stage: position.stage });
    }),
    restart: enqueueActions(({ context, enqueue }) => {
      const fresh = initialContext(context.graph);
      enqueue.assign({ position: fresh.position, log: [], cause: 'restart' });
      emitStart(context.graph, (cue) => enqueue.emit(cue));
    }),
    load: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'reader.load') return;
      const loaded = contextFromSave(context.graph, event.save);
      enqueue.assign({ position: loaded.position, log: loaded.log, cause: 'load' });
      enqueue.emit({ type: 'cue.restore', stage: loaded.position.stage });
    }),
    reload: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'author.reload') return;
      const position = replay(event.graph, context.log);
      enqueue.assign({ graph: event.graph, graphHash: event.graph.hash, position, cause: 'reload' });
      enqueue.emit({ type: 'cue.restore', stage: position.stage });
    }),
    announceStart: enqueueActions(({ context, enqueue }) => {
      if (context.log.length === 0) emitStart(context.graph, (cue) => enqueue.emit(cue));
      else enqueue.emit({ type: 'cue.restore', stage: context.position.stage });
    }),
  },
}).createMachine({
  id: 'story',
  context: ({ input }) => (input.save ? contextFromSave(input.graph, input.save) : initialContext(input.graph)),
  initial: 'settling',
  entry: 'announceStart',
  on: {
    'reader.back': { guard: 'canGoBack', target: '.settling', actions: 'back' },
    'reader.rollback': { guard: 'canRollBack', target: '.settling', actions: 'rollback' },
    'reader.jump': { guard: 'knownBeat', target: '.settling', actions: 'move' },
    'reader.restart': { target: '.settling', actions: 'restart' },
    'reader.load': { target: '.settling', actions: 'load' },
    'author.reload': { target: '.settling', actions: 'reload' },
  },
  states: {
    settling: {
      always: [{ guard: 'atEnd', target: 'ended' }, { guard: 'atChoice', target: 'choosing' }, { target: 'reading' }],
    },
    reading: { on: { 'reader.advance': { target: 'settling', actions: 'move' } } },
    choosing: { on: { 'reader.choose': { guard: 'optionOpen', target: 'settling', actions: 'move' } } },
    ended: {},
  },
});

/** The story machine's type, for adapters that take the actor. */
export type StoryMachine = typeof storyMachine;
