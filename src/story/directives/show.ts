/** `[show sarah]`, `[show sarah smile]`, `[show sarah smile at left]`: a character on stage. */
import { didYouMean } from '../diagnostics.ts';
import { withCharacter } from '../stage.ts';
import { STAGE_POSITIONS, type Effect, type StagePosition } from '../types.ts';
import type { Directive, DirectivePlay } from './directive.ts';

type Show = Extract<Effect, { kind: 'show' }>;

/** Where a character shown without a position stands, first free spot first. */
const FREE_SPOTS: readonly StagePosition[] = ['center', 'left', 'right', 'far-left', 'far-right'];

/** How `show` plays, and the art it needs: all the browser keeps of it. */
export const showPlay: DirectivePlay<Show> = {
  run(effect, state, { emit }) {
    const { stage } = state;
    const current = stage.characters.find((c) => c.id === effect.character);
    const taken = new Set(stage.characters.map((c) => c.position));
    const spot = effect.position ?? current?.position ?? FREE_SPOTS.find((p) => !taken.has(p)) ?? 'center';
    emit({ type: 'cue.show', character: effect.character, expression: effect.expression, position: spot });
    return { stage: withCharacter(stage, { id: effect.character, expression: effect.expression, position: spot }) };
  },
  art(effect, graph) {
    const sprite = graph.characters[effect.character]?.sprite;
    return sprite ? { sprites: [`${sprite}-${effect.expression}`] } : {};
  },
};

/** The show directive. */
export const show: Directive<Show> = {
  verb: 'show',
  kind: 'show',
  usage: '[show sarah smile at left]',
  onChoice: false,
  inRecap: true,
  parse(words) {
    const { args } = words;
    const atIndex = args.indexOf('at');
    const names = atIndex === -1 ? args : args.slice(0, atIndex);
    const position = atIndex === -1 ? undefined : args[atIndex + 1];
    if (names.length < 1 || names.length > 2 || (atIndex !== -1 && args.length !== atIndex + 2)) {
      return words.fail('[show] must look like [show sarah], [show sarah smile] or [show sarah smile at left]');
    }
    if (position !== undefined && !(STAGE_POSITIONS as readonly string[]).includes(position)) {
      return words.fail(`unknown position '${position}'`, { arg: atIndex + 1, hint: didYouMean(position, STAGE_POSITIONS) ?? `one of ${STAGE_POSITIONS.join(', ')}` });
    }
    return { character: names[0]!, expression: names[1] ?? '', ...(position ? { position: position as StagePosition } : {}) };
  },
  check(effect, check) {
    const character = check.character(effect.character, check.col(0));
    if (!character) return undefined;
    if (character.sprite === null) {
      check.error(check.col(0), `${character.name} has no image to show`, `give '${character.id}' a sprite, or leave out the [show]`);
      return undefined;
    }
    const expression = effect.expression === '' ? character.expressions[0] : check.expression(character, effect.expression, check.col(1));
    return expression === undefined ? undefined : { ...effect, expression };
  },
  play: showPlay,
};
