/** First pass over a story file: split it into `=== kind id ===` blocks, their fields and body lines. */
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean } from './diagnostics.ts';
import { describe } from './fields.ts';

/** The kinds of block a story file may contain. */
const BLOCK_KINDS = ['story', 'character', 'route', 'captions', 'beat', 'dossier', 'chapter'] as const;
/** A kind of block. */
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** A line of a file with its 1-based number and indentation (tabs count as two spaces). */
export interface SourceLine {
  readonly text: string;
  readonly line: number;
  readonly indent: number;
}

/** A `key: value` field; `col` is where the value starts. */
export interface Field {
  readonly key: string;
  readonly value: string;
  readonly line: number;
  readonly col: number;
}

/** A block before its contents are understood. */
export interface RawBlock {
  readonly kind: BlockKind;
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly fields: readonly Field[];
  readonly body: readonly SourceLine[];
}

const HEADER = /^===\s*([a-z]+)(?:\s+(\S+))?\s*===\s*$/;
const FIELD = /^([a-z][a-z0-9 -]*?)\s*:\s*(.*)$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;
/** Ids are lowercase words joined by '-'. */
export const isId = (text: string): boolean => ID.test(text);

/** Field names each block kind knows; `captions` takes any sound key. */
const KNOWN_FIELDS: Record<Exclude<BlockKind, 'captions'>, readonly string[]> = {
  story: ['title', 'start'],
  character: ['name', 'speaker', 'sprite', 'expressions', 'color', 'dossier'],
  route: ['name', 'color', 'summary'],
  beat: ['title', 'location', 'tier', 'route', 'summary', 'dramatized', 'ending', 'episode'],
  dossier: ['name', 'category', 'aliases', 'portrait'],
  chapter: ['title', 'part', 'tier', 'beat'],
};

/** True when a field key is one the block kind knows (dossiers also take `aliases tier N`). */
function isKnownField(kind: BlockKind, key: string): boolean {
  if (kind === 'captions') return isId(key);
  if (kind === 'dossier' && /^aliases tier \d$/.test(key)) return true;
  return KNOWN_FIELDS[kind].includes(key);
}

/** Kinds whose every line is a field; the others have a body after their fields. */
const FIELDS_ONLY: readonly BlockKind[] = ['story', 'character', 'route', 'captions'];

/** Splits one file into blocks, reporting stray text and malformed headers. */
export function splitBlocks(source: string, file: string, report: (d: Diagnostic) => void): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: OpenBlock | undefined;
  let skipping = false; // inside a block whose header was reported broken
  const error = (line: number, col: number, message: string, hint?: string): void =>
    report({ file, line, col, severity: 'error', message, ...(hint ? { hint } : {}) });

  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const expanded = raw.replace(/\t/g, '  ');
    const text = expanded.trim();
    if (text === '' || text.startsWith('//')) {
      if (current && current.body.length > 0) current.body.push({ text: '', line, indent: 0 });
      return;
    }
    const header = HEADER.exec(text);
    if (header || text.startsWith('===')) {
      if (current) blocks.push(current);
      current = openBlock(header, { text, line, indent: expanded.length - expanded.trimStart().length }, file, error);
      skipping = current === undefined;
      return;
    }
    if (skipping) return;
    if (!current) {
      error(line, 1, 'text outside a block', "start a block with a header such as '=== beat cold-open ==='");
      return;
    }
    const indent = expanded.length - expanded.trimStart().length;
    if (current.body.length === 0 && readField(current, { text, line, indent }, error)) return;
    current.body.push({ text, line, indent });
  });
  if (current) blocks.push(current);
  return blocks;
}

/**
 * Reads a line before the body starts as a field, if it is one; returns false when it starts the body.
 * In a beat, dossier or chapter, a lowercase `word:` line there is a field too: an unknown one is reported
 * rather than read as narration (narration starts with a capital, or comes after the fields).
 */
function readField(block: OpenBlock, source: SourceLine, error: (line: number, col: number, message: string, hint?: string) => void): boolean {
  const { text, line, indent } = source;
  const field = FIELD.exec(text);
  if (field && isKnownField(block.kind, field[1]!)) {
    const value = field[2]!.replace(/\s+\/\/.*$/, '').trim();
    block.fields.push({ key: field[1]!, value, line, col: indent + text.length - field[2]!.length + 1 });
    return true;
  }
  const known = block.kind === 'captions' ? [] : KNOWN_FIELDS[block.kind];
  const key = FIELDS_ONLY.includes(block.kind) ? field?.[1] : /^([a-z][a-z0-9-]*)\s*:/.exec(text)?.[1];
  if (key !== undefined) {
    error(line, indent + 1, `unknown field '${key}' in ${describe(block)}`, didYouMean(key, known) ?? (known.length > 0 ? `its fields are ${known.join(', ')}` : undefined));
    return true;
  }
  if (FIELDS_ONLY.includes(block.kind)) {
    error(line, indent + 1, `expected 'field: value' in ${describe(block)}`);
    return true;
  }
  return false;
}

interface OpenBlock extends RawBlock {
  readonly fields: Field[];
  readonly body: SourceLine[];
}

function openBlock(
  header: RegExpExecArray | null,
  source: SourceLine,
  file: string,
  error: (line: number, col: number, message: string, hint?: string) => void,
): OpenBlock | undefined {
  const { line, text, indent } = source;
  if (!header) {
    error(line, indent + 1, "a block header must look like '=== kind id ==='");
    return undefined;
  }
  const kind = header[1]!;
  const id = header[2] ?? '';
  const kindCol = indent + text.indexOf(kind, 3) + 1;
  if (!(BLOCK_KINDS as readonly string[]).includes(kind)) {
    error(line, kindCol, `unknown block kind '${kind}'`, didYouMean(kind, BLOCK_KINDS) ?? `kinds are ${BLOCK_KINDS.join(', ')}`);
    return undefined;
  }
  const needsId = kind !== 'story' && kind !== 'captions';
  if (needsId && !isId(id)) {
    const col = id ? indent + text.indexOf(id, kindCol - indent - 1 + kind.length) + 1 : kindCol + kind.length;
    error(line, col, id ? `'${id}' is not a valid id` : `a ${kind} block needs an id`, 'ids are lowercase words joined by -');
    return undefined;
  }
  return { kind: kind as BlockKind, id, file, line, fields: [], body: [] };
}
