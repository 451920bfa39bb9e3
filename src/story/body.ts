/** Second pass: a beat's body lines → steps, with names still unresolved (speakers, expressions). */
import type { Diagnostic } from './diagnostics.ts';
import type { SourceLine } from './blocks.ts';
import { both, parseCondition } from './condition.ts';
import { parseDirective, type ParsedEffect } from './directives/parse.ts';
import { DIRECTIVES, verbsWhere } from './directives/index.ts';
import { parseLine, type ParsedLine } from './line.ts';
import type { Condition } from './types.ts';

/** A choice option as written. */
export interface ParsedOption {
  readonly line: number;
  readonly col: number;
  readonly targetCol: number;
  readonly when?: Condition;
  readonly label: string;
  readonly target: string;
  readonly effects: ParsedEffect[];
}

/** A step as written, with the columns diagnostics need. */
export type ParsedStep =
  | ParsedLine
  | { readonly kind: 'choice'; readonly line: number; readonly col: number; readonly when?: Condition; readonly options: ParsedOption[] }
  | { readonly kind: 'jump'; readonly line: number; readonly col: number; readonly targetCol: number; readonly when?: Condition; readonly target: string }
  | { readonly kind: 'end'; readonly line: number; readonly col: number; readonly when?: Condition }
  | ParsedEffect;

const PREFIX_CONDITION = /^\{([^}]*)\}\s*/;
const OPTION = /^\*\s*(.*?)\s*->\s*(\S*)\s*$/;
const BLOCK = /^\[(if(?:\s+(.*))?|else|end\s*if)\]$/;

/** A choice menu being read: its step, the indentation of its options, how many [if] blocks enclose it. */
interface OpenMenu {
  readonly step: Extract<ParsedStep, { kind: 'choice' }>;
  readonly indent: number;
  readonly depth: number;
}

/** Parses a beat body; reports syntax errors through `report` and returns what it understood. */
export function parseBody(body: readonly SourceLine[], file: string, report: (d: Diagnostic) => void): ParsedStep[] {
  const steps: ParsedStep[] = [];
  const blocks: { condition: Condition; line: number; hasElse: boolean }[] = [];
  let menu: OpenMenu | undefined;
  const error = (line: number, col: number, message: string, hint?: string): void =>
    report({ file, line, col, severity: 'error', message, ...(hint ? { hint } : {}) });
  const blockCondition = (): Condition | undefined =>
    blocks.reduce<Condition | undefined>((acc, b) => both(acc, b.condition), undefined);
  const unclosed = unclosedIfs(body);

  for (const source of body) {
    if (source.text === '') continue;
    if (menu && source.indent > menu.indent && source.text.startsWith('[') && !BLOCK.test(source.text)) {
      addOptionEffect(menu.step, source, file, report);
      continue;
    }
    const block = BLOCK.exec(source.text);
    if (block && unclosed.has(source.line)) {
      // Read as if it were not there: one error, not a beat of conditional lines with no way out.
      error(source.line, source.indent + 1, "'[if …]' is never closed", "add '[end if]' where its lines end");
      continue;
    }
    if (block) {
      handleBlock(block, source, blocks, error);
      // An [if] around options keeps the menu going; closing the block the menu sits in ends it.
      if (menu && blocks.length < menu.depth) menu = undefined;
      continue;
    }
    let text = source.text;
    let col = source.indent + 1;
    let own: Condition | undefined;
    const prefix = PREFIX_CONDITION.exec(text);
    if (prefix) {
      const parsed = parseCondition(prefix[1]!);
      if (!parsed.ok) error(source.line, col + 1 + parsed.offset, `bad condition: ${parsed.message}`);
      else own = parsed.condition;
      text = text.slice(prefix[0].length);
      col += prefix[0].length;
    }
    if (!text.startsWith('*')) menu = undefined;
    const when = both(blockCondition(), own);
    const at = { line: source.line, col, ...(when ? { when } : {}) };
    if (text.startsWith('*')) {
      // The menu as a whole answers to the blocks around it; an option also to blocks opened inside the menu.
      const depth = menu?.depth ?? blocks.length;
      const optionWhen = both(blocks.slice(depth).reduce<Condition | undefined>((acc, b) => both(acc, b.condition), undefined), own);
      menu = addOption(menu, steps, text, { line: source.line, col, ...(optionWhen ? { when: optionWhen } : {}) }, source, error, blockCondition(), depth);
    } else if (text.startsWith('->')) {
      const target = text.slice(2).trim();
      if (target === '') error(source.line, col + 2, "'->' needs a beat id, or END to end the story");
      else if (target === 'END') steps.push({ kind: 'end', ...at });
      else steps.push({ kind: 'jump', ...at, target, targetCol: col + text.indexOf(target, 2) });
    } else if (text.startsWith('[')) {
      const effect = parseDirective(text, at, file, report);
      if (effect) steps.push(effect);
    } else {
      steps.push(parseLine(text, at, error));
    }
  }
  return steps;
}

