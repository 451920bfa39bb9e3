/**
 * What stage directions act on when the story plays: the stage, the flags and facts a reading has
 * gathered, and the cues that leave the story. Shared by the directive table and the runtime.
 */
import type { BgTransition, ScreenEffect, StagePosition } from './types.ts';

/** A character standing on stage. */
export interface StageCharacter {
  readonly id: string;
  readonly expression: string;
  readonly position: StagePosition;
}

/** What is on screen and playing: derived from the script, so rollback and loading restore it. */
export interface Stage {
  readonly bg: string | null;
  readonly characters: readonly StageCharacter[];
  readonly music: string | null;
  readonly ambience: string | null;
}

/** An empty stage: nothing shown, nothing playing. */
export const EMPTY_STAGE: Stage = { bg: null, characters: [], music: null, ambience: null };

/** The part of a reading position that stage directions change. */
export interface EffectState {
  readonly stage: Stage;
  /** Flags set so far, sorted. */
  readonly flags: readonly string[];
  /** Unlocked facts, `dossier.fact` → the route whose wording was unlocked ('' for the common text). */
  readonly unlocked: Readonly<Record<string, string>>;
  /** The route of the last route-specific beat entered. */
  readonly route: string | null;
}

/** Effects as they leave the story: the view, the audio and the dossier listen for these. */
export type StoryCue =
  | { readonly type: 'cue.bg'; readonly key: string; readonly transition: BgTransition }
  | { readonly type: 'cue.show'; readonly character: string; readonly expression: string; readonly position: StagePosition }
  | { readonly type: 'cue.hide'; readonly character: string | null }
  | { readonly type: 'cue.music'; readonly key: string | null }
  | { readonly type: 'cue.ambience'; readonly key: string | null; readonly caption?: string }
  | { readonly type: 'cue.sfx'; readonly key: string; readonly caption?: string }
  | { readonly type: 'cue.effect'; readonly effect: ScreenEffect }
  | { readonly type: 'cue.unlock'; readonly dossier: string; readonly fact: string; readonly route: string }
  | { readonly type: 'cue.beat'; readonly beatId: string }
  | { readonly type: 'cue.restore'; readonly stage: Stage };

/** The stage with a character placed or changed, keeping everyone else where they stand. */
export function withCharacter(stage: Stage, character: StageCharacter): Stage {
  const others = stage.characters.filter((c) => c.id !== character.id);
  const existing = stage.characters.findIndex((c) => c.id === character.id);
  const characters = existing === -1 ? [...others, character] : stage.characters.map((c) => (c.id === character.id ? character : c));
  return { ...stage, characters };
}
