/** `[sfx gunshot]`: a one-off sound, captioned when the captions block names it. */
import type { Effect } from '../types.ts';
import { oneId, type Directive, type DirectivePlay } from './directive.ts';

type Sfx = Extract<Effect, { kind: 'sfx' }>;

/** How `sfx` plays, and the art it needs: all the browser keeps of it. */
export const sfxPlay: DirectivePlay<Sfx> = {
  run(effect, _state, { graph, emit }) {
    const caption = graph.captions[effect.key];
    emit({ type: 'cue.sfx', key: effect.key, ...(caption ? { caption } : {}) });
    return undefined;
  },
};

/** The sound-effect directive. */
export const sfx: Directive<Sfx> = {
  verb: 'sfx',
  kind: 'sfx',
  usage: '[sfx gunshot]',
  onChoice: false,
  inRecap: true,
  parse(words) {
    const name = oneId(words, 'sound', '[sfx gunshot]');
    return name === undefined ? undefined : { key: name };
  },
  check(effect, check) {
    check.asset('sfx', effect.key, check.col(0));
    return effect;
  },
  play: sfxPlay,
};
