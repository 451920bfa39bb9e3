/** Stage directions in square brackets: `[bg club-stage with fade]`, `[show sarah smile at left]`, … */
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean } from './diagnostics.ts';
import { isId } from './blocks.ts';
import type { BgTransition, Condition, Effect } from './types.ts';
import { BG_TRANSITIONS, SCREEN_EFFECTS, STAGE_POSITIONS } from './types.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A parsed direction: an effect without its file, plus the column of its main argument. */
export type ParsedEffect = DistributiveOmit<Effect, 'file'> & { readonly col: number; readonly argCol: number };

/** The direction words, for did-you-mean hints. */
export const DIRECTIVES = ['bg', 'show', 'hide', 'music', 'ambience', 'sfx', 'transition', 'set', 'unlock', 'if', 'else', 'end if'] as const;

interface At {
  readonly line: number;
  readonly col: number;
  readonly when?: Condition;
}

/** Parses one `[…]` direction; reports and returns undefined when it is malformed. */
export function parseDirective(text: string, at: At, file: string, report: (d: Diagnostic) => void): ParsedEffect | undefined {
  const fail = (message: string, offset = 1, hint?: string): undefined => {
    report({ file, line: at.line, col: at.col + offset, severity: 'error', message, ...(hint ? { hint } : {}) });
    return undefined;
  };
  if (!text.endsWith(']')) return fail("a stage direction must end with ']'", text.length - 1);
  const inner = text.slice(1, -1).replace(/\s+\/\/.*$/, '').trim();
  const words = inner.split(/\s+/).filter(Boolean);
  const [verb = '', ...args] = words;
  const content = text.slice(1, -1);
  const leading = content.length - content.trimStart().length;
  const argCol = args[0] === undefined ? at.col + 1 : at.col + 1 + leading + inner.indexOf(args[0], verb.length);
  const base = { line: at.line, col: at.col, argCol, ...(at.when ? { when: at.when } : {}) };
  const key = (what: string): string | undefined => {
    if (args.length !== 1 || !isId(args[0]!)) return fail(`[${verb}] takes one ${what}, like [${verb} ${exampleFor(verb)}]`);
    return args[0];
  };
  switch (verb) {
    case 'bg': {
      const [name, withWord, transition, ...rest] = args;
      if (!name || !isId(name) || rest.length > 0 || (withWord !== undefined && withWord !== 'with')) {
        return fail('[bg] takes a background and an optional transition, like [bg club-stage with fade]');
      }
      if (withWord && !transition) return fail("'with' needs a transition", 1, `one of ${BG_TRANSITIONS.join(', ')}`);
      if (transition && !(BG_TRANSITIONS as readonly string[]).includes(transition)) {
        return fail(`unknown transition '${transition}'`, inner.indexOf(transition) + 1, didYouMean(transition, BG_TRANSITIONS) ?? `one of ${BG_TRANSITIONS.join(', ')}`);
      }
      return { kind: 'bg', ...base, key: name, transition: (transition ?? 'cut') as BgTransition };
    }
    case 'show':
      return parseShow(args, base, inner, fail);
    case 'hide': {
      const name = key('character (or all)');
      return name === undefined ? undefined : { kind: 'hide', ...base, character: name === 'all' ? null : name };
    }
    case 'music':
    case 'ambience': {
      const name = key('loop (or stop)');
      return name === undefined ? undefined : { kind: verb, ...base, key: name === 'stop' ? null : name };
    }
    case 'sfx': {
      const name = key('sound');
      return name === undefined ? undefined : { kind: 'sfx', ...base, key: name };
    }
    case 'transition': {
      const name = key('effect');
      if (name === undefined) return undefined;
      if (!(SCREEN_EFFECTS as readonly string[]).includes(name)) {
        return fail(`unknown screen effect '${name}'`, inner.indexOf(name) + 1, didYouMean(name, SCREEN_EFFECTS) ?? `one of ${SCREEN_EFFECTS.join(', ')}`);
      }
      return { kind: 'effect', ...base, effect: name as (typeof SCREEN_EFFECTS)[number] };
    }
    case 'set': {
      const name = key('flag');
      return name === undefined ? undefined : { kind: 'set', ...base, flag: name };
    }
    case 'unlock': {
      const ref = /^fact\s+([a-z0-9-]+)\.([a-z0-9-]+)$/.exec(args.join(' '));
      if (!ref) return fail('[unlock] must look like [unlock fact dossier-id.fact-id]');
      return { kind: 'unlock', ...base, dossier: ref[1]!, fact: ref[2]! };
    }
    default:
      return fail(`unknown stage direction '[${verb}]'`, 1, didYouMean(verb, DIRECTIVES) ?? `directions are ${DIRECTIVES.join(', ')}`);
  }
}

function parseShow(
  args: readonly string[],
  base: { line: number; col: number; argCol: number; when?: Condition },
  inner: string,
  fail: (message: string, offset?: number, hint?: string) => undefined,
): ParsedEffect | undefined {
  const atIndex = args.indexOf('at');
  const names = atIndex === -1 ? args : args.slice(0, atIndex);
  const position = atIndex === -1 ? undefined : args[atIndex + 1];
  if (names.length < 1 || names.length > 2 || (atIndex !== -1 && args.length !== atIndex + 2)) {
    return fail('[show] must look like [show sarah], [show sarah smile] or [show sarah smile at left]');
  }
  if (position !== undefined && !(STAGE_POSITIONS as readonly string[]).includes(position)) {
    return fail(`unknown position '${position}'`, inner.lastIndexOf(position) + 1, didYouMean(position, STAGE_POSITIONS) ?? `one of ${STAGE_POSITIONS.join(', ')}`);
  }
  return {
    kind: 'show',
    ...base,
    character: names[0]!,
    expression: names[1] ?? '',
    ...(position ? { position: position as (typeof STAGE_POSITIONS)[number] } : {}),
  };
}

function exampleFor(verb: string): string {
  const examples: Record<string, string> = { hide: 'sarah', music: 'club-song', ambience: 'rain', sfx: 'gunshot', transition: 'flash', set: 'saw-the-case' };
  return examples[verb] ?? 'name';
}
