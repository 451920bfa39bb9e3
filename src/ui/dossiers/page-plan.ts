/**
 * Which dossier page an address shows, decided from what the reader may see: the index, search
 * results, an entry (and a fact in it), a question before showing what lies beyond the spoiler
 * level, or "no such entry". Pure: the overlay draws the plan.
 */
import { dossierHref, parseDossierLink, type DossierLink } from '../../dossier/links.ts';
import { searchDossiers, type SearchResult } from '../../dossier/search.ts';
import { decideVisibility, type Visibility } from '../../dossier/visibility.ts';
import type { SpoilerLevel } from '../../storage/settings.ts';
import type { OverlayRoute } from '../routes.ts';

/** A dossier page to draw. `key` names it: a new key is a new page (focus and scroll move there). */
export type PagePlan =
  | { readonly kind: 'index'; readonly key: string; readonly vis: Visibility }
  | { readonly kind: 'search'; readonly key: string; readonly vis: Visibility; readonly result: SearchResult }
  | { readonly kind: 'entry'; readonly key: string; readonly vis: Visibility; readonly dossier: string; readonly fact?: string; readonly message?: string }
  | { readonly kind: 'confirm'; readonly key: string; readonly vis: Visibility; readonly link: Extract<DossierLink, { kind: 'confirm' }> }
  | { readonly kind: 'unknown'; readonly key: string; readonly vis: Visibility; readonly link: Extract<DossierLink, { kind: 'unknown' }> };

/** What a page is planned from. */
export interface PlanInput {
  readonly vis: Visibility;
  readonly route: Extract<OverlayRoute, { kind: 'dossiers' }>;
  /** The search field's text ('' when not searching). */
  readonly query: string;
  /** Entries the reader chose to see beyond their level, and the level they are shown at. */
  readonly shownAnyway: ReadonlyMap<string, SpoilerLevel>;
}

function listing(input: PlanInput): PagePlan {
  const { vis, query } = input;
  if (query.trim() === '') return { kind: 'index', key: 'index', vis };
  const result = searchDossiers(vis, query);
  return result.query === '' ? { kind: 'index', key: 'index', vis } : { kind: 'search', key: 'search', vis, result };
}

/** The page for a route, the search text and the reader's level. */
export function planPage(input: PlanInput): PagePlan {
  const { route, shownAnyway } = input;
  if (route.entry === undefined) return listing(input);
  const href = dossierHref(route.entry, route.fact);
  let vis = input.vis;
  let link = parseDossierLink(vis, href);
  const anyway = link.kind === 'confirm' ? shownAnyway.get(link.dossier) : undefined;
  if (anyway) {
    vis = decideVisibility(vis.model, vis.progress, anyway);
    link = parseDossierLink(vis, href);
  }
  switch (link.kind) {
    case 'entry':
      return { kind: 'entry', key: `entry:${link.dossier}:${link.fact ?? ''}`, vis, dossier: link.dossier, ...(link.fact ? { fact: link.fact } : {}), ...(link.message ? { message: link.message } : {}) };
    case 'confirm':
      return { kind: 'confirm', key: `confirm:${link.dossier}:${link.fact ?? ''}`, vis, link };
    case 'unknown':
      return { kind: 'unknown', key: `unknown:${link.requested}`, vis, link };
    default:
      return listing(input);
  }
}
