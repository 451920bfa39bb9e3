/** The dossier index as the screen shows it: categories, entry cards with counts and "new" badges. */
import { DOSSIER_CATEGORIES, type DossierCategory } from '../story/types.ts';
import { CATEGORY_LABELS, plural } from './labels.ts';
import { factKey } from './model.ts';
import { entryState, type Visibility } from './visibility.ts';

/** One entry in the index. */
export interface EntryCard {
  readonly id: string;
  readonly name: string;
  readonly category: DossierCategory;
  /** Character image key, for people that have one. */
  readonly portrait?: string;
  /** Facts found, and facts shown in all (found, revealed or redacted; hidden ones are not counted). */
  readonly found: number;
  readonly total: number;
  /** Found facts the reader has not looked at yet. */
  readonly newCount: number;
  readonly isNew: boolean;
  /** Counts in words: "3 of 5 facts found". */
  readonly countText: string;
  /** What a screen reader says for the card: "Sarah Fitzgerald, 3 of 5 facts found, 2 new". */
  readonly label: string;
}

/** A category of the index; `entries` is empty when nothing of it is shown yet. */
export interface CategorySection {
  readonly category: DossierCategory;
  readonly title: string;
  readonly entries: readonly EntryCard[];
  /** Shown (and read) when `entries` is empty. */
  readonly emptyText: string;
}

/** The whole index. */
export interface DossierIndexView {
  readonly categories: readonly CategorySection[];
  readonly found: number;
  readonly total: number;
  readonly newCount: number;
  /** One sentence for screen readers: "12 entries; 30 of 61 facts found; 4 new." */
  readonly summary: string;
}

/** Counts of one entry: found, shown, new. */
export function entryCounts(vis: Visibility, dossier: string): { found: number; total: number; newCount: number } {
  let found = 0;
  let total = 0;
  let newCount = 0;
  for (const fact of vis.model.facts.get(dossier) ?? []) {
    const key = factKey(dossier, fact.id);
    const state = vis.facts.get(key);
    if (state === undefined || state === 'hidden') continue;
    total += 1;
    if (state === 'found') found += 1;
    if (vis.unseen.has(key)) newCount += 1;
  }
  return { found, total, newCount };
}

/** An entry's card; undefined when the entry is not listed at this level. */
export function entryCard(vis: Visibility, dossier: string): EntryCard | undefined {
  const entry = vis.model.graph.dossiers[dossier];
  if (!entry || entryState(vis, dossier) !== 'listed') return undefined;
  const { found, total, newCount } = entryCounts(vis, dossier);
  const countText = `${found} of ${plural(total, 'fact')} found`;
  return {
    id: entry.id,
    name: entry.name,
    category: entry.category,
    ...(entry.portrait ? { portrait: entry.portrait } : {}),
    found,
    total,
    newCount,
    isNew: newCount > 0,
    countText,
    label: `${entry.name}, ${countText}${newCount > 0 ? `, ${newCount} new` : ''}`,
  };
}

/** The index: categories in `DOSSIER_CATEGORIES` order, entries in story order, with counts and badges. */
export function indexView(vis: Visibility): DossierIndexView {
  const cards = vis.model.entryOrder.map((id) => entryCard(vis, id)).filter((c) => c !== undefined);
  const categories = DOSSIER_CATEGORIES.map((category) => ({
    category,
    title: CATEGORY_LABELS[category],
    entries: cards.filter((c) => c.category === category),
    emptyText: `No ${CATEGORY_LABELS[category].toLowerCase()} yet: entries appear as you read.`,
  }));
  const sum = (pick: (c: EntryCard) => number): number => cards.reduce((n, c) => n + pick(c), 0);
  const found = sum((c) => c.found);
  const total = sum((c) => c.total);
  const newCount = sum((c) => c.newCount);
  return {
    categories,
    found,
    total,
    newCount,
    summary: `${plural(cards.length, 'entry', 'entries')}; ${found} of ${plural(total, 'fact')} found${newCount > 0 ? `; ${newCount} new` : ''}.`,
  };
}
