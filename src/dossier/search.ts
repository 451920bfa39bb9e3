/**
 * Dossier search that finds what the garbled source article calls things: names, aliases (its
 * misspellings and the Japanese names), near-misses, and fact text, within the reader's spoiler tier.
 */
import { editDistance } from '../story/diagnostics.ts';
import type { Dossier, DossierCategory, StoryGraph, Tier } from '../story/types.ts';

/** One entry found, and why. */
export interface SearchHit {
  readonly dossier: string;
  readonly name: string;
  readonly category: DossierCategory;
  /** The name, alias or fact wording that matched. */
  readonly matched: string;
  readonly how: 'exact' | 'prefix' | 'contains' | 'close' | 'fact';
  readonly score: number;
}

/** Results, best first, and how many entries only a higher spoiler tier would have shown. */
export interface SearchResult {
  readonly hits: readonly SearchHit[];
  readonly hiddenBySpoilers: number;
}

/** Folds case, accents, width and punctuation so "Luju  Redstar!" finds "Luju Redstar". */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[・·'’"“”.,!?()[\]{}:;\-_/\\]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Candidate {
  readonly text: string;
  readonly tier: Tier;
  readonly fact: boolean;
}

function candidates(dossier: Dossier): Candidate[] {
  const factTier = Math.min(...dossier.facts.map((f) => f.tier)) as Tier;
  return [
    { text: dossier.name, tier: factTier, fact: false },
    ...dossier.aliases.map((a) => ({ text: a.name, tier: Math.max(a.tier, factTier) as Tier, fact: false })),
    ...dossier.facts.flatMap((f) => [f.text, ...Object.values(f.variants)].map((text) => ({ text, tier: f.tier, fact: true }))),
  ];
}

function score(query: string, candidate: Candidate): Pick<SearchHit, 'how' | 'score'> | undefined {
  const text = normalize(candidate.text);
  if (candidate.fact) return query.length >= 3 && text.includes(query) ? { how: 'fact', score: 20 } : undefined;
  if (text === query) return { how: 'exact', score: 100 };
  const words = text.split(' ');
  if (text.startsWith(query) || words.some((w) => w.startsWith(query))) return query.length >= 2 ? { how: 'prefix', score: 80 } : undefined;
  if (query.length >= 3 && text.includes(query)) return { how: 'contains', score: 60 };
  const tolerance = query.length >= 8 ? 2 : query.length >= 4 ? 1 : 0;
  if (tolerance > 0 && [text, ...words].some((w) => editDistance(w, query) <= tolerance)) return { how: 'close', score: 40 };
  return undefined;
}

/** Searches every dossier entry; matches above `maxTier` are not shown, only counted. */
export function searchDossiers(graph: StoryGraph, query: string, options: { maxTier: Tier }): SearchResult {
  const q = normalize(query);
  if (q === '') return { hits: [], hiddenBySpoilers: 0 };
  const hits: SearchHit[] = [];
  let hiddenBySpoilers = 0;
  for (const dossier of Object.values(graph.dossiers)) {
    let best: SearchHit | undefined;
    let hidden = false;
    for (const candidate of candidates(dossier)) {
      const match = score(q, candidate);
      if (!match) continue;
      if (candidate.tier > options.maxTier) {
        hidden = true;
        continue;
      }
      if (!best || match.score > best.score) {
        best = { dossier: dossier.id, name: dossier.name, category: dossier.category, matched: candidate.text, ...match };
      }
    }
    if (best) hits.push(best);
    else if (hidden) hiddenBySpoilers += 1;
  }
  hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return { hits, hiddenBySpoilers };
}
