/** The shape of one stage direction's handler: how it is parsed, checked, played and prefetched. */
import type { AssetIndex } from '../assets.ts';
import { isId } from '../blocks.ts';
import type { EffectState, StoryCue } from '../stage.ts';
import type { Character, Dossier, Effect, StoryGraph } from '../types.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An effect's own fields: what its parser produces, without kind and source position. */
export type EffectFields<E extends Effect> = DistributiveOmit<E, 'kind' | 'file' | 'line' | 'when'>;

/** What a parser gets: the words after the verb, and a way to refuse them. */
export interface DirectiveWords {
  readonly verb: string;
  readonly args: readonly string[];
  /** Reports an error (at the n-th word after the verb, or at the direction) and returns undefined. */
  fail(message: string, options?: { readonly arg?: number; readonly hint?: string }): undefined;
}

/** What a check gets: the names and assets of the story, and the columns of the direction's words. */
export interface DirectiveCheck {
  /** Column of the n-th word after the verb. */
  col(arg: number): number;
  error(col: number, message: string, hint?: string): void;
  /** The character with this id; reports an unknown one. */
  character(id: string, col: number): Character | undefined;
  /** The character's expression (or alias) by this name; reports an unknown one. */
  expression(character: Character, name: string, col: number): string | undefined;
  /** Reports an asset key with no file (when assets are being checked). */
  asset(kind: keyof AssetIndex, key: string, col: number): void;
  readonly dossiers: ReadonlyMap<string, Dossier>;
}

/** What playing a direction gets: the graph (captions, dossiers), and where its cues go. */
export interface DirectiveRun {
  readonly graph: StoryGraph;
  emit(cue: StoryCue): void;
}

/** Art a direction will need drawn. */
export interface DirectiveArt {
  readonly backgrounds?: readonly string[];
  /** Sprite keys (`sarah-smile`). */
  readonly sprites?: readonly string[];
}

/** One stage direction, declared once: everything the parser, the resolver, the runtime and prefetch need of it. */
export interface Directive<E extends Effect> {
  /** The word in brackets: `[bg …]`. */
  readonly verb: string;
  readonly kind: E['kind'];
  /** An example, shown in errors: `[bg club-stage with fade]`. */
  readonly usage: string;
  /** May run when a choice option is chosen (indented under it). */
  readonly onChoice: boolean;
  /** May appear in a recap chapter (it changes nothing in the story). */
  readonly inRecap: boolean;
  /** Reads the words after the verb; reports and returns undefined when they are malformed. */
  parse(words: DirectiveWords): EffectFields<E> | undefined;
  /** Checks names and assets; returns the effect (possibly completed) or undefined when it cannot run. */
  check?(effect: E, check: DirectiveCheck): E | undefined;
  /** How it plays: the part the browser keeps (play.ts lists these; the rest stays in the compiler). */
  readonly play: DirectivePlay<E>;
}

/** What playing a direction needs, apart from how it is written: the browser bundles only this. */
export interface DirectivePlay<E extends Effect> {
  /** Plays the direction: what it changes in the reading position (undefined: nothing), emitting its cues. */
  run(effect: E, state: EffectState, run: DirectiveRun): Partial<EffectState> | undefined;
  /** The art it will need, for prefetch. */
  art?(effect: E, graph: StoryGraph): DirectiveArt;
}

/** A parser for directions that take exactly one id: `[sfx gunshot]`, `[set saw-the-case]`. */
export function oneId(words: DirectiveWords, what: string, usage: string): string | undefined {
  const [name] = words.args;
  if (words.args.length !== 1 || !isId(name!)) return words.fail(`[${words.verb}] takes one ${what}, like ${usage}`);
  return name;
}
