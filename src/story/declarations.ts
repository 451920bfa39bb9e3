/** The declarations beats refer to: the cast, routes and captions (dossiers are in dossier-block.ts). */
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean } from './diagnostics.ts';
import type { RawBlock } from './blocks.ts';
import { readFields } from './fields.ts';
import type { AssetIndex } from './assets.ts';
import type { Character, Route } from './types.ts';

const COLOR = /^#[0-9a-fA-F]{6}$/;
const SPEAKER = /^[A-Z][A-Z0-9'’ .-]*$/;

/** Reads a character block. */
export function readCharacter(block: RawBlock, report: (d: Diagnostic) => void, assets?: AssetIndex): Character {
  const fields = readFields(block, report);
  const speaker = fields.optional('speaker');
  const speakerField = fields.get('speaker');
  if (speaker !== undefined && speakerField && !SPEAKER.test(speaker)) {
    fields.error(speakerField, `speaker '${speaker}' must be written in capitals`, `try '${speaker.toUpperCase()}'`);
  }
  const spriteText = fields.required('sprite');
  const sprite = spriteText === 'none' ? null : spriteText;
  const { expressions, aliases } = parseExpressions(fields.required('expressions'));
  const expressionsField = fields.get('expressions');
  if (expressionsField && expressions.length === 0) fields.error(expressionsField, 'a character needs at least one expression');
  if (assets && sprite && expressionsField) {
    for (const expression of expressions) {
      const key = `${sprite}-${expression}`;
      if (!assets.sprites.has(key)) {
        fields.error(expressionsField, `no image for '${key}' (assets/art/characters/${key}.svg)`, didYouMean(key, assets.sprites), Math.max(0, expressionsField.value.indexOf(expression)));
      }
    }
  }
  const color = fields.optional('color') ?? '#cccccc';
  const colorField = fields.get('color');
  if (colorField && !COLOR.test(color)) fields.error(colorField, `'${color}' is not a colour`, 'write it as #rrggbb');
  const dossier = fields.optional('dossier');
  return {
    id: block.id,
    file: block.file,
    line: block.line,
    name: fields.required('name'),
    ...(speaker ? { speaker } : {}),
    sprite,
    expressions,
    expressionAliases: aliases,
    color,
    ...(dossier ? { dossier } : {}),
  };
}

/** Parses `neutral, smile (smiling, warm), sad` into names and alias → name. */
function parseExpressions(text: string): { expressions: string[]; aliases: Record<string, string> } {
  const expressions: string[] = [];
  const aliases: Record<string, string> = {};
  for (const match of text.matchAll(/([a-z0-9-]+)\s*(?:\(([^)]*)\))?/g)) {
    const name = match[1]!;
    expressions.push(name);
    for (const alias of (match[2] ?? '').split(',')) {
      if (alias.trim()) aliases[alias.trim()] = name;
    }
  }
  return { expressions, aliases };
}

/** Reads a route block. */
export function readRoute(block: RawBlock, report: (d: Diagnostic) => void): Route {
  const fields = readFields(block, report);
  const color = fields.required('color');
  const colorField = fields.get('color');
  if (colorField && color && !COLOR.test(color)) fields.error(colorField, `'${color}' is not a colour`, 'write it as #rrggbb');
  return { id: block.id, file: block.file, line: block.line, name: fields.required('name'), color, summary: fields.required('summary') };
}

/** Reads the captions block: sound key → caption. */
export function readCaptions(block: RawBlock, report: (d: Diagnostic) => void, assets?: AssetIndex): Record<string, string> {
  const captions: Record<string, string> = {};
  for (const field of block.fields) {
    if (field.value === '') report({ file: block.file, line: field.line, col: 1, severity: 'error', message: `the caption for '${field.key}' is empty` });
    captions[field.key] = field.value;
    if (assets && !assets.sfx.has(field.key) && !assets.ambience.has(field.key)) {
      const hint = didYouMean(field.key, [...assets.sfx, ...assets.ambience]) ?? 'captions are for the sounds under assets/audio/sfx/ and assets/audio/ambience/';
      report({ file: block.file, line: field.line, col: 1, severity: 'error', message: `caption for '${field.key}', which is neither a sound effect nor an ambience`, hint });
    }
  }
  return captions;
}
