/**
 * The recap player as pure functions: where the recap is (an item of the current track), whether it
 * plays, how fast, what the spoiler gate was answered and whether a spoken line is still being
 * said. It keeps no timers: the screen tells it how much time passed (`time`), and asks
 * `remainingMs` when to tell it next, so tests drive it with fake time.
 */
import type { RecapGate } from '../story/recap-path.ts';
import type { GateState, RecapItem, RecapScript, RecapTrack } from './script.ts';

/** The speeds the reader can pick, as multiples of the default pace. */
export const RECAP_SPEEDS = [0.75, 1, 1.25, 1.5, 2] as const;
/** A playback speed. */
export type RecapSpeed = (typeof RECAP_SPEEDS)[number];

/** How the player came to its item: it started, played on, or the reader moved forward, back or jumped. */
export type RecapCause = 'start' | 'play' | 'forward' | 'back' | 'jump';

/** Self-voicing of the current item: not spoken, being spoken (the player waits), or spoken. */
export type SpeechState = 'none' | 'speaking' | 'done';

/** Where the recap is and how it plays. Plain data. */
export interface RecapState {
  readonly gate: GateState;
  /** Index into the items of the track for `gate`. */
  readonly index: number;
  readonly playing: boolean;
  readonly speed: RecapSpeed;
  /** Time spent on the current item, in ms at 1× (so a change of speed keeps the place). */
  readonly elapsedMs: number;
  readonly speech: SpeechState;
  /** Once the item was spoken: it ends when `elapsedMs` reaches this (a breath after the voice). */
  readonly speechFloorMs: number;
  readonly cause: RecapCause;
  /** Goes up with every arrival at an item (the same one again included): what is new is keyed on it. */
  readonly turn: number;
}

/** What moves the player: time, the reader's controls, the gate, the voice. */
export type RecapEvent =
  | { readonly type: 'time'; readonly ms: number }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'toggle' }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'jump'; readonly chapter: string }
  | { readonly type: 'gate.open' }
  | { readonly type: 'gate.answer'; readonly answer: RecapGate }
  | { readonly type: 'speed'; readonly speed: RecapSpeed }
  | { readonly type: 'speech.start' }
  | { readonly type: 'speech.end' }
  | { readonly type: 'speech.stop' }
  | { readonly type: 'restart' };

/** The recap at its first line, playing at 1×, the gate not yet asked. */
export function initialRecapState(speed: RecapSpeed = 1): RecapState {
  return { gate: 'unasked', index: 0, playing: true, speed, elapsedMs: 0, speech: 'none', speechFloorMs: 0, cause: 'start', turn: 0 };
}

/** The track the state is on. */
export function trackOf(script: RecapScript, state: RecapState): RecapTrack {
  return script.track(state.gate);
}

/** The item the state is at. */
export function itemOf(script: RecapScript, state: RecapState): RecapItem {
  const { items } = trackOf(script, state);
  return items[Math.min(state.index, items.length - 1)]!;
}

/** Real ms until the current item ends by itself at this speed; Infinity while paused, at the gate or while a voice speaks. */
export function remainingMs(script: RecapScript, state: RecapState): number {
  if (!state.playing) return Infinity;
  const until = limitMs(script, state);
  return Number.isFinite(until) ? Math.max(0, until - state.elapsedMs) / state.speed : Infinity;
}

/** The next state after an event (the same object when nothing changes). */
export function reduceRecap(script: RecapScript, state: RecapState, event: RecapEvent): RecapState {
  switch (event.type) {
    case 'time':
      return passTime(script, state, event.ms);
    case 'play':
    case 'pause':
    case 'toggle':
      return setPlaying(script, state, event.type === 'toggle' ? !state.playing : event.type === 'play');
    case 'next':
      return step(script, state, 1);
    case 'back':
      return step(script, state, -1);
    case 'jump':
      return jump(script, state, event.chapter);
    case 'gate.open':
      return openGate(script, state);
    case 'gate.answer':
      return itemOf(script, state).kind === 'gate' ? { ...arrive(script, { ...state, gate: event.answer }, state.index, 'play'), playing: true } : state;
    case 'speed':
      return event.speed === state.speed ? state : { ...state, speed: event.speed };
    case 'speech.start':
      return { ...state, speech: 'speaking' };
    case 'speech.end':
      return state.speech === 'speaking' ? { ...state, speech: 'done', speechFloorMs: state.elapsedMs + script.pace.secondsPerLine * 1000 } : state;
    case 'speech.stop':
      return state.speech === 'none' ? state : { ...state, speech: 'none', speechFloorMs: 0 };
    case 'restart':
      return { ...arrive(script, state, 0, 'jump'), playing: true };
  }
}

/** When the current item may end, in ms at 1×: its own length, or the voice's end and a breath. */
function limitMs(script: RecapScript, state: RecapState): number {
  if (state.speech === 'speaking') return Infinity;
  if (state.speech === 'done') return state.speechFloorMs;
  return script.durationMs(itemOf(script, state));
}

function passTime(script: RecapScript, state: RecapState, ms: number): RecapState {
  if (!state.playing || !(ms > 0)) return state;
  const elapsedMs = state.elapsedMs + ms * state.speed;
  if (elapsedMs < limitMs(script, state)) return { ...state, elapsedMs };
  const last = trackOf(script, state).items.length - 1;
  return state.index < last ? arrive(script, state, state.index + 1, 'play') : { ...state, elapsedMs };
}

/** Play or pause; playing at the end starts again. */
function setPlaying(script: RecapScript, state: RecapState, playing: boolean): RecapState {
  if (playing && itemOf(script, state).kind === 'end') return reduceRecap(script, state, { type: 'restart' });
  return playing === state.playing ? state : { ...state, playing };
}

/** Moves to the next or previous stop the reader can land on (a line, the gate, the end; cards are passed over). */
function step(script: RecapScript, state: RecapState, direction: 1 | -1): RecapState {
  const { items } = trackOf(script, state);
  if (direction === 1 && itemOf(script, state).kind === 'gate') return state;
  for (let i = state.index + direction; i >= 0 && i < items.length; i += direction) {
    if (items[i]!.kind !== 'card') return arrive(script, state, i, direction === 1 ? 'forward' : 'back');
  }
  return direction === -1 ? arrive(script, state, state.index, 'back') : state;
}

/** Goes to the first line of a chapter of the current track (a chapter past an unanswered gate is not there to go to). */
function jump(script: RecapScript, state: RecapState, chapterId: string): RecapState {
  const track = trackOf(script, state);
  const chapter = track.chapters.findIndex((c) => c.id === chapterId);
  if (chapter === -1) return state;
  const index = track.items.findIndex((item) => item.chapter === chapter && item.kind !== 'card');
  return index === -1 ? state : arrive(script, state, index, 'jump');
}

/** Goes to the spoiler gate, asking again if it was declined; once the twist is open there is no gate. */
function openGate(script: RecapScript, state: RecapState): RecapState {
  if (state.gate === 'accepted') return state;
  const items = script.track('unasked').items;
  return arrive(script, { ...state, gate: 'unasked' }, items.length - 1, 'jump');
}

/** Arrives at an item: its time starts at zero, nothing has been said yet; arriving at the end stops playing. */
function arrive(script: RecapScript, state: RecapState, index: number, cause: RecapCause): RecapState {
  const next: RecapState = { ...state, index, cause, elapsedMs: 0, speech: 'none', speechFloorMs: 0, turn: state.turn + 1 };
  return itemOf(script, next).kind === 'end' ? { ...next, playing: false } : next;
}
