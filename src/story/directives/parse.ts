/** Stage directions in square brackets: `[bg club-stage with fade]`, `[show sarah smile at left]`, … read through the directive table. */
import type { Diagnostic } from '../diagnostics.ts';
import { didYouMean } from '../diagnostics.ts';
import { DIRECTIVE_VERBS, directiveByVerb } from './index.ts';
import type { Condition, Effect } from '../types.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A parsed direction: an effect without its file, plus the columns of the direction and of each word after the verb. */
export type ParsedEffect = DistributiveOmit<Effect, 'file'> & { readonly col: number; readonly argCols: readonly number[] };

/** The bracketed words a body may use: the directions and the condition blocks, for did-you-mean hints. */
const BRACKET_WORDS: readonly string[] = [...DIRECTIVE_VERBS, 'if', 'else', 'end if'];

interface At {
  readonly line: number;
  readonly col: number;
  readonly when?: Condition;
}

/** Parses one `[…]` direction; reports and returns undefined when it is malformed. */
export function parseDirective(text: string, at: At, file: string, report: (d: Diagnostic) => void): ParsedEffect | undefined {
  const error = (col: number, message: string, hint?: string): undefined => {
    report({ file, line: at.line, col, severity: 'error', message, ...(hint ? { hint } : {}) });
    return undefined;
  };
  if (!text.endsWith(']')) return error(at.col + text.length - 1, "a stage direction must end with ']'");
  const content = text.slice(1, -1).replace(/\s+\/\/.*$/, '');
  const words = [...content.matchAll(/\S+/g)].map((m) => ({ text: m[0], col: at.col + 1 + m.index }));
  const [verb, ...rest] = words;
  const args = rest.map((w) => w.text);
  const argCols = rest.map((w) => w.col);
  const directive = directiveByVerb(verb?.text ?? '');
  if (!verb || !directive) {
    const name = verb?.text ?? '';
    return error(at.col + 1, `unknown stage direction '[${name}]'`, didYouMean(name, BRACKET_WORDS) ?? `directions are ${BRACKET_WORDS.join(', ')}`);
  }
  const fields = directive.parse({
    verb: verb.text,
    args,
    fail: (message, options = {}) => error(options.arg === undefined ? at.col + 1 : (argCols[options.arg] ?? at.col + 1), message, options.hint),
  });
  if (!fields) return undefined;
  return { ...fields, kind: directive.kind, line: at.line, col: at.col, argCols, ...(at.when ? { when: at.when } : {}) } as ParsedEffect;
}
