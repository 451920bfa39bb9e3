/** An entry's page: its picture, names and counts, its facts in story order, and the relationships it is part of. */
import type { EntryView } from '../../dossier/entry-view.ts';
import type { GraphEdge } from '../../dossier/relationships.ts';
import { h } from '../dom.ts';
import { factItem } from './fact-item.ts';
import { meter, pageLink, picture, type PageContext } from './page-context.ts';

/** The id of an entry page's heading (focus goes there when the page opens). */
export const ENTRY_HEADING_ID = 'dossier-entry-heading';

function header(ctx: PageContext, entry: EntryView): HTMLElement {
  const { doc } = ctx;
  return h(doc, 'header', { className: 'entry-header' }, [
    picture(ctx, entry, 'large'),
    h(doc, 'div', { className: 'entry-titles' }, [
      h(doc, 'p', { className: 'entry-category', text: entry.categoryLabel }),
      h(doc, 'h3', { className: 'entry-name', text: entry.name, attrs: { id: ENTRY_HEADING_ID, tabindex: -1 } }),
      entry.aliases.length > 0 && h(doc, 'p', { className: 'entry-aliases' }, [h(doc, 'span', { className: 'label', text: 'Also known as ' }), entry.aliases.join(' · ')]),
      h(doc, 'p', { className: 'entry-count' }, [`${entry.found} of ${entry.total} ${entry.total === 1 ? 'fact' : 'facts'} found`, meter(ctx, entry.found, entry.total)]),
    ]),
  ]);
}

/** One relationship as a sentence, with the other entry as a link: "Hermann Hayward — patron and lover — Sarah Fitzgerald". */
export function relationshipSentence(ctx: PageContext, edge: GraphEdge, current?: string): HTMLElement {
  const { doc } = ctx;
  const end = (id: string): Node => {
    const name = ctx.vis.model.graph.dossiers[id]?.name ?? id;
    return id === current ? h(doc, 'strong', { text: name }) : pageLink(ctx, { kind: 'dossiers', entry: id }, { className: 'inline-link', text: name });
  };
  return h(doc, 'li', { className: 'relationship' }, [end(edge.from), h(doc, 'span', { className: 'relationship-label', text: ` — ${edge.label} — ` }), end(edge.to)]);
}

function relationships(ctx: PageContext, entry: EntryView, edges: readonly GraphEdge[]): HTMLElement | false {
  const mine = edges.filter((e) => e.from === entry.id || e.to === entry.id);
  if (mine.length === 0) return false;
  const { doc } = ctx;
  return h(doc, 'section', { className: 'entry-relationships', attrs: { 'aria-labelledby': 'entry-relationships-heading' } }, [
    h(doc, 'h4', { text: 'Relationships', attrs: { id: 'entry-relationships-heading' } }),
    h(doc, 'ul', { className: 'relationship-list' }, mine.map((e) => relationshipSentence(ctx, e, entry.id))),
  ]);
}

/** The whole entry page; `message` says when part of a link was set aside ("This entry has no fact …"). */
export function entryPage(ctx: PageContext, entry: EntryView, options: { edges: readonly GraphEdge[]; message?: string }): HTMLElement {
  const { doc } = ctx;
  return h(doc, 'article', { className: 'dossier-page dossier-entry', attrs: { 'aria-labelledby': ENTRY_HEADING_ID } }, [
    h(doc, 'nav', { className: 'entry-nav', attrs: { 'aria-label': 'Dossier pages' } }, [pageLink(ctx, { kind: 'dossiers' }, { className: 'back-link', text: '← All entries' })]),
    header(ctx, entry),
    options.message !== undefined && h(doc, 'p', { className: 'dossier-message', attrs: { role: 'note' }, text: options.message }),
    h(doc, 'section', { className: 'entry-facts', attrs: { 'aria-labelledby': 'entry-facts-heading' } }, [
      h(doc, 'h4', { text: 'Facts, in story order', attrs: { id: 'entry-facts-heading' } }),
      h(doc, 'ol', { className: 'fact-list' }, entry.facts.map((f) => factItem(ctx, entry.id, f))),
    ]),
    relationships(ctx, entry, options.edges),
  ]);
}
