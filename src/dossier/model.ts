/**
 * What the dossier screens need from a story graph, worked out once per graph: facts in story
 * order, where each fact is unlocked (for "where to look" hints), each entry's tier, and the search
 * index. Everything that depends on the reader (progress, spoiler level) lives in visibility.ts.
 */
import { effectsOf } from '../story/checks.ts';
import type { Dossier, Fact, StoryGraph, Tier } from '../story/types.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

/** A beat that unlocks a fact: what a hint may say about it. */
export interface UnlockPlace {
  readonly beat: string;
  readonly title: string;
  readonly tier: Tier;
  /** The route the beat belongs to; absent for beats every side of the night shares. */
  readonly route?: string;
}

/** The per-graph half of the dossiers: build it once with `buildDossierModel` and keep it with the graph. */
export interface DossierModel {
  readonly graph: StoryGraph;
  /** Dossier ids in story order: by the first fact of each the script unlocks. */
  readonly entryOrder: readonly string[];
  /** Each dossier's facts in story order (the order the script unlocks them). */
  readonly facts: ReadonlyMap<string, readonly Fact[]>;
  /** The tier at which an entry's existence is known: its lowest fact tier. */
  readonly entryTier: ReadonlyMap<string, Tier>;
  /** Where each fact (`dossier.fact`) is unlocked, in story order. */
  readonly places: ReadonlyMap<string, readonly UnlockPlace[]>;
  readonly search: SearchIndex;
}

/** The key a fact is found under in `Progress.facts`: `dossier.fact`. */
export function factKey(dossier: string, fact: string): string {
  return `${dossier}.${fact}`;
}

function unlockPlaces(graph: StoryGraph): Map<string, UnlockPlace[]> {
  const places = new Map<string, UnlockPlace[]>();
  for (const id of graph.beatOrder) {
    const beat = graph.beats[id];
    if (!beat) continue;
    for (const effect of effectsOf(beat)) {
      if (effect.kind !== 'unlock') continue;
      const key = factKey(effect.dossier, effect.fact);
      const list = places.get(key) ?? [];
      if (list.some((p) => p.beat === beat.id)) continue;
      list.push({ beat: beat.id, title: beat.title, tier: beat.tier, ...(beat.route ? { route: beat.route } : {}) });
      places.set(key, list);
    }
  }
  return places;
}

function inStoryOrder(dossier: Dossier, rank: ReadonlyMap<string, number>): Fact[] {
  const order = (f: Fact): number => rank.get(factKey(dossier.id, f.id)) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable: facts nothing unlocks keep their written order, last.
  return [...dossier.facts].sort((a, b) => order(a) - order(b));
}

/** Works out the per-graph part of the dossiers: story order, unlock places, entry tiers, search index. */
export function buildDossierModel(graph: StoryGraph): DossierModel {
  const places = unlockPlaces(graph);
  const rank = new Map([...places.keys()].map((key, i) => [key, i]));
  const facts = new Map<string, readonly Fact[]>();
  const entryTier = new Map<string, Tier>();
  const first = new Map<string, number>();
  for (const dossier of Object.values(graph.dossiers)) {
    const ordered = inStoryOrder(dossier, rank);
    facts.set(dossier.id, ordered);
    entryTier.set(dossier.id, Math.min(3, ...ordered.map((f) => f.tier)) as Tier);
    first.set(dossier.id, Math.min(Number.MAX_SAFE_INTEGER, ...ordered.map((f) => rank.get(factKey(dossier.id, f.id)) ?? Number.MAX_SAFE_INTEGER)));
  }
  const entryOrder = Object.keys(graph.dossiers).sort((a, b) => first.get(a)! - first.get(b)!);
  return { graph, entryOrder, facts, entryTier, places, search: buildSearchIndex(graph) };
}
