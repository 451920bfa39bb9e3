/** Dossier bodies: `fact id (source, tier N):` sections with indented text and `route id:` variants, and `relation` lines. */
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean } from './diagnostics.ts';
import { isId, type SourceLine } from './blocks.ts';
import { FACT_SOURCES, type FactSource, type Tier } from './types.ts';

/** A fact as written, before route names are checked. */
export interface ParsedFact {
  readonly id: string;
  /** Where the id is written, for diagnostics about it. */
  readonly idCol: number;
  readonly source: FactSource;
  readonly tier: Tier;
  readonly line: number;
  text: string;
  readonly variants: Record<string, string>;
  /** Where each variant starts, for diagnostics about unknown routes. */
  readonly variantLines: Record<string, { line: number; col: number }>;
}

/** A `relation other-dossier: label (fact fact-id)` line as written, before its names are checked. */
export interface ParsedRelation {
  readonly to: string;
  readonly label: string;
  /** The revealing fact as written: `fact-id` (of this dossier) or `dossier-id.fact-id`. */
  readonly fact: string;
  readonly line: number;
  readonly toCol: number;
  readonly factCol: number;
}

const RELATION = /^relation\s+(\S+?)\s*:\s*(.*?)\s*\(\s*fact\s+([^)\s]+)\s*\)\s*$/;
const FACT = /^fact\s+(\S+)\s*\(\s*([a-z]+)\s*,\s*tier\s+(\d+)\s*\)\s*:\s*(.*)$/;
const VARIANT = /^route\s+([a-z0-9-]+)\s*:\s*(.*)$/;

/** Parses the facts and relations of a dossier body. */
export function parseFacts(body: readonly SourceLine[], file: string, report: (d: Diagnostic) => void): { facts: ParsedFact[]; relations: ParsedRelation[] } {
  const facts: ParsedFact[] = [];
  const relations: ParsedRelation[] = [];
  let current: ParsedFact | undefined;
  let afterRelation = false;
  let brokenFact = false; // under a fact header reported unreadable: its text is skipped
  let variant: string | undefined;
  const error = (line: number, col: number, message: string, hint?: string): void =>
    report({ file, line, col, severity: 'error', message, ...(hint ? { hint } : {}) });
  const append = (text: string): void => {
    if (!current) return;
    if (variant === undefined) current.text = join(current.text, text);
    else current.variants[variant] = join(current.variants[variant] ?? '', text);
  };

  for (const source of body) {
    if (source.text === '') continue;
    if (source.text.startsWith('fact')) {
      current = parseFactHeader(source, error);
      variant = undefined;
      afterRelation = false;
      brokenFact = current === undefined;
      if (current) facts.push(current);
      continue;
    }
    if (source.text.startsWith('relation ') && (source.indent === 0 || RELATION.test(source.text))) {
      const relation = parseRelation(source, error);
      if (relation) relations.push(relation);
      afterRelation = true;
      brokenFact = false;
      continue;
    }
    if (afterRelation && source.indent > 0) {
      error(source.line, source.indent + 1, 'indented text after a relation line', "a fact's text goes right under its 'fact …:' line; relations come after it");
      continue;
    }
    if (brokenFact && source.indent > 0) continue;
    if (!current) {
      error(source.line, source.indent + 1, "expected a fact: 'fact id (source, tier N):'");
      continue;
    }
    if (source.indent === 0) {
      error(source.line, 1, "a fact's text must be indented under its 'fact …:' line");
      continue;
    }
    const route = VARIANT.exec(source.text);
    if (route) {
      variant = route[1]!;
      if (current.variants[variant] !== undefined) error(source.line, source.indent + 1, `fact '${current.id}' already has a wording for route '${variant}'`, 'say it once: one wording per route');
      current.variants[variant] = route[2]!.trim();
      current.variantLines[variant] = { line: source.line, col: source.indent + 1 + source.text.indexOf(variant, 5) };
      continue;
    }
    append(source.text);
  }
  for (const fact of facts) {
    if (fact.text === '') error(fact.line, fact.idCol, `fact '${fact.id}' has no text`, "indent its text under the 'fact …:' line");
    for (const [route, text] of Object.entries(fact.variants)) {
      if (text === '') error(fact.variantLines[route]!.line, fact.variantLines[route]!.col, `the '${route}' wording of fact '${fact.id}' has no text`, 'write it after the colon, or leave the line out');
    }
  }
  return { facts, relations };
}

