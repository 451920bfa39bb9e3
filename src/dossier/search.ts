/**
 * Dossier search that finds what the garbled source article calls things: names, aliases (its
 * misspellings and the Japanese names), near-misses, and the text of facts the reader may see.
 * It searches only what visibility.ts lets the reader see, and never counts or hints at the rest.
 */
import type { DossierCategory } from '../story/types.ts';
import { CATEGORY_LABELS } from './labels.ts';
import { fold, sourceRange, type Folded } from './normalize.ts';
import type { SearchTerm } from './search-index.ts';
import { makeQuery, matchFact, matchName, type Match, type MatchKind, type Query } from './search-match.ts';
import { aliasShown, entryState, wordingShown, type Visibility } from './visibility.ts';

// A name beats an alias beats a fact at the same kind of match.
const FIELD_BONUS = { name: 2, alias: 1, fact: 0 } as const;

/** Characters of a query that are searched; the rest is ignored, so any paste stays fast. */
export const MAX_QUERY_LENGTH = 80;

/** One entry found, and the best reason why. */
export interface SearchHit {
  readonly dossier: string;
  readonly name: string;
  readonly category: DossierCategory;
  readonly portrait?: string;
  /** What matched: the entry's name, one of its aliases, or a fact's wording. */
  readonly field: 'name' | 'alias' | 'fact';
  readonly how: MatchKind;
  /** The name or alias that matched, or a snippet of the fact around the match. */
  readonly matched: string;
  /** The matching part of `matched`, for a highlight: start and end (exclusive), in UTF-16 units. */
  readonly highlight: { readonly start: number; readonly end: number };
  /** The fact whose wording matched. */
  readonly fact?: string;
  readonly score: number;
  /** What a screen reader says for the result. */
  readonly label: string;
}

/** Results, best first. */
export interface SearchResult {
  /** The query as searched (folded), '' when there is nothing to search for. */
  readonly query: string;
  /** True when the query was longer than `MAX_QUERY_LENGTH` and only its start was searched. */
  readonly truncated: boolean;
  readonly hits: readonly SearchHit[];
  /** One sentence for a live region: "3 entries match." */
  readonly summary: string;
}

function prepare(raw: string, vocabulary: readonly string[]): { query: Query; truncated: boolean } {
  // Slicing UTF-16 units first bounds the work on a huge paste before splitting into code points.
  const points = Array.from(raw.slice(0, MAX_QUERY_LENGTH * 2)).slice(0, MAX_QUERY_LENGTH);
  const text = fold(points.join('')).text;
  const truncated = points.length === MAX_QUERY_LENGTH && raw.length > points.join('').length;
  return { query: makeQuery(text, vocabulary), truncated };
}

function visible(vis: Visibility, term: SearchTerm): boolean {
  if (entryState(vis, term.dossier) !== 'listed') return false;
  if (term.field === 'name') return true;
  if (term.field === 'alias') return aliasShown(vis, term.dossier, term.alias);
  return wordingShown(vis, term.dossier, term.fact, term.route);
}

/** A window of the text around the match, cut at word boundaries, with the match's place in it. */
function snippet(folded: Folded, match: Match): { text: string; highlight: { start: number; end: number } } {
  const source = folded.source;
  const range = sourceRange(folded, match.start, match.length);
  let from = Math.max(0, range.start - 50);
  let to = Math.min(source.length, range.end + 70);
  if (from > 0) from = Math.min(range.start, source.indexOf(' ', from) + 1 || range.start);
  if (to < source.length) to = Math.max(range.end, source.lastIndexOf(' ', to));
  const before = from > 0 ? '…' : '';
  const text = `${before}${source.slice(from, to).trim()}${to < source.length ? '…' : ''}`;
  const start = range.start - from + before.length;
  return { text, highlight: { start, end: start + range.end - range.start } };
}

function hitFor(vis: Visibility, term: SearchTerm, match: Match): SearchHit {
  const entry = vis.model.graph.dossiers[term.dossier]!;
  const where = `${entry.name}, ${CATEGORY_LABELS[entry.category].toLowerCase()}`;
  const shown = term.field === 'fact' ? snippet(term.folded, match) : { text: term.folded.source, highlight: sourceRange(term.folded, match.start, match.length) };
  const label = term.field === 'name' ? where : term.field === 'alias' ? `${where}, also called ${shown.text}` : `${where}, in a fact: ${shown.text}`;
  return {
    dossier: entry.id,
    name: entry.name,
    category: entry.category,
    ...(entry.portrait ? { portrait: entry.portrait } : {}),
    field: term.field,
    how: match.how,
    matched: shown.text,
    highlight: shown.highlight,
    ...(term.field === 'fact' ? { fact: term.fact.id } : {}),
    score: match.score + FIELD_BONUS[term.field],
    label,
  };
}

/** Searches the entries a reader may see, by name, alias and visible fact text, forgiving small typos. */
export function searchDossiers(vis: Visibility, rawQuery: string): SearchResult {
  const { query, truncated } = prepare(rawQuery, vis.model.search.vocabulary);
  if (query.text === '') return { query: '', truncated, hits: [], summary: '' };
  const best = new Map<string, { term: SearchTerm; match: Match; score: number }>();
  for (const term of vis.model.search.terms) {
    if (!visible(vis, term)) continue;
    const match = term.field === 'fact' ? matchFact(query, term) : matchName(query, term);
    if (!match) continue;
    const score = match.score + FIELD_BONUS[term.field];
    const current = best.get(term.dossier);
    if (!current || score > current.score) best.set(term.dossier, { term, match, score });
  }
  const order = new Map(vis.model.entryOrder.map((id, i) => [id, i]));
  const hits = [...best.values()]
    .map(({ term, match }) => hitFor(vis, term, match))
    .sort((a, b) => b.score - a.score || order.get(a.dossier)! - order.get(b.dossier)!);
  const summary = hits.length === 0 ? 'No entries match.' : `${hits.length} ${hits.length === 1 ? 'entry matches' : 'entries match'}.`;
  return { query: query.text, truncated, hits, summary };
}
