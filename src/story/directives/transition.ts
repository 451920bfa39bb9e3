/** `[transition flash]`: a one-off screen effect. */
import { didYouMean } from '../diagnostics.ts';
import { SCREEN_EFFECTS, type Effect, type ScreenEffect } from '../types.ts';
import { oneId, type Directive, type DirectivePlay } from './directive.ts';

type ScreenEffectStep = Extract<Effect, { kind: 'effect' }>;

/** How `transition` plays, and the art it needs: all the browser keeps of it. */
export const transitionPlay: DirectivePlay<ScreenEffectStep> = {
  run(effect, _state, { emit }) {
    emit({ type: 'cue.effect', effect: effect.effect });
    return undefined;
  },
};

/** The screen-effect directive (its kind in the graph is `effect`). */
export const transition: Directive<ScreenEffectStep> = {
  verb: 'transition',
  kind: 'effect',
  usage: '[transition flash]',
  onChoice: false,
  inRecap: true,
  parse(words) {
    const name = oneId(words, 'effect', '[transition flash]');
    if (name === undefined) return undefined;
    if (!(SCREEN_EFFECTS as readonly string[]).includes(name)) {
      return words.fail(`unknown screen effect '${name}'`, { arg: 0, hint: didYouMean(name, SCREEN_EFFECTS) ?? `one of ${SCREEN_EFFECTS.join(', ')}` });
    }
    return { effect: name as ScreenEffect };
  },
  play: transitionPlay,
};
