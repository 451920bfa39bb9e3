/** One dossier entry as the screen shows it: its facts in story order, found, revealed or redacted. */
import type { DossierCategory, Fact, FactSource, Tier } from '../story/types.ts';
import { whereToFind } from './hints.ts';
import { entryCounts } from './index-view.ts';
import { CATEGORY_LABELS, SOURCE_LABELS, TIER_LABELS, routeTag, type RouteTag } from './labels.ts';
import { factKey } from './model.ts';
import { aliasShown, entryState, readWordings, stateOf, type Visibility } from './visibility.ts';

/** One telling of a fact, with the side of the night it was read on. */
export interface Wording {
  readonly route: RouteTag;
  readonly text: string;
}

/** What every fact view carries: its id, tier and source, in data and in words. */
export interface FactBase {
  readonly id: string;
  /** `dossier.fact`, as in `Progress.facts` and `seenFacts`. */
  readonly key: string;
  readonly tier: Tier;
  readonly tierLabel: string;
  readonly source: FactSource;
  readonly sourceLabel: string;
}

/** A fact the reader has found: every wording read, side by side when there are several. */
export interface FoundFactView extends FactBase {
  readonly kind: 'found';
  readonly isNew: boolean;
  /** One wording per route it was read on (at least one). */
  readonly wordings: readonly Wording[];
  /** The sides of the night it was learned on. */
  readonly learnedOn: readonly RouteTag[];
  /** True when the fact has route wordings: the compare view sets every side's telling side by side. */
  readonly canCompare: boolean;
}

/** A fact not found, shown in full because the spoiler level allows it. */
export interface RevealedFactView extends FactBase {
  readonly kind: 'revealed';
  readonly text: string;
  readonly hint: string;
  readonly canCompare: boolean;
}

/** A fact not found: a bar of about its length and a hint, never its text. */
export interface RedactedFactView extends FactBase {
  readonly kind: 'redacted';
  readonly bar: 'short' | 'medium' | 'long';
  readonly hint: string;
  /** What a screen reader says instead of the text. */
  readonly label: string;
}

/** A fact as an entry shows it. */
export type FactView = FoundFactView | RevealedFactView | RedactedFactView;

/** A whole entry. */
export interface EntryView {
  readonly id: string;
  readonly name: string;
  readonly category: DossierCategory;
  readonly categoryLabel: string;
  readonly portrait?: string;
  /** Other names, as far as the level allows (the article's spellings, Japanese names). */
  readonly aliases: readonly string[];
  readonly facts: readonly FactView[];
  readonly found: number;
  readonly total: number;
  /** Keys of the facts wearing a "new" badge: add them to `Progress.seenFacts` once the reader has looked. */
  readonly newFacts: readonly string[];
  /** One sentence for screen readers: "Sarah Fitzgerald, people: 3 of 5 facts found." */
  readonly summary: string;
}

/** The fields every fact view shares. */
export function factBase(dossier: string, fact: Fact): FactBase {
  return { id: fact.id, key: factKey(dossier, fact.id), tier: fact.tier, tierLabel: TIER_LABELS[fact.tier], source: fact.source, sourceLabel: SOURCE_LABELS[fact.source] };
}

function wordingsOf(vis: Visibility, dossier: string, fact: Fact): Wording[] {
  return readWordings(vis, dossier, fact).map((route) => ({ route: routeTag(vis.model.graph, route), text: route === '' ? fact.text : fact.variants[route]! }));
}

function learnedOn(vis: Visibility, dossier: string, fact: Fact): RouteTag[] {
  const routes = vis.progress.facts[factKey(dossier, fact.id)] ?? [];
  const tags = routes.map((r) => routeTag(vis.model.graph, r));
  return tags.filter((t, i) => tags.findIndex((u) => u.id === t.id) === i);
}

/** How a fact shows in an entry, or undefined when it is hidden at this level. */
export function factView(vis: Visibility, dossier: string, fact: Fact): FactView | undefined {
  const state = stateOf(vis, dossier, fact.id);
  const variants = Object.keys(fact.variants).length;
  if (state === 'found') {
    const wordings = wordingsOf(vis, dossier, fact);
    const isNew = vis.unseen.has(factKey(dossier, fact.id));
    return { ...factBase(dossier, fact), kind: 'found', isNew, wordings, learnedOn: learnedOn(vis, dossier, fact), canCompare: variants > 0 };
  }
  const hint = whereToFind(vis, dossier, fact.id);
  if (state === 'revealed') return { ...factBase(dossier, fact), kind: 'revealed', text: fact.text, hint, canCompare: variants > 0 };
  if (state === 'hidden') return undefined;
  const bar = fact.text.length < 90 ? 'short' : fact.text.length < 180 ? 'medium' : 'long';
  return { ...factBase(dossier, fact), kind: 'redacted', bar, hint, label: `Not found yet. ${hint}` };
}

/** An entry with its facts in story order; undefined unless the entry is listed at this level. */
export function entryView(vis: Visibility, dossier: string): EntryView | undefined {
  const entry = vis.model.graph.dossiers[dossier];
  if (!entry || entryState(vis, dossier) !== 'listed') return undefined;
  const facts = (vis.model.facts.get(dossier) ?? []).map((f) => factView(vis, dossier, f)).filter((f) => f !== undefined);
  const { found, total } = entryCounts(vis, dossier);
  const categoryLabel = CATEGORY_LABELS[entry.category];
  return {
    id: entry.id,
    name: entry.name,
    category: entry.category,
    categoryLabel,
    ...(entry.portrait ? { portrait: entry.portrait } : {}),
    aliases: entry.aliases.filter((a) => aliasShown(vis, dossier, a)).map((a) => a.name),
    facts,
    found,
    total,
    newFacts: facts.filter((f) => f.kind === 'found' && f.isNew).map((f) => f.key),
    summary: `${entry.name}, ${categoryLabel.toLowerCase()}: ${found} of ${total} ${total === 1 ? 'fact' : 'facts'} found.`,
  };
}
