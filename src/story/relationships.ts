/** Relationships between dossier entries: `relation` lines checked against every dossier and fact. */
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean } from './diagnostics.ts';
import type { DossierRelation } from './dossier-block.ts';
import type { Dossier, Fact, Relationship } from './types.ts';

/** Resolves written relations into relationships, each at the tier of the fact that reveals it; reports bad names and repeats. */
export function resolveRelationships(
  written: readonly DossierRelation[],
  dossiers: ReadonlyMap<string, Dossier>,
  report: (d: Diagnostic) => void,
): Relationship[] {
  const relationships: Relationship[] = [];
  const first = new Map<string, DossierRelation>();
  for (const relation of written) {
    const error = (col: number, message: string, hint?: string): void =>
      report({ file: relation.file, line: relation.line, col, severity: 'error', message, ...(hint ? { hint } : {}) });
    if (relation.to === relation.from) {
      error(relation.toCol, `dossier '${relation.from}' has a relation to itself`, 'a relation links two different entries');
      continue;
    }
    if (!dossiers.has(relation.to)) {
      error(relation.toCol, `unknown dossier '${relation.to}'`, didYouMean(relation.to, dossiers.keys()) ?? 'relations link two dossier entries by id');
      continue;
    }
    const fact = revealingFact(relation, dossiers, error);
    if (!fact) continue;
    const key = `${relation.from} ${relation.to}`;
    const earlier = first.get(key);
    if (earlier) {
      error(relation.toCol, `a second relation from '${relation.from}' to '${relation.to}'`, `the first is at ${earlier.file}:${earlier.line}; say both in one label`);
      continue;
    }
    first.set(key, relation);
    relationships.push({
      from: relation.from,
      to: relation.to,
      label: relation.label,
      tier: fact.fact.tier,
      revealedBy: `${fact.dossier}.${fact.fact.id}`,
      file: relation.file,
      line: relation.line,
    });
  }
  return relationships;
}

/** The fact named by `(fact id)` or `(fact dossier.id)`, or undefined after reporting why not. */
function revealingFact(
  relation: DossierRelation,
  dossiers: ReadonlyMap<string, Dossier>,
  error: (col: number, message: string, hint?: string) => void,
): { dossier: string; fact: Fact } | undefined {
  const dot = relation.fact.indexOf('.');
  const dossierId = dot === -1 ? relation.from : relation.fact.slice(0, dot);
  const factId = dot === -1 ? relation.fact : relation.fact.slice(dot + 1);
  const dossier = dossiers.get(dossierId);
  if (!dossier) {
    error(relation.factCol, `unknown dossier '${dossierId}'`, didYouMean(dossierId, dossiers.keys()));
    return undefined;
  }
  const fact = dossier.facts.find((f) => f.id === factId);
  if (!fact) {
    const known = dossier.facts.map((f) => f.id);
    error(relation.factCol + dot + 1, `dossier '${dossierId}' has no fact '${factId}'`, didYouMean(factId, known) ?? `its facts: ${known.join(', ')}`);
    return undefined;
  }
  return { dossier: dossierId, fact };
}
