/** The words the dossier screen shows for categories, sources, tiers and spoiler levels. */
import type { SpoilerLevel } from '../storage/settings.ts';
import type { DossierCategory, FactSource, StoryGraph, Tier } from '../story/types.ts';

/** A category's heading on the dossier screen. */
export const CATEGORY_LABELS: Readonly<Record<DossierCategory, string>> = {
  people: 'People',
  terms: 'Terms',
  places: 'Places',
  factions: 'Factions',
  production: 'Production',
};

/** Where a fact comes from, in words: the episode, the synopsis, production, or our own dramatisation. */
export const SOURCE_LABELS: Readonly<Record<FactSource, string>> = {
  synopsis: 'From the official synopsis',
  episode: 'Seen in the episode',
  production: 'Production and broadcast',
  dramatized: 'Our dramatisation',
};

/** A spoiler tier, in words. */
export const TIER_LABELS: Readonly<Record<Tier, string>> = {
  0: 'In the synopsis',
  1: 'In Act 1, kept out of the synopsis',
  2: "Act 1's twist and ending",
  3: 'Later episodes',
};

/** A spoiler level's name and what it promises, for the setting that chooses it. */
export const SPOILER_LEVEL_LABELS: Readonly<Record<SpoilerLevel, { readonly name: string; readonly description: string }>> = {
  read: { name: "Only what I've read", description: 'Facts you have found; the rest stay redacted or hidden.' },
  act1: { name: 'Everything in Act 1', description: 'Every fact of Act 1, twist and ending included, found or not.' },
  later: { name: 'Later episodes too', description: 'Also notes about later episodes (spoilers beyond Act 1).' },
};

/** A side of the night as the screen shows it; `id: null` is the wording shared by every side. */
export interface RouteTag {
  readonly id: string | null;
  readonly name: string;
  readonly color: string | null;
}

/** The label of the wording no route has its own version of. */
export const COMMON_WORDING = 'The general account';

/** A route's tag by id; '' and routes the script no longer has read as the common wording. */
export function routeTag(graph: StoryGraph, route: string): RouteTag {
  const found = graph.routes[route];
  return found ? { id: found.id, name: found.name, color: found.color } : { id: null, name: COMMON_WORDING, color: null };
}

/** "1 fact" / "3 facts". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
