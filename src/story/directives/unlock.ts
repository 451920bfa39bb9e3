/** `[unlock fact dossier-id.fact-id]`: the reader learns a dossier fact, in the wording of their route. */
import { didYouMean } from '../diagnostics.ts';
import type { Effect } from '../types.ts';
import type { Directive, DirectivePlay } from './directive.ts';

type Unlock = Extract<Effect, { kind: 'unlock' }>;

/** How `unlock` plays, and the art it needs: all the browser keeps of it. */
export const unlockPlay: DirectivePlay<Unlock> = {
  run(effect, state, { graph, emit }) {
    const key = `${effect.dossier}.${effect.fact}`;
    if (key in state.unlocked) return undefined;
    const fact = graph.dossiers[effect.dossier]?.facts.find((f) => f.id === effect.fact);
    const route = state.route !== null && fact?.variants[state.route] !== undefined ? state.route : '';
    emit({ type: 'cue.unlock', dossier: effect.dossier, fact: effect.fact, route });
    return { unlocked: { ...state.unlocked, [key]: route } };
  },
};

/** The unlock directive. */
export const unlock: Directive<Unlock> = {
  verb: 'unlock',
  kind: 'unlock',
  usage: '[unlock fact sarah-fitzgerald.singer]',
  onChoice: true,
  inRecap: false,
  parse(words) {
    const ref = /^fact\s+([a-z0-9-]+)\.([a-z0-9-]+)$/.exec(words.args.join(' '));
    if (!ref) return words.fail('[unlock] must look like [unlock fact dossier-id.fact-id]');
    return { dossier: ref[1]!, fact: ref[2]! };
  },
  check(effect, check) {
    const col = check.col(1);
    const dossier = check.dossiers.get(effect.dossier);
    if (!dossier) {
      check.error(col, `unknown dossier '${effect.dossier}'`, didYouMean(effect.dossier, check.dossiers.keys()));
      return undefined;
    }
    if (!dossier.facts.some((f) => f.id === effect.fact)) {
      const known = dossier.facts.map((f) => f.id);
      check.error(col + effect.dossier.length + 1, `dossier '${dossier.id}' has no fact '${effect.fact}'`, didYouMean(effect.fact, known) ?? `its facts: ${known.join(', ')}`);
      return undefined;
    }
    return effect;
  },
  play: unlockPlay,
};
