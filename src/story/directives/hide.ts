/** `[hide sarah]`, `[hide all]`: characters off stage. */
import type { Effect } from '../types.ts';
import { oneId, type Directive } from './directive.ts';

type Hide = Extract<Effect, { kind: 'hide' }>;

const USAGE = '[hide sarah]';

/** The hide directive. */
export const hide: Directive<Hide> = {
  verb: 'hide',
  kind: 'hide',
  usage: USAGE,
  onChoice: false,
  inRecap: true,
  parse(words) {
    const name = oneId(words, 'character (or all)', USAGE);
    return name === undefined ? undefined : { character: name === 'all' ? null : name };
  },
  check(effect, check) {
    if (effect.character !== null) check.character(effect.character, check.col(0));
    return effect;
  },
  run(effect, state, { emit }) {
    emit({ type: 'cue.hide', character: effect.character });
    const characters = effect.character === null ? [] : state.stage.characters.filter((c) => c.id !== effect.character);
    return { stage: { ...state.stage, characters } };
  },
};
