/**
 * The directive table: every stage direction is declared once, in its own file here, and listed
 * below. The parser and the resolver (names and assets) read it; the runtime (stage, flags, facts,
 * cues) and prefetch (art) read only each direction's `play` part, through play.ts, so the browser
 * bundle carries no parser.
 *
 * To add a direction: add its effect to `Effect` in ../types.ts (the JSON the browser plays),
 * write its `DirectivePlay` (run, art) and its `Directive` (verb, usage, parse, check, play)
 * beside the others, list them in `DIRECTIVES` and in play.ts's `PLAY` (their types refuse a kind
 * without a handler), and add a row to the directions
 * table in assets/story/FORMAT.md (a test checks that every verb is documented there).
 */
import type { Effect } from '../types.ts';
import { bg } from './bg.ts';
import type { Directive } from './directive.ts';
import { hide } from './hide.ts';
import { ambience, music } from './loops.ts';
import { set } from './set.ts';
import { sfx } from './sfx.ts';
import { show } from './show.ts';
import { transition } from './transition.ts';
import { unlock } from './unlock.ts';

/** Every stage direction, by the kind of effect it compiles to. */
export const DIRECTIVES: { readonly [K in Effect['kind']]: Directive<Extract<Effect, { kind: K }>> } = {
  bg,
  show,
  hide,
  music,
  ambience,
  sfx,
  effect: transition,
  set,
  unlock,
};

const ALL: readonly Directive<Effect>[] = Object.values(DIRECTIVES);

/** The words directions are written with (`bg`, `transition`, …), in the table's order. */
export const DIRECTIVE_VERBS: readonly string[] = ALL.map((d) => d.verb);

/** The directive written with this verb, if any. */
export function directiveByVerb(verb: string): Directive<Effect> | undefined {
  return ALL.find((d) => d.verb === verb);
}

/** The directive that handles an effect. */
export function directiveFor(effect: Effect): Directive<Effect> {
  return DIRECTIVES[effect.kind] as Directive<Effect>;
}

/** The verbs of the directions for which a test holds: those that may run on a choice, or in a recap. */
export function verbsWhere(test: (directive: Directive<Effect>) => boolean): string[] {
  return ALL.filter(test).map((d) => d.verb);
}

export { artOf, runDirective } from './play.ts';
