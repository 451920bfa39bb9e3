/** Resolving parsed steps: every name (speakers, expressions, beats, characters, dossiers, assets) checked against the story. */
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean } from './diagnostics.ts';
import type { ParsedStep } from './body.ts';
import { likelySpeaker, type ParsedLine } from './line.ts';
import type { ParsedEffect } from './directives/parse.ts';
import { ASSET_FOLDERS, type AssetIndex } from './assets.ts';
import type { DirectiveCheck } from './directives/directive.ts';
import { directiveFor } from './directives/index.ts';
import type { Character, ChoiceOption, Dossier, Effect, LineStep, Route, Step } from './types.ts';

/** The longest line the text box shows at once, in characters. */
const MAX_LINE_LENGTH = 280;

/** What resolving a beat or a chapter needs to know about the rest of the story. */
export interface BeatContext {
  readonly characters: ReadonlyMap<string, Character>;
  readonly speakers: ReadonlyMap<string, Character>;
  readonly routes: ReadonlyMap<string, Route>;
  readonly dossiers: ReadonlyMap<string, Dossier>;
  readonly beatIds: ReadonlySet<string>;
  readonly assets?: AssetIndex;
  readonly report: (d: Diagnostic) => void;
}

/** How asset diagnostics name each kind of asset. */
const ASSET_WORDS: Readonly<Record<keyof AssetIndex, { readonly what: string; readonly extension: string }>> = {
  backgrounds: { what: 'background', extension: '.svg' },
  sprites: { what: 'character image', extension: '.svg' },
  music: { what: 'music', extension: '.*' },
  ambience: { what: 'ambience', extension: '.*' },
  sfx: { what: 'sound effect', extension: '.*' },
};

/** Resolves parsed steps of one file against the cast, beats, dossiers and assets; reports what does not exist. */
export class StepResolver {
  constructor(
    private readonly file: string,
    private readonly context: BeatContext,
    private readonly dramatizedBeat: boolean,
    /** A recap chapter: narration only, where a name and a colon are a way of retelling, not a mistyped speaker. */
    private readonly narrated = false,
  ) {}

  /** A step with every name it uses resolved; undefined when it cannot run. */
  step(step: ParsedStep): Step | undefined {
    const { file } = this;
    const when = step.when ? { when: step.when } : {};
    switch (step.kind) {
      case 'line':
        return this.line(step);
      case 'choice':
        return { kind: 'choice', file, line: step.line, ...when, options: step.options.map((o) => this.option(o)) };
      case 'jump':
        this.target(step.target, step.line, step.targetCol);
        return { kind: 'jump', file, line: step.line, ...when, target: step.target };
      case 'end':
        return { kind: 'end', file, line: step.line, ...when };
      default:
        return this.effect(step);
    }
  }

  /** A line with its speaker and expression resolved. */
  line(step: ParsedLine): LineStep {
    const dramatized = step.tag === 'dramatized' || (this.dramatizedBeat && step.tag !== 'episode');
    const base = { kind: 'line' as const, file: this.file, line: step.line, ...(step.when ? { when: step.when } : {}), text: step.text, dramatized };
    if (step.text.length > MAX_LINE_LENGTH) {
      this.error(step.line, step.col, `this line is ${step.text.length} characters; the text box shows ${MAX_LINE_LENGTH}`, 'split it into two lines');
    }
    if (step.speaker === undefined) {
      if (!this.narrated) this.warnMixedCaseSpeaker(step);
      return base;
    }
    const character = this.context.speakers.get(step.speaker);
    if (!character) {
      this.error(step.line, step.col, `unknown speaker '${step.speaker}'`, didYouMean(step.speaker, this.context.speakers.keys()) ?? 'declare them in a character block');
      return base;
    }
    const expression = step.expression === undefined ? undefined : this.expression(character, step.expression, step.line, step.expressionCol ?? step.col);
    return { ...base, speaker: character.id, ...(expression ? { expression } : {}) };
  }

  /** A stage direction with its names and assets checked by its directive; undefined when it names something that does not exist. */
  effect(parsed: ParsedEffect): Effect | undefined {
    const { col, argCols, ...rest } = parsed;
    const effect = { ...rest, file: this.file } as Effect;
    const directive = directiveFor(effect);
    return directive.check ? directive.check(effect, this.checker(parsed.line, col, argCols)) : effect;
  }

  private checker(line: number, col: number, argCols: readonly number[]): DirectiveCheck {
    const { characters, assets, dossiers } = this.context;
    return {
      col: (arg) => argCols[arg] ?? col + 1,
      error: (at, message, hint) => this.error(line, at, message, hint),
      character: (id, at) => {
        const character = characters.get(id);
        const known = [...characters.keys()];
        if (!character) this.error(line, at, `unknown character '${id}'`, didYouMean(id, known) ?? (known.length > 0 ? `the cast: ${known.join(', ')}` : "declare them in a '=== character id ===' block"));
        return character;
      },
      expression: (character, name, at) => this.expression(character, name, line, at),
      asset: (kind, key, at) => {
        const set = assets?.[kind];
        const { what, extension } = ASSET_WORDS[kind];
        if (set && !set.has(key)) this.error(line, at, `no ${what} '${key}' (expected assets/${ASSET_FOLDERS[kind]}/${key}${extension})`, didYouMean(key, set));
      },
      dossiers,
    };
  }

  private warnMixedCaseSpeaker(step: ParsedLine): void {
    const likely = likelySpeaker(step.text, this.context.speakers.keys());
    if (!likely) return;
    this.context.report({
      file: this.file,
      line: step.line,
      col: step.col,
      severity: 'warning',
      message: `'${likely.written}' reads as narration; did you mean the speaker '${likely.speaker}'?`,
      hint: `speakers are written in capitals: '${likely.meant} …'`,
    });
  }

  private error(line: number, col: number, message: string, hint?: string): void {
    this.context.report({ file: this.file, line, col, severity: 'error', message, ...(hint ? { hint } : {}) });
  }

  private expression(character: Character, name: string, line: number, col: number): string | undefined {
    if (character.expressions.includes(name)) return name;
    const alias = character.expressionAliases[name];
    if (alias) return alias;
    const known = [...character.expressions, ...Object.keys(character.expressionAliases)];
    this.error(line, col, `${character.name} has no expression '${name}'`, didYouMean(name, known) ?? `expressions: ${character.expressions.join(', ')}`);
    return undefined;
  }

  private option(option: ChoiceOptionInput): ChoiceOption {
    if (option.target === 'END') {
      this.error(option.line, option.targetCol, 'a choice option leads to a beat, not to END', 'lead it to a beat that ends with -> END');
    } else {
      this.target(option.target, option.line, option.targetCol);
    }
    const effects = option.effects.map((e) => this.effect(e)).filter((e): e is Effect => e !== undefined);
    return { file: this.file, line: option.line, ...(option.when ? { when: option.when } : {}), label: option.label, target: option.target, effects };
  }

  private target(target: string, line: number, col: number): void {
    if (!this.context.beatIds.has(target)) {
      this.error(line, col, `there is no beat '${target}'`, didYouMean(target, this.context.beatIds) ?? "use an existing beat id, or '-> END'");
    }
  }
}

type ChoiceOptionInput = Extract<ParsedStep, { kind: 'choice' }>['options'][number];
