/** How a folded query matches one folded name or fact wording: exact, prefix, contained, all words, or close (a typo away). */
import type { SearchTerm } from './search-index.ts';

/** How a text matched, best first. */
export const MATCH_KINDS = ['exact', 'prefix', 'contains', 'words', 'close'] as const;
/** How a text matched. */
export type MatchKind = (typeof MATCH_KINDS)[number];

/** A match: how, how good, and where in the folded text (for highlighting). */
export interface Match {
  readonly how: MatchKind;
  readonly score: number;
  readonly start: number;
  readonly length: number;
}

/** A folded query, split into words, with the vocabulary's words a typo away from it (single-word queries of 5+ characters). */
export interface Query {
  readonly text: string;
  readonly words: readonly string[];
  readonly near: ReadonlySet<string>;
}

/** Folded query text made ready for matching against an index's vocabulary. */
export function makeQuery(text: string, vocabulary: readonly string[]): Query {
  const words = text === '' ? [] : text.split(' ');
  const near = words.length === 1 && text.length >= 5 ? new Set(vocabulary.filter((w) => boundedDistance(w, text, 1) <= 1)) : new Set<string>();
  return { text, words, near };
}

/** Edit distance between two words, or `limit + 1` as soon as it must exceed `limit`: typing stays cheap. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** Typos forgiven: none for short queries, one from 4 characters, two from 8. */
function tolerance(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** The smallest edit distance from the query to a run of the text's words, or to the start of one (typing in progress). */
function closeness(query: Query, words: readonly string[]): { distance: number; start: number; length: number } | undefined {
  const limit = tolerance(query.text.length);
  if (limit === 0) return undefined;
  let best: { distance: number; start: number; length: number } | undefined;
  let offset = 0;
  for (let i = 0; i + query.words.length <= words.length; i++) {
    const run = words.slice(i, i + query.words.length).join(' ');
    const typed = run.length > query.text.length ? run.slice(0, query.text.length) : undefined;
    for (const candidate of typed === undefined ? [run] : [run, typed]) {
      // A typo in a prefix is worth a little less than one in a whole word.
      const distance = boundedDistance(candidate, query.text, limit) + (candidate === typed ? 0.5 : 0);
      if (distance <= limit && (!best || distance < best.distance)) best = { distance, start: offset, length: candidate.length };
    }
    offset += words[i]!.length + 1;
  }
  return best;
}

/** Matches a query against a name or alias: whole, prefix, word prefix, contained, or a typo away. */
export function matchName(query: Query, term: SearchTerm): Match | undefined {
  const text = term.folded.text;
  const q = query.text;
  if (text === q) return { how: 'exact', score: 100, start: 0, length: q.length };
  if (text.startsWith(q)) return { how: 'prefix', score: 85, start: 0, length: q.length };
  const wordStart = text.indexOf(` ${q}`);
  if (wordStart >= 0) return { how: 'prefix', score: 75, start: wordStart + 1, length: q.length };
  const inside = q.length >= 3 ? text.indexOf(q) : -1;
  if (inside >= 0) return { how: 'contains', score: 60, start: inside, length: q.length };
  const close = closeness(query, text.split(' '));
  return close ? { how: 'close', score: 50 - 8 * close.distance, start: close.start, length: close.length } : undefined;
}

/** Matches a query against a fact's wording: the whole query, every word of it, or one word a typo away. */
export function matchFact(query: Query, term: SearchTerm): Match | undefined {
  const text = term.folded.text;
  if (query.text.length < 3) return undefined;
  const inside = text.indexOf(query.text);
  if (inside >= 0) return { how: 'contains', score: 30, start: inside, length: query.text.length };
  const positions = query.words.map((w) => (w.length >= 2 ? text.indexOf(w) : -1));
  if (query.words.length > 1 && positions.every((p) => p >= 0)) {
    return { how: 'words', score: 25, start: positions[0]!, length: query.words[0]!.length };
  }
  if (query.near.size === 0) return undefined;
  const word = term.words.find((w) => query.near.has(w));
  if (word === undefined) return undefined;
  return { how: 'close', score: 15, start: wordIndex(text, word), length: word.length };
}

/** Where a whole word starts in a folded text. */
function wordIndex(text: string, word: string): number {
  if (text.startsWith(`${word} `) || text === word) return 0;
  const at = text.indexOf(` ${word} `);
  return at >= 0 ? at + 1 : text.lastIndexOf(` ${word}`) + 1;
}
