/** Beats: fields, body and every name in them resolved against the cast, routes, dossiers and assets. */
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean } from './diagnostics.ts';
import type { RawBlock } from './blocks.ts';
import { parseBody, type ParsedLine, type ParsedStep } from './body.ts';
import type { ParsedEffect } from './directive.ts';
import { readFields, type FieldReader } from './fields.ts';
import { parseEpisodeBeats } from './episode.ts';
import type { AssetIndex } from './assets.ts';
import type { Beat, Character, ChoiceOption, Dossier, Effect, LineStep, Route, Step } from './types.ts';

/** The longest line the text box shows at once, in characters. */
export const MAX_LINE_LENGTH = 280;

/** What resolving a beat needs to know about the rest of the story. */
export interface BeatContext {
  readonly characters: ReadonlyMap<string, Character>;
  readonly speakers: ReadonlyMap<string, Character>;
  readonly routes: ReadonlyMap<string, Route>;
  readonly dossiers: ReadonlyMap<string, Dossier>;
  readonly beatIds: ReadonlySet<string>;
  readonly assets?: AssetIndex;
  readonly report: (d: Diagnostic) => void;
}

/** Reads one beat block into a compiled beat. */
export function readBeat(block: RawBlock, context: BeatContext): Beat {
  const fields = readFields(block, context.report);
  const route = fields.optional('route');
  const routeField = fields.get('route');
  if (route && routeField && !context.routes.has(route)) {
    fields.error(routeField, `unknown route '${route}'`, didYouMean(route, context.routes.keys()));
  }
  const dramatizedText = fields.optional('dramatized') ?? 'no';
  const dramatizedField = fields.get('dramatized');
  if (dramatizedField && !['yes', 'no'].includes(dramatizedText)) fields.error(dramatizedField, "'dramatized:' is yes or no");
  const ending = fields.optional('ending');
  const episode = readEpisode(fields);
  const resolver = new StepResolver(block.file, context, dramatizedText === 'yes');
  const steps = parseBody(block.body, block.file, context.report)
    .map((step) => resolver.step(step))
    .filter((step): step is Step => step !== undefined);
  if (steps.length === 0) {
    context.report({ file: block.file, line: block.line, col: 1, severity: 'error', message: `beat '${block.id}' is empty`, hint: 'write its lines, then end it with a jump (-> beat-id) or -> END' });
  }
  return {
    id: block.id,
    file: block.file,
    line: block.line,
    title: fields.required('title'),
    location: fields.required('location'),
    tier: fields.tier('tier'),
    summary: fields.required('summary'),
    ...(route ? { route } : {}),
    ...(ending ? { ending } : {}),
    ...(episode ? { episode } : {}),
    steps,
  };
}

/** The `episode:` field: the episode beats (1–18) this story beat shows. */
function readEpisode(fields: FieldReader): number[] | undefined {
  const field = fields.get('episode');
  if (!field) return undefined;
  const { beats, problems } = parseEpisodeBeats(field.value);
  for (const problem of problems) fields.error(field, problem.message, problem.hint, problem.offset);
  return beats.length > 0 ? beats : undefined;
}

/** Resolves parsed steps of one file against the cast, beats, dossiers and assets; reports what does not exist. */
export class StepResolver {
  constructor(
    private readonly file: string,
    private readonly context: BeatContext,
    private readonly dramatizedBeat: boolean,
  ) {}

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

  private error(line: number, col: number, message: string, hint?: string): void {
    this.context.report({ file: this.file, line, col, severity: 'error', message, ...(hint ? { hint } : {}) });
  }

  /** A line with its speaker and expression resolved. */
  line(step: ParsedLine): LineStep {
    const dramatized = step.tag === 'dramatized' || (this.dramatizedBeat && step.tag !== 'episode');
    const base = { kind: 'line' as const, file: this.file, line: step.line, ...(step.when ? { when: step.when } : {}), text: step.text, dramatized };
    if (step.text.length > MAX_LINE_LENGTH) {
      this.error(step.line, step.col, `this line is ${step.text.length} characters; the text box shows ${MAX_LINE_LENGTH}`, 'split it into two lines');
    }
    if (step.speaker === undefined) return base;
    const character = this.context.speakers.get(step.speaker);
    if (!character) {
      this.error(step.line, step.col, `unknown speaker '${step.speaker}'`, didYouMean(step.speaker, this.context.speakers.keys()) ?? 'declare them in a character block');
      return base;
    }
    const expression = step.expression === undefined ? undefined : this.expression(character, step.expression, step.line, step.col + step.speaker.length + 2);
    return { ...base, speaker: character.id, ...(expression ? { expression } : {}) };
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
    this.target(option.target, option.line, option.targetCol);
    const effects = option.effects.map((e) => this.effect(e)).filter((e): e is Effect => e !== undefined);
    return { file: this.file, line: option.line, ...(option.when ? { when: option.when } : {}), label: option.label, target: option.target, effects };
  }

