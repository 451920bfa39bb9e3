/** "Where to look" hints for facts not found yet, worded so they never spoil more than the reader's level allows. */
import type { StoryGraph } from '../story/types.ts';
import { factKey } from './model.ts';
import type { Visibility } from './visibility.ts';

/** How a route reads after "on": "Sarah's side", "the Nectar trail". */
function routePhrase(graph: StoryGraph, route: string): string {
  const name = graph.routes[route]?.name ?? route;
  return /^The\s/.test(name) ? `t${name.slice(1)}` : name;
}

/** Where a fact not found yet can be found: "Found on Sarah's side, in “Sarah's dressing room”." */
export function whereToFind(vis: Visibility, dossier: string, fact: string): string {
  const graph = vis.model.graph;
  const places = vis.model.places.get(factKey(dossier, fact)) ?? [];
  if (places.length === 0) return 'Not in the story yet.';
  // Rule 7: a beat's title above the ceiling could itself spoil ("Naomi's reveal"), so only these may be named.
  const nameable = places.filter((p) => p.tier <= vis.ceiling);
  const shared = nameable.find((p) => !p.route);
  if (shared) return `Found in “${shared.title}”, whichever side you follow.`;
  if (nameable.length > 0) {
    const phrases = nameable.slice(0, 2).map((p) => `on ${routePhrase(graph, p.route!)}, in “${p.title}”`);
    return `Found ${phrases.join(', or ')}.`;
  }
  const routes = [...new Set(places.map((p) => p.route))];
  if (routes.includes(undefined)) return 'Found later in the night, whichever side you follow.';
  return `Found later in the night, on ${routes.map((r) => routePhrase(graph, r!)).join(' or ')}.`;
}

/** Where an unread wording can be read: "Read it on Sarah's side." */
export function whereToRead(vis: Visibility, route: string): string {
  return route === '' ? 'Read it where no side has its own telling.' : `Read it on ${routePhrase(vis.model.graph, route)}.`;
}
