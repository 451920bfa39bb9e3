/**
 * What the recap screen draws for a state: the chapter and its lines so far, the controls' states,
 * and the timeline. Chapters past an unanswered (or declined) spoiler gate are not in it at all —
 * not their titles, not their ids — only a placeholder that leads to the gate.
 */
import type { RecapSpeed } from './player.ts';
import { itemOf, trackOf, type RecapState } from './player.ts';
import type { GateState, RecapScript } from './script.ts';

/** The placeholder for the chapters behind the spoiler gate, as the timeline names it. */
export const TWIST_PLACEHOLDER = "Act 1's twist (spoilers)";

/** Where a chapter stands against the player. */
export type ChapterStatus = 'done' | 'current' | 'ahead';

/** An entry of the timeline: a chapter of the current track, or the gate standing for the chapters behind it. */
export type TimelineEntry =
  | {
      readonly kind: 'chapter';
      readonly id: string;
      readonly number: number;
      readonly title: string;
      readonly status: ChapterStatus;
      /** How much of the chapter has been told, 0–1 (lines begun over lines). */
      readonly progress: number;
    }
  | { readonly kind: 'gate'; readonly label: string; readonly status: ChapterStatus | 'declined' };

/** The chapter on screen. */
export interface ChapterView {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /** Lines of this chapter up to the current one; the last is the one being told (none on its title card). */
  readonly lines: readonly string[];
  readonly lineCount: number;
}

/** Everything the recap screen shows for one state. */
export interface RecapView {
  /** A chapter's title card, a line, the spoiler gate, or the end. */
  readonly mode: 'card' | 'line' | 'gate' | 'end';
  readonly chapter?: ChapterView;
  readonly gate: GateState;
  readonly playing: boolean;
  readonly speed: RecapSpeed;
  readonly canBack: boolean;
  readonly canNext: boolean;
  readonly timeline: readonly TimelineEntry[];
  readonly turn: number;
}

/** The view of a recap state. */
export function recapView(script: RecapScript, state: RecapState): RecapView {
  const track = trackOf(script, state);
  const item = itemOf(script, state);
  const chapter = track.chapters[item.chapter];
  const lines = chapter?.steps.flatMap((s) => (s.kind === 'line' ? [s.text] : [])) ?? [];
  return {
    mode: item.kind,
    ...(chapter && (item.kind === 'card' || item.kind === 'line')
      ? { chapter: { id: chapter.id, number: item.chapter + 1, title: chapter.title, lines: lines.slice(0, item.kind === 'line' ? item.line + 1 : 0), lineCount: lines.length } }
      : {}),
    gate: state.gate,
    playing: state.playing,
    speed: state.speed,
    canBack: state.index > 0,
    canNext: item.kind !== 'gate' && item.kind !== 'end',
    timeline: timeline(script, state),
    turn: state.turn,
  };
}

/** The timeline: the current track's chapters, with the gate (while the twist is closed) after the main ones. */
function timeline(script: RecapScript, state: RecapState): TimelineEntry[] {
  const track = trackOf(script, state);
  const item = itemOf(script, state);
  const atGate = item.kind === 'gate';
  const status = (index: number): ChapterStatus => (index < item.chapter || item.kind === 'end' || (atGate && index < track.mainCount) ? 'done' : index === item.chapter ? 'current' : 'ahead');
  const progress = (index: number): number => {
    const s = status(index);
    if (s !== 'current') return s === 'done' ? 1 : 0;
    const lines = track.chapters[index]!.steps.filter((step) => step.kind === 'line').length;
    return item.kind === 'line' && lines > 0 ? (item.line + 1) / lines : 0;
  };
  const entries: TimelineEntry[] = track.chapters.map((c, index) => ({ kind: 'chapter', id: c.id, number: index + 1, title: c.title, status: status(index), progress: progress(index) }));
  if (state.gate !== 'accepted') {
    const gateStatus = state.gate === 'declined' ? 'declined' : atGate ? 'current' : 'ahead';
    entries.splice(track.mainCount, 0, { kind: 'gate', label: TWIST_PLACEHOLDER, status: gateStatus });
  }
  return entries;
}