  private target(target: string, line: number, col: number): void {
    if (!this.context.beatIds.has(target)) {
      this.error(line, col, `there is no beat '${target}'`, didYouMean(target, this.context.beatIds) ?? "use an existing beat id, or '-> END'");
    }
  }

  /** A stage direction with its names and assets checked; undefined when it names something that does not exist. */
  effect(effect: ParsedEffect): Effect | undefined {
    const { argCol } = effect;
    const compiled = withoutColumns(effect, this.file);
    const { assets } = this.context;
    switch (compiled.kind) {
      case 'bg':
        this.asset(assets?.backgrounds, compiled.key, 'background', `art/bg/${compiled.key}.svg`, effect.line, argCol);
        return compiled;
      case 'music':
      case 'ambience':
        if (compiled.key !== null) this.asset(assets?.[compiled.kind], compiled.key, compiled.kind, `audio/${compiled.kind}/${compiled.key}.*`, effect.line, argCol);
        return compiled;
      case 'sfx':
        this.asset(assets?.sfx, compiled.key, 'sound effect', `audio/sfx/${compiled.key}.*`, effect.line, argCol);
        return compiled;
      case 'show':
        return this.show(compiled, argCol);
      case 'hide':
        if (compiled.character !== null) this.character(compiled.character, effect.line, argCol);
        return compiled;
      case 'unlock':
        return this.unlock(compiled, argCol) ? compiled : undefined;
      default:
        return compiled;
    }
  }

  private show(effect: Extract<Effect, { kind: 'show' }>, col: number): Effect | undefined {
    const character = this.character(effect.character, effect.line, col);
    if (!character) return undefined;
    if (character.sprite === null) {
      this.error(effect.line, col, `${character.name} has no image to show`, `give '${character.id}' a sprite, or leave out the [show]`);
      return undefined;
    }
    const expression = effect.expression === '' ? character.expressions[0] : this.expression(character, effect.expression, effect.line, col + effect.character.length + 1);
    return expression === undefined ? undefined : { ...effect, expression };
  }

  private character(id: string, line: number, col: number): Character | undefined {
    const character = this.context.characters.get(id);
    if (!character) this.error(line, col, `unknown character '${id}'`, didYouMean(id, this.context.characters.keys()));
    return character;
  }

  private unlock(effect: Extract<Effect, { kind: 'unlock' }>, col: number): boolean {
    const dossier = this.context.dossiers.get(effect.dossier);
    if (!dossier) {
      this.error(effect.line, col + 5, `unknown dossier '${effect.dossier}'`, didYouMean(effect.dossier, this.context.dossiers.keys()));
      return false;
    }
    if (!dossier.facts.some((f) => f.id === effect.fact)) {
      const known = dossier.facts.map((f) => f.id);
      this.error(effect.line, col + 6 + effect.dossier.length, `dossier '${dossier.id}' has no fact '${effect.fact}'`, didYouMean(effect.fact, known) ?? `its facts: ${known.join(', ')}`);
      return false;
    }
    return true;
  }

  private asset(set: ReadonlySet<string> | undefined, key: string, what: string, path: string, line: number, col: number): void {
    if (set && !set.has(key)) this.error(line, col, `no ${what} '${key}' (expected assets/${path})`, didYouMean(key, set));
  }
}

type ChoiceOptionInput = Extract<ParsedStep, { kind: 'choice' }>['options'][number];

/** The compiled effect: the parsed one with its file, without the parser's column bookkeeping. */
function withoutColumns(effect: ParsedEffect, file: string): Effect {
  const copy: Record<string, unknown> = { ...effect, file };
  delete copy['col'];
  delete copy['argCol'];
  return copy as unknown as Effect;
}