/** The lines of the `[if …]`s no `[end if]` closes. */
function unclosedIfs(body: readonly SourceLine[]): Set<number> {
  const open: number[] = [];
  for (const source of body) {
    const word = BLOCK.exec(source.text)?.[1];
    if (word === undefined || word === 'else') continue;
    if (word.startsWith('if')) open.push(source.line);
    else open.pop();
  }
  return new Set(open);
}

function addOption(
  menu: OpenMenu | undefined,
  steps: ParsedStep[],
  text: string,
  at: { line: number; col: number; when?: Condition },
  source: SourceLine,
  error: (line: number, col: number, message: string, hint?: string) => void,
  menuWhen: Condition | undefined,
  depth: number,
): OpenMenu | undefined {
  let body = text.slice(1).trim();
  let when = at.when;
  let col = at.col + text.indexOf(body);
  const prefix = PREFIX_CONDITION.exec(body);
  if (prefix) {
    const parsed = parseCondition(prefix[1]!);
    if (!parsed.ok) error(source.line, col + 1 + parsed.offset, `bad condition: ${parsed.message}`);
    else when = both(when, parsed.condition);
    body = body.slice(prefix[0].length);
    col += prefix[0].length;
  }
  const option = OPTION.exec(`* ${body}`);
  if (!option || option[2] === '' || option[1] === '') {
    error(source.line, col, 'a choice option must look like: * label -> beat-id');
    return menu;
  }
  const parsed: ParsedOption = {
    line: source.line,
    col,
    targetCol: at.col + text.lastIndexOf(option[2]!),
    label: option[1]!,
    target: option[2]!,
    effects: [],
    ...(when ? { when } : {}),
  };
  if (menu) {
    menu.step.options.push(parsed);
    return menu;
  }
  const step = { kind: 'choice' as const, line: source.line, col: at.col, options: [parsed], ...(menuWhen ? { when: menuWhen } : {}) };
  steps.push(step);
  return { step, indent: source.indent, depth };
}

function addOptionEffect(
  menu: Extract<ParsedStep, { kind: 'choice' }>,
  source: SourceLine,
  file: string,
  report: (d: Diagnostic) => void,
): void {
  const option = menu.options[menu.options.length - 1]!;
  const effect = parseDirective(source.text, { line: source.line, col: source.indent + 1 }, file, report);
  if (!effect) return;
  if (!DIRECTIVES[effect.kind].onChoice) {
    report({
      file,
      line: source.line,
      col: source.indent + 1,
      severity: 'error',
      message: `only ${verbsWhere((d) => d.onChoice).map((v) => `[${v} …]`).join(' and ')} can run when an option is chosen, not [${DIRECTIVES[effect.kind].verb}]`,
      hint: 'put it at the start of the target beat',
    });
    return;
  }
  option.effects.push(effect);
}

function handleBlock(
  match: RegExpExecArray,
  source: SourceLine,
  blocks: { condition: Condition; line: number; hasElse: boolean }[],
  error: (line: number, col: number, message: string, hint?: string) => void,
): void {
  const word = match[1]!;
  if (word.startsWith('if')) {
    const condition = match[2] ?? '';
    const parsed = parseCondition(condition);
    if (!parsed.ok) {
      const start = match[2] === undefined ? source.text.length - 1 : source.text.indexOf(condition, 3);
      error(source.line, source.indent + 1 + start + parsed.offset, `bad condition: ${parsed.message}`);
      blocks.push({ condition: { op: 'and', args: [] }, line: source.line, hasElse: false });
    } else {
      blocks.push({ condition: parsed.condition, line: source.line, hasElse: false });
    }
    return;
  }
  const top = blocks[blocks.length - 1];
  if (!top) {
    error(source.line, source.indent + 1, `'[${word}]' without an '[if …]'`);
    return;
  }
  if (word === 'else') {
    if (top.hasElse) error(source.line, source.indent + 1, "a second '[else]' for the same '[if …]'");
    top.condition = { op: 'not', arg: top.condition };
    top.hasElse = true;
    return;
  }
  blocks.pop();
}
