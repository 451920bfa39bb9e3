/**
 * The one place that decides what the dossiers may show a reader. Every view model, search and
 * deep link asks here; nothing else compares tiers.
 *
 * Words used below:
 * - *found*: the fact is in `progress.facts` (the reader read the scene that unlocks it).
 * - *reached tier*: the highest tier among the beats the reader has entered and the facts found
 *   (0 for a reader who has read nothing).
 * - *ceiling*: the highest tier the level lets through: 'read' → the reached tier; 'act1' → 2
 *   (or the reached tier, if higher); 'later' → 3.
 *
 * The rules:
 * 1. A found fact is always shown, whatever its tier and level: the reader has read it. It shows
 *    the wording of every route it was read on, and nothing else at 'read'.
 * 2. A fact not found is
 *    - *revealed* (text shown, marked "not found yet", with a hint) at 'act1' and 'later' when its
 *      tier ≤ the ceiling;
 *    - *redacted* (a bar and a hint, never its text) at 'read' when its tier ≤ the reached tier;
 *    - *hidden* otherwise: not shown, not counted, not searchable.
 * 3. An entry is *listed* (index, search, graph, deep links open it) when a fact of it is found or
 *    revealed, or when its tier (its lowest fact tier) is 0: the synopsis names it, so a newcomer
 *    who read the article may look it up from the start. Otherwise it is *locked*: it exists, but a
 *    deep link to it asks before showing it. Its name, aliases and counts appear nowhere.
 *    Entry names are written spoiler-free for that reason ("The man in glasses", not "Jaron").
 * 4. An alias of a listed entry is shown (and searchable) once its tier ≤ the ceiling.
 * 5. A route's own wording of a fact is shown when it was read, or at 'act1'/'later' when the fact
 *    is shown at all (the compare view offers every side's telling there).
 * 6. A relationship is shown when both its entries are listed, its tier ≤ the ceiling, and the fact
 *    that reveals it is found (at 'read') or shown (at 'act1'/'later').
 * 7. Hints never name a beat above the ceiling: "in “The bridge”" becomes "later in the night".
 * 8. Counts ("3 of 5 found") count shown facts only (found + revealed + redacted), so a total never
 *    betrays how many hidden facts an entry has.
 */
import type { Progress } from '../progress/progress.ts';
import type { SpoilerLevel } from '../storage/settings.ts';
import type { Alias, Fact, Relationship, Tier } from '../story/types.ts';
import { factKey, type DossierModel } from './model.ts';

/** What may be shown of a fact. */
export type FactState = 'found' | 'revealed' | 'redacted' | 'hidden';
/** What may be shown of an entry: listed, locked (exists, needs confirmation), or not in the story. */
export type EntryState = 'listed' | 'locked' | 'unknown';

/** The decision for one reader at one spoiler level; build with `decideVisibility`, pass to every view. */
export interface Visibility {
  readonly model: DossierModel;
  readonly progress: Progress;
  readonly level: SpoilerLevel;
  readonly reached: Tier;
  readonly ceiling: Tier;
  /** `dossier.fact` → its state; every fact of the graph is here. */
  readonly facts: ReadonlyMap<string, FactState>;
  /** Dossier id → listed or locked. */
  readonly entries: ReadonlyMap<string, Exclude<EntryState, 'unknown'>>;
  /** Found facts the reader has not looked at yet ("new" badges). */
  readonly unseen: ReadonlySet<string>;
}

/** The highest tier a progress has reached: its beats and its found facts. */
export function reachedTier(model: DossierModel, progress: Progress): Tier {
  let tier = 0;
  for (const id of progress.beats) tier = Math.max(tier, model.graph.beats[id]?.tier ?? 0);
  for (const [dossier, facts] of model.facts) {
    for (const fact of facts) if (Object.hasOwn(progress.facts, factKey(dossier, fact.id))) tier = Math.max(tier, fact.tier);
  }
  return tier as Tier;
}

/** The ceiling a level puts on tiers, given the tier reached. */
export function ceilingFor(level: SpoilerLevel, reached: Tier): Tier {
  if (level === 'later') return 3;
  return level === 'act1' ? (Math.max(2, reached) as Tier) : reached;
}

function factState(fact: Fact, found: boolean, options: { level: SpoilerLevel; reached: Tier; ceiling: Tier }): FactState {
  if (found) return 'found';
  if (options.level !== 'read') return fact.tier <= options.ceiling ? 'revealed' : 'hidden';
  return fact.tier <= options.reached ? 'redacted' : 'hidden';
}

/** Decides, for a graph's model, a reader's progress and a spoiler level, what every entry and fact may show. */
export function decideVisibility(model: DossierModel, progress: Progress, level: SpoilerLevel): Visibility {
  const reached = reachedTier(model, progress);
  const ceiling = ceilingFor(level, reached);
  const facts = new Map<string, FactState>();
  const entries = new Map<string, 'listed' | 'locked'>();
  const seen = new Set(progress.seenFacts);
  const unseen = new Set<string>();
  for (const [dossier, list] of model.facts) {
    let listed = model.entryTier.get(dossier) === 0;
    for (const fact of list) {
      const key = factKey(dossier, fact.id);
      const state = factState(fact, Object.hasOwn(progress.facts, key), { level, reached, ceiling });
      facts.set(key, state);
      if (state === 'found' && !seen.has(key)) unseen.add(key);
      listed ||= state === 'found' || state === 'revealed';
    }
    entries.set(dossier, listed ? 'listed' : 'locked');
  }
  return { model, progress, level, reached, ceiling, facts, entries, unseen };
}

/** An entry's state; 'unknown' for ids the story does not have. */
export function entryState(vis: Visibility, dossier: string): EntryState {
  return vis.entries.get(dossier) ?? 'unknown';
}

/** A fact's state; 'hidden' for facts the story does not have. */
export function stateOf(vis: Visibility, dossier: string, fact: string): FactState {
  return vis.facts.get(factKey(dossier, fact)) ?? 'hidden';
}

/** True when an alias of this entry may be shown and searched. */
export function aliasShown(vis: Visibility, dossier: string, alias: Alias): boolean {
  return entryState(vis, dossier) === 'listed' && alias.tier <= vis.ceiling;
}

/** The routes a found fact was read on, as the wordings they showed: a route without its own wording read the common one (''). */
export function readWordings(vis: Visibility, dossier: string, fact: Fact): string[] {
  const routes = vis.progress.facts[factKey(dossier, fact.id)] ?? [];
  return [...new Set(routes.map((r) => (r !== '' && fact.variants[r] !== undefined ? r : '')))];
}

/** True when a fact's wording for a route ('' for the common one) may be shown (rule 5). */
export function wordingShown(vis: Visibility, dossier: string, fact: Fact, route: string): boolean {
  const state = stateOf(vis, dossier, fact.id);
  // Only 'act1' and 'later' reveal, and they show every telling of what they show.
  if (state === 'revealed') return true;
  return state === 'found' && (vis.level !== 'read' || readWordings(vis, dossier, fact).includes(route));
}

/** True when a relationship may be drawn and listed (rule 6). */
export function relationshipShown(vis: Visibility, relationship: Relationship): boolean {
  if (entryState(vis, relationship.from) !== 'listed' || entryState(vis, relationship.to) !== 'listed') return false;
  if (relationship.tier > vis.ceiling) return false;
  const state = vis.facts.get(relationship.revealedBy) ?? 'hidden';
  return state === 'found' || (vis.level !== 'read' && state === 'revealed');
}
