/** `[music club-song]`, `[ambience rain]`, `[… stop]`: the two sound loops, each kept playing until changed. */
import type { Effect } from '../types.ts';
import { oneId, type Directive, type DirectivePlay } from './directive.ts';

type Music = Extract<Effect, { kind: 'music' }>;
type Ambience = Extract<Effect, { kind: 'ambience' }>;

/** How `music` plays, and the art it needs: all the browser keeps of it. */
export const musicPlay: DirectivePlay<Music> = {
  run(effect, state, { emit }) {
    if (state.stage.music !== effect.key) emit({ type: 'cue.music', key: effect.key });
    return { stage: { ...state.stage, music: effect.key } };
  },
};

/** The music directive: a crossfaded loop; the same track again changes nothing. */
export const music: Directive<Music> = {
  verb: 'music',
  kind: 'music',
  usage: '[music club-song]',
  onChoice: false,
  inRecap: true,
  parse(words) {
    const name = oneId(words, 'loop (or stop)', '[music club-song]');
    return name === undefined ? undefined : { key: name === 'stop' ? null : name };
  },
  check(effect, check) {
    if (effect.key !== null) check.asset('music', effect.key, check.col(0));
    return effect;
  },
  play: musicPlay,
};

/** How `ambience` plays, and the art it needs: all the browser keeps of it. */
export const ambiencePlay: DirectivePlay<Ambience> = {
  run(effect, state, { graph, emit }) {
    const caption = effect.key === null ? undefined : graph.captions[effect.key];
    if (state.stage.ambience !== effect.key) emit({ type: 'cue.ambience', key: effect.key, ...(caption ? { caption } : {}) });
    return { stage: { ...state.stage, ambience: effect.key } };
  },
};

/** The ambience directive: a background loop, captioned when the captions block names it. */
export const ambience: Directive<Ambience> = {
  verb: 'ambience',
  kind: 'ambience',
  usage: '[ambience rain]',
  onChoice: false,
  inRecap: true,
  parse(words) {
    const name = oneId(words, 'loop (or stop)', '[ambience rain]');
    return name === undefined ? undefined : { key: name === 'stop' ? null : name };
  },
  check(effect, check) {
    if (effect.key !== null) check.asset('ambience', effect.key, check.col(0));
    return effect;
  },
  play: ambiencePlay,
};
