/**
 * How each stage direction plays, by effect kind: what the runtime and prefetch need, and all the
 * browser bundles of the directions (their parsers and checks stay with the compiler, index.ts).
 */
import type { EffectState } from '../stage.ts';
import type { Effect, StoryGraph } from '../types.ts';
import { bgPlay } from './bg.ts';
import type { DirectiveArt, DirectivePlay, DirectiveRun } from './directive.ts';
import { hidePlay } from './hide.ts';
import { ambiencePlay, musicPlay } from './loops.ts';
import { setPlay } from './set.ts';
import { sfxPlay } from './sfx.ts';
import { showPlay } from './show.ts';
import { transitionPlay } from './transition.ts';
import { unlockPlay } from './unlock.ts';

/** Every direction's play part, by the kind of effect it compiles to. */
export const PLAY: { readonly [K in Effect['kind']]: DirectivePlay<Extract<Effect, { kind: K }>> } = {
  bg: bgPlay,
  show: showPlay,
  hide: hidePlay,
  music: musicPlay,
  ambience: ambiencePlay,
  sfx: sfxPlay,
  effect: transitionPlay,
  set: setPlay,
  unlock: unlockPlay,
};

function playFor(effect: Effect): DirectivePlay<Effect> {
  return PLAY[effect.kind] as DirectivePlay<Effect>;
}

/** Plays one effect on a reading position; returns the changed position (the same one when nothing changed). */
export function runDirective<P extends EffectState>(effect: Effect, position: P, run: DirectiveRun): P {
  const change = playFor(effect).run(effect, position, run);
  return change ? { ...position, ...change } : position;
}

/** The art an effect will need (nothing for sound, flags and facts). */
export function artOf(effect: Effect, graph: StoryGraph): DirectiveArt {
  return playFor(effect).art?.(effect, graph) ?? {};
}
