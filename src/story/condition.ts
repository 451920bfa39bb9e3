/** Flag conditions: parsing `{a and not b}`, evaluating them, and listing the flags they read. */
import type { Condition } from './types.ts';

/** The result of parsing a condition: the condition, or an error message with its column. */
export type ConditionParse =
  | { readonly ok: true; readonly condition: Condition }
  | { readonly ok: false; readonly message: string; readonly offset: number };

const FLAG = /^[a-z0-9][a-z0-9-]*$/;

/** Parses `a`, `not a`, `a and b`, `a or not (b and c)`: not binds tightest, then and, then or. */
export function parseCondition(source: string): ConditionParse {
  const tokens = tokenize(source);
  let index = 0;
  const peek = (): Token | undefined => tokens[index];
  const fail = (message: string, token = peek()): never => {
    throw new ConditionError(message, token?.offset ?? source.length);
  };
  const primary = (): Condition => {
    const token = peek();
    if (!token) return fail('the condition ends too early: expected a flag name');
    index++;
    if (token.text === 'not') return { op: 'not', arg: primary() };
    if (token.text === '(') {
      const inner = or();
      if (peek()?.text !== ')') fail("expected ')'");
      index++;
      return inner;
    }
    if (!FLAG.test(token.text) || token.text === 'and' || token.text === 'or') {
      return fail(`'${token.text}' is not a flag name (flags are lowercase words joined by '-')`, token);
    }
    return { op: 'flag', flag: token.text };
  };
  const joined = (op: 'and' | 'or', next: () => Condition) => (): Condition => {
    const args = [next()];
    while (peek()?.text === op) {
      index++;
      args.push(next());
    }
    return args.length === 1 ? args[0]! : { op, args };
  };
  const and = joined('and', primary);
  const or = joined('or', and);
  try {
    const condition = or();
    if (index < tokens.length) fail(`unexpected '${peek()!.text}' after the condition`);
    return { ok: true, condition };
  } catch (error) {
    if (error instanceof ConditionError) return { ok: false, message: error.message, offset: error.offset };
    throw error;
  }
}

/** True when the condition holds for the given set flags. */
export function evaluate(condition: Condition, flags: ReadonlySet<string>): boolean {
  switch (condition.op) {
    case 'flag':
      return flags.has(condition.flag);
    case 'not':
      return !evaluate(condition.arg, flags);
    case 'and':
      return condition.args.every((arg) => evaluate(arg, flags));
    case 'or':
      return condition.args.some((arg) => evaluate(arg, flags));
  }
}

/** Every flag a condition reads. */
export function flagsRead(condition: Condition): string[] {
  switch (condition.op) {
    case 'flag':
      return [condition.flag];
    case 'not':
      return flagsRead(condition.arg);
    default:
      return condition.args.flatMap(flagsRead);
  }
}

/** Both conditions at once, where either may be absent. */
export function both(a: Condition | undefined, b: Condition | undefined): Condition | undefined {
  if (!a) return b;
  if (!b) return a;
  return { op: 'and', args: [a, b] };
}

interface Token {
  readonly text: string;
  readonly offset: number;
}

class ConditionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\(|\)|[^\s()]+/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    tokens.push({ text: match[0], offset: match.index });
  }
  return tokens;
}
