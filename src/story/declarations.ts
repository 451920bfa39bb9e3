/** The declarations beats refer to: the story block, the cast, routes, captions and dossiers. */
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean } from './diagnostics.ts';
import type { RawBlock } from './blocks.ts';
import { parseFacts, type ParsedRelation } from './dossier.ts';
import { readFields } from './fields.ts';
import type { AssetIndex } from './assets.ts';
import {
  DOSSIER_CATEGORIES,
  type Alias,
  type Character,
  type Dossier,
  type DossierCategory,
  type Fact,
  type Route,
  type Tier,
} from './types.ts';

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
      const hint = didYouMean(field.key, [...assets.sfx, ...assets.ambience]);
      report({ file: block.file, line: field.line, col: 1, severity: 'error', message: `caption for '${field.key}', which is neither a sound effect nor an ambience`, ...(hint ? { hint } : {}) });
    }
  }
  return captions;
}

/** A relation as written in a dossier, with the dossier it starts from. */
export interface DossierRelation extends ParsedRelation {
  readonly from: string;
  readonly file: string;
}

/** Reads a dossier block: the entry with its facts, and the relations written in it (names still unchecked). */
export function readDossier(block: RawBlock, report: (d: Diagnostic) => void, assets?: AssetIndex): { dossier: Dossier; relations: DossierRelation[] } {
  const fields = readFields(block, report);
  const category = fields.required('category');
  const categoryField = fields.get('category');
  if (categoryField && category && !(DOSSIER_CATEGORIES as readonly string[]).includes(category)) {
    fields.error(categoryField, `unknown category '${category}'`, didYouMean(category, DOSSIER_CATEGORIES) ?? `categories: ${DOSSIER_CATEGORIES.join(', ')}`);
  }
  const aliases: Alias[] = [];
  for (const field of block.fields) {
    const tier = field.key === 'aliases' ? 0 : /^aliases tier (\d)$/.exec(field.key)?.[1];
    if (tier === undefined) continue;
    if (Number(tier) > 3) fields.error(field, `tier ${tier} does not exist`, 'tiers are 0 to 3');
    for (const name of field.value.split(',')) {
      if (name.trim()) aliases.push({ name: name.trim(), tier: Number(tier) as Tier });
    }
  }
  const portrait = fields.optional('portrait');
  const portraitField = fields.get('portrait');
  if (assets && portrait && portraitField && !assets.sprites.has(portrait)) {
    fields.error(portraitField, `no image for portrait '${portrait}'`, didYouMean(portrait, assets.sprites));
  }
  const parsed = parseFacts(block.body, block.file, report);
  const facts: Fact[] = parsed.facts.map((fact) => ({
    id: fact.id,
    file: block.file,
    line: fact.line,
    source: fact.source,
    tier: fact.tier,
    text: fact.text,
    variants: fact.variants,
  }));
  if (facts.length === 0) report({ file: block.file, line: block.line, col: 1, severity: 'error', message: `dossier '${block.id}' has no facts`, hint: "add 'fact id (source, tier N):' with its text indented below" });
  const seen = new Set<string>();
  for (const fact of facts) {
    if (seen.has(fact.id)) report({ file: block.file, line: fact.line, col: 6, severity: 'error', message: `duplicate fact id '${fact.id}' in dossier '${block.id}'` });
    seen.add(fact.id);
  }
  const dossier: Dossier = {
    id: block.id,
    file: block.file,
    line: block.line,
    name: fields.required('name'),
    category: (category || 'terms') as DossierCategory,
    aliases,
    ...(portrait ? { portrait } : {}),
    facts,
  };
  return { dossier, relations: parsed.relations.map((r) => ({ ...r, from: block.id, file: block.file })) };
}
