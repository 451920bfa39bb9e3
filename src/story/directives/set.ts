/** `[set flag-name]`: sets a flag for conditions to read (flags are never cleared). */
import type { Effect } from '../types.ts';
import { oneId, type Directive, type DirectivePlay } from './directive.ts';

type SetFlag = Extract<Effect, { kind: 'set' }>;

/** How `set` plays, and the art it needs: all the browser keeps of it. */
export const setPlay: DirectivePlay<SetFlag> = {
  run(effect, state) {
    return state.flags.includes(effect.flag) ? undefined : { flags: [...state.flags, effect.flag].sort() };
  },
};

/** The flag directive. */
export const set: Directive<SetFlag> = {
  verb: 'set',
  kind: 'set',
  usage: '[set saw-the-case]',
  onChoice: true,
  inRecap: false,
  parse(words) {
    const name = oneId(words, 'flag', '[set saw-the-case]');
    return name === undefined ? undefined : { flag: name };
  },
  play: setPlay,
};
