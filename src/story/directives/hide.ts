/** `[hide sarah]`, `[hide all]`: characters off stage. */
import type { Effect } from '../types.ts';
import { oneId, type Directive, type DirectivePlay } from './directive.ts';

type Hide = Extract<Effect, { kind: 'hide' }>;

const USAGE = '[hide sarah]';

/** How `hide` plays, and the art it needs: all the browser keeps of it. */
export const hidePlay: DirectivePlay<Hide> = {
  run(effect, state, { emit }) {
    emit({ type: 'cue.hide', character: effect.character });
    const characters = effect.character === null ? [] : state.stage.characters.filter((c) => c.id !== effect.character);
    return { stage: { ...state.stage, characters } };
  },
};

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
  play: hidePlay,
};
