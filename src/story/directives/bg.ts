/** `[bg club-stage]`, `[bg club-stage with fade]`: the background, with a transition. */
import { didYouMean } from '../diagnostics.ts';
import { isId } from '../blocks.ts';
import { BG_TRANSITIONS, type BgTransition, type Effect } from '../types.ts';
import type { Directive, DirectivePlay } from './directive.ts';

type Bg = Extract<Effect, { kind: 'bg' }>;

/** How `bg` plays, and the art it needs: all the browser keeps of it. */
export const bgPlay: DirectivePlay<Bg> = {
  run(effect, state, { emit }) {
    emit({ type: 'cue.bg', key: effect.key, transition: effect.transition });
    return { stage: { ...state.stage, bg: effect.key } };
  },
  art: (effect) => ({ backgrounds: [effect.key] }),
};

/** The background directive. */
export const bg: Directive<Bg> = {
  verb: 'bg',
  kind: 'bg',
  usage: '[bg club-stage with fade]',
  onChoice: false,
  inRecap: true,
  parse(words) {
    const [name, withWord, transition, ...rest] = words.args;
    if (!name || !isId(name) || rest.length > 0 || (withWord !== undefined && withWord !== 'with')) {
      return words.fail('[bg] takes a background and an optional transition, like [bg club-stage with fade]');
    }
    if (withWord && !transition) return words.fail("'with' needs a transition", { hint: `one of ${BG_TRANSITIONS.join(', ')}` });
    if (transition && !(BG_TRANSITIONS as readonly string[]).includes(transition)) {
      return words.fail(`unknown transition '${transition}'`, { arg: 2, hint: didYouMean(transition, BG_TRANSITIONS) ?? `one of ${BG_TRANSITIONS.join(', ')}` });
    }
    return { key: name, transition: (transition ?? 'cut') as BgTransition };
  },
  check(effect, check) {
    check.asset('backgrounds', effect.key, check.col(0));
    return effect;
  },
  play: bgPlay,
};
