/** `[set flag-name]`: sets a flag for conditions to read (flags are never cleared). */
import type { Effect } from '../types.ts';
import { oneId, type Directive } from './directive.ts';

type SetFlag = Extract<Effect, { kind: 'set' }>;

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
  run(effect, state) {
    return state.flags.includes(effect.flag) ? undefined : { flags: [...state.flags, effect.flag].sort() };
  },
};
