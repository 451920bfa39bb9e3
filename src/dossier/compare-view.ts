/** Every side's telling of one fact, side by side: the ones read, and where to read the others. */
import { whereToRead } from './hints.ts';
import { routeTag, type RouteTag } from './labels.ts';
import { factBase, type FactBase } from './entry-view.ts';
import { entryState, readWordings, stateOf, wordingShown, type Visibility } from './visibility.ts';

/** One side's telling: its text when the reader read it (or the level shows it), else where to read it. */
export interface CompareColumn {
  readonly route: RouteTag;
  readonly read: boolean;
  readonly text?: string;
  readonly hint?: string;
  /** What a screen reader says for the column: "Sarah's side: …" or "Sarah's side, not read yet. Read it on Sarah's side." */
  readonly label: string;
}

/** A fact's tellings side by side. */
export interface CompareView extends FactBase {
  readonly dossier: string;
  readonly entryName: string;
  readonly columns: readonly CompareColumn[];
  /** "Read on 2 of 4 sides." */
  readonly summary: string;
}

function column(vis: Visibility, shown: { text: string | undefined; read: boolean }, route: string): CompareColumn {
  const tag = routeTag(vis.model.graph, route);
  if (shown.text !== undefined) {
    return { route: tag, read: shown.read, text: shown.text, label: `${tag.name}${shown.read ? '' : ', not read yet'}: ${shown.text}` };
  }
  const hint = whereToRead(vis, route);
  return { route: tag, read: false, hint, label: `${tag.name}, not read yet. ${hint}` };
}

/** The compare view of a found or revealed fact; undefined when the fact is redacted, hidden or unknown. */
export function compareView(vis: Visibility, dossier: string, factId: string): CompareView | undefined {
  const entry = vis.model.graph.dossiers[dossier];
  const fact = entry?.facts.find((f) => f.id === factId);
  const state = stateOf(vis, dossier, factId);
  if (!entry || !fact || entryState(vis, dossier) !== 'listed' || (state !== 'found' && state !== 'revealed')) return undefined;
  const read = readWordings(vis, dossier, fact);
  const routes = Object.keys(vis.model.graph.routes).filter((r) => fact.variants[r] !== undefined);
  // The common telling only earns a column when it was read or the level shows every telling.
  const common = read.includes('') || wordingShown(vis, dossier, fact, '') ? [''] : [];
  const columns = [...common, ...routes].map((route) => {
    const text = route === '' ? fact.text : fact.variants[route]!;
    return column(vis, { text: wordingShown(vis, dossier, fact, route) ? text : undefined, read: read.includes(route) }, route);
  });
  const readCount = columns.filter((c) => c.read).length;
  return { ...factBase(dossier, fact), dossier, entryName: entry.name, columns, summary: `Read on ${readCount} of ${columns.length} ${columns.length === 1 ? 'side' : 'sides'}.` };
}
