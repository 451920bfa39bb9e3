/** The search index of a story's dossiers: every name, alias and fact wording, folded once per graph. */
import type { Alias, Fact, StoryGraph } from '../story/types.ts';
import { fold, type Folded } from './normalize.ts';

/** A searchable text of an entry, with what visibility needs to decide whether it may match. */
export type SearchTerm = {
  readonly dossier: string;
  readonly folded: Folded;
  /** The folded text's distinct words, for typo-tolerant matching. */
  readonly words: readonly string[];
} & (
  | { readonly field: 'name' }
  | { readonly field: 'alias'; readonly alias: Alias }
  /** `route` is the wording's route, '' for the common wording. */
  | { readonly field: 'fact'; readonly fact: Fact; readonly route: string }
);

/** Every searchable text of a graph's dossiers, folded, and the distinct words of the fact wordings. */
export interface SearchIndex {
  readonly terms: readonly SearchTerm[];
  /** Each distinct word once, so a typo is looked up against the vocabulary, not every wording. */
  readonly vocabulary: readonly string[];
}

function folding(text: string): { folded: Folded; words: string[] } {
  const folded = fold(text);
  return { folded, words: [...new Set(folded.text.split(' '))].filter((w) => w !== '') };
}

/** Folds every name, alias and fact wording of a graph once, so typing a query is cheap. */
export function buildSearchIndex(graph: StoryGraph): SearchIndex {
  const terms: SearchTerm[] = [];
  for (const dossier of Object.values(graph.dossiers)) {
    terms.push({ dossier: dossier.id, field: 'name', ...folding(dossier.name) });
    for (const alias of dossier.aliases) terms.push({ dossier: dossier.id, field: 'alias', alias, ...folding(alias.name) });
    for (const fact of dossier.facts) {
      terms.push({ dossier: dossier.id, field: 'fact', fact, route: '', ...folding(fact.text) });
      for (const [route, text] of Object.entries(fact.variants)) terms.push({ dossier: dossier.id, field: 'fact', fact, route, ...folding(text) });
    }
  }
  const vocabulary = [...new Set(terms.flatMap((t) => (t.field === 'fact' ? t.words : [])))];
  return { terms, vocabulary };
}
