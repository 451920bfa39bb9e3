/** Dossier blocks: the entry's fields, its facts with their route wordings, and its relations. */
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean } from './diagnostics.ts';
import type { AssetIndex } from './assets.ts';
import type { RawBlock } from './blocks.ts';
import { parseFacts, type ParsedFact, type ParsedRelation } from './dossier.ts';
import { readFields } from './fields.ts';
import { DOSSIER_CATEGORIES, type Alias, type Dossier, type DossierCategory, type Fact, type Tier } from './types.ts';

/** A relation as written in a dossier, with the dossier it starts from. */
export interface DossierRelation extends ParsedRelation {
  readonly from: string;
  readonly file: string;
}

/** What reading a dossier needs: where to report, the assets (for portraits) and the route ids (for route wordings). */
export interface DossierContext {
  readonly report: (d: Diagnostic) => void;
  readonly routes: ReadonlySet<string>;
  readonly assets?: AssetIndex;
}

/** Reads a dossier block: the entry with its facts, and the relations written in it (names still unchecked). */
export function readDossier(block: RawBlock, context: DossierContext): { dossier: Dossier; relations: DossierRelation[] } {
  const { report, assets } = context;
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
    fields.error(portraitField, `no image for portrait '${portrait}'`, didYouMean(portrait, assets.sprites) ?? 'a portrait is a character image: assets/art/characters/<key>.svg');
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
  checkVariants(parsed.facts, block, context);
  const seen = new Map<string, number>();
  for (const fact of parsed.facts) {
    const first = seen.get(fact.id);
    if (first !== undefined) report({ file: block.file, line: fact.line, col: fact.idCol, severity: 'error', message: `duplicate fact id '${fact.id}' in dossier '${block.id}'`, hint: `the first is on line ${first}` });
    else seen.set(fact.id, fact.line);
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

/** Every route wording names a route that exists. */
function checkVariants(facts: readonly ParsedFact[], block: RawBlock, context: DossierContext): void {
  for (const fact of facts) {
    for (const [route, at] of Object.entries(fact.variantLines)) {
      if (context.routes.has(route)) continue;
      const hint = didYouMean(route, context.routes) ?? (context.routes.size > 0 ? `the routes are ${[...context.routes].join(', ')}` : "declare it with '=== route id ==='");
      context.report({ file: block.file, line: at.line, col: at.col, severity: 'error', message: `fact '${block.id}.${fact.id}' has a wording for unknown route '${route}'`, hint });
    }
  }
}
