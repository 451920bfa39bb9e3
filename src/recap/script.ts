/**
 * The recap as a player sees it: the chapters a reader will be shown for an answer at the spoiler
 * gate, flattened into items that each take a stretch of time — a chapter's title card, a
 * narration line, the gate itself, the end. Built once per recap screen from the compiled graph.
 */
import { recapPath, type RecapGate } from '../story/recap-path.ts';
import { countWords, RECAP_PACE, type RecapPace } from '../story/reading-time.ts';
import type { RecapChapter, StoryGraph } from '../story/types.ts';

/** The spoiler gate: not reached or not answered yet, or answered. */
export type GateState = 'unasked' | RecapGate;

/** One stop of the recap. `step` is where its stage directions end: every step before it has run. */
export type RecapItem =
  | { readonly kind: 'card'; readonly chapter: number; readonly step: number }
  | { readonly kind: 'line'; readonly chapter: number; readonly line: number; readonly step: number; readonly text: string }
  | { readonly kind: 'gate'; readonly chapter: number; readonly step: 0 }
  | { readonly kind: 'end'; readonly chapter: number; readonly step: 0 };

/** The chapters and items for one state of the gate. */
export interface RecapTrack {
  readonly gate: GateState;
  /** The chapters in play, in order: the main ones until the gate is answered, then the path chosen. */
  readonly chapters: readonly RecapChapter[];
  readonly items: readonly RecapItem[];
  /** How many chapters come before the gate (the main ones). */
  readonly mainCount: number;
}

/** The recap of one story, at one pace: its tracks for each gate state and the time each item takes. */
export interface RecapScript {
  readonly graph: StoryGraph;
  readonly pace: RecapPace;
  track(gate: GateState): RecapTrack;
  /** How long an item takes at 1× speed, in ms (the gate waits for an answer: Infinity; the end: 0). */
  durationMs(item: RecapItem): number;
}

/** Builds the recap script of a graph (its `recap` chapters) at a pace (the default one unless given). */
export function recapScript(graph: StoryGraph, pace: RecapPace = RECAP_PACE): RecapScript {
  const main = graph.recap.filter((chapter) => chapter.part === 'main');
  const tracks: Record<GateState, RecapTrack> = {
    unasked: buildTrack('unasked', main, main.length),
    declined: buildTrack('declined', recapPath(graph.recap, 'declined'), main.length),
    accepted: buildTrack('accepted', recapPath(graph.recap, 'accepted'), main.length),
  };
  return {
    graph,
    pace,
    track: (gate) => tracks[gate],
    durationMs: (item) => itemMs(item, pace),
  };
}

/** The items of a track: a card at each chapter change, every line, and the gate (not answered yet) or the end. */
function buildTrack(gate: GateState, chapters: readonly RecapChapter[], mainCount: number): RecapTrack {
  const items: RecapItem[] = [];
  chapters.forEach((chapter, index) => {
    const lines = chapter.steps.flatMap((step, at) => (step.kind === 'line' ? [{ step: at, text: step.text }] : []));
    if (index > 0) items.push({ kind: 'card', chapter: index, step: lines[0]?.step ?? chapter.steps.length });
    lines.forEach((line, n) => items.push({ kind: 'line', chapter: index, line: n, step: line.step, text: line.text }));
  });
  items.push(gate === 'unasked' ? { kind: 'gate', chapter: chapters.length, step: 0 } : { kind: 'end', chapter: chapters.length, step: 0 });
  return { gate, chapters, items, mainCount };
}

function itemMs(item: RecapItem, pace: RecapPace): number {
  switch (item.kind) {
    case 'card':
      return pace.secondsPerChapterChange * 1000;
    case 'line':
      return ((countWords(item.text) / pace.wordsPerMinute) * 60 + pace.secondsPerLine) * 1000;
    case 'gate':
      return Infinity;
    case 'end':
      return 0;
  }
}