function parseRelation(
  source: SourceLine,
  error: (line: number, col: number, message: string, hint?: string) => void,
): ParsedRelation | undefined {
  const match = RELATION.exec(source.text);
  const at = (text: string, from = 0): number => source.indent + 1 + source.text.indexOf(text, from);
  if (!match) {
    error(source.line, source.indent + 1, "a relation must look like 'relation dossier-id: label (fact fact-id)'", "name the fact that reveals it: '(fact patron)', or '(fact other-dossier.fact-id)'");
    return undefined;
  }
  const [, to = '', label = '', fact = ''] = match;
  const toCol = at(to, 'relation'.length);
  if (!isId(to)) {
    error(source.line, toCol, `'${to}' is not a dossier id`, 'ids are lowercase words joined by -');
    return undefined;
  }
  if (label === '') {
    error(source.line, toCol + to.length, `the relation to '${to}' has no label`, "say how this entry stands to it: 'relation hermann-hayward: patron and lover (fact patron)'");
    return undefined;
  }
  return { to, label, fact, line: source.line, toCol, factCol: at(fact, source.text.lastIndexOf('(')) };
}

function parseFactHeader(
  source: SourceLine,
  error: (line: number, col: number, message: string, hint?: string) => void,
): ParsedFact | undefined {
  const match = FACT.exec(source.text);
  if (!match) {
    error(source.line, source.indent + 1, "a fact must start 'fact id (source, tier N):'", `sources: ${FACT_SOURCES.join(', ')}`);
    // Keep a fact whose id can be read, so its unlocks are not reported as well.
    const id = /^fact\s+([a-z0-9][a-z0-9-]*)\b/.exec(source.text)?.[1];
    const idCol = source.indent + 1 + source.text.indexOf(id ?? '', 4);
    return id === undefined ? undefined : { id, idCol, source: 'dramatized', tier: 0, line: source.line, text: '', variants: {}, variantLines: {} };
  }
  const [, id = '', sourceTag = '', tierText = '', rest = ''] = match;
  const idCol = source.indent + 1 + source.text.indexOf(id, 4);
  if (!isId(id)) {
    error(source.line, idCol, `'${id}' is not a valid fact id`, 'ids are lowercase words joined by -');
    return undefined;
  }
  // A wrong source or tier is reported, and the fact kept, so its unlocks are not reported too.
  if (!(FACT_SOURCES as readonly string[]).includes(sourceTag)) {
    const col = source.indent + 1 + source.text.indexOf(sourceTag, source.text.indexOf('('));
    error(source.line, col, `unknown fact source '${sourceTag}'`, didYouMean(sourceTag, FACT_SOURCES) ?? `sources: ${FACT_SOURCES.join(', ')}`);
  }
  const tier = (Number(tierText) > 3 ? 0 : Number(tierText)) as Tier;
  const tierCol = source.indent + 1 + source.text.search(/tier\s+\d/);
  if (Number(tierText) > 3) {
    error(source.line, tierCol, `tier ${tierText} does not exist`, 'tiers are 0 to 3');
  } else if (sourceTag === 'episode' && tier === 0) {
    error(source.line, tierCol, `fact '${id}' is seen in the episode, so it cannot be tier 0: tier 0 is what the synopsis gives away`, "make it tier 1, or source it 'synopsis' if the synopsis says it");
  }
  return { id, idCol, source: sourceTag as FactSource, tier, line: source.line, text: rest.trim(), variants: {}, variantLines: {} };
}

function join(a: string, b: string): string {
  return a === '' ? b.trim() : `${a} ${b.trim()}`;
}
