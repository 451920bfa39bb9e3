/** The dossier index: entries by category, each with its picture, facts found and a "new" badge; then the relationship graph. */
import type { CategorySection, DossierIndexView, EntryCard } from '../../dossier/index-view.ts';
import type { RelationshipGraphView } from '../../dossier/relationships.ts';
import { h } from '../dom.ts';
import { meter, pageLink, picture, type PageContext } from './page-context.ts';
import { relationshipGraph } from './relationship-graph.ts';

/** The id of the index page's heading (focus goes there when the page opens). */
export const INDEX_HEADING_ID = 'dossier-index-heading';

const sectionId = (name: string): string => `dossier-section-${name}`;

/** An entry's card: a link to its page. Its name, count and badge are its accessible name. */
export function entryCard(ctx: PageContext, card: EntryCard): HTMLElement {
  const { doc } = ctx;
  return h(doc, 'li', {}, [
    pageLink(ctx, { kind: 'dossiers', entry: card.id }, { className: `dossier-card${card.isNew ? ' is-new' : ''}`, data: { dossier: card.id } }, [
      picture(ctx, card, 'small'),
      h(doc, 'span', { className: 'card-text' }, [
        h(doc, 'span', { className: 'card-name', text: card.name }),
        h(doc, 'span', { className: 'card-count', text: card.countText }),
        meter(ctx, card.found, card.total),
      ]),
      card.isNew && h(doc, 'span', { className: 'badge-new', text: `${card.newCount} new` }),
    ]),
  ]);
}

function category(ctx: PageContext, section: CategorySection): HTMLElement {
  const { doc } = ctx;
  const id = sectionId(section.category);
  return h(doc, 'section', { className: 'dossier-category', attrs: { 'aria-labelledby': `${id}-heading` } }, [
    h(doc, 'h4', { attrs: { id: `${id}-heading`, tabindex: -1 } }, [section.title, h(doc, 'span', { className: 'heading-count', text: ` ${section.entries.length}` })]),
    section.entries.length === 0
      ? h(doc, 'p', { className: 'dossier-empty', text: section.emptyText })
      : h(doc, 'ul', { className: 'dossier-cards' }, section.entries.map((c) => entryCard(ctx, c))),
  ]);
}

/** How many entries "New since you last looked" names before it says how many more. */
const FRESH_SHOWN = 4;

/** Each entry's latest unseen fact, as a place in story order: the higher, the more recently found. */
function latestNew(ctx: PageContext): Map<string, number> {
  const rank = new Map([...ctx.vis.model.places.keys()].map((key, i) => [key, i]));
  const latest = new Map<string, number>();
  for (const key of ctx.vis.unseen) {
    const dossier = key.slice(0, key.indexOf('.'));
    latest.set(dossier, Math.max(latest.get(dossier) ?? -1, rank.get(key) ?? -1));
  }
  return latest;
}

/** Entries with facts not looked at yet, latest found first: where a notice's "new fact" is, one press away. */
function fresh(ctx: PageContext, index: DossierIndexView): HTMLElement | false {
  const latest = latestNew(ctx);
  const cards = index.categories.flatMap((c) => c.entries).filter((c) => c.isNew);
  if (cards.length === 0) return false;
  cards.sort((a, b) => (latest.get(b.id) ?? -1) - (latest.get(a.id) ?? -1));
  const { doc } = ctx;
  const more = cards.length - FRESH_SHOWN;
  return h(doc, 'section', { className: 'dossier-fresh', attrs: { 'aria-labelledby': 'dossier-fresh-heading' } }, [
    h(doc, 'h4', { text: 'New since you last looked', attrs: { id: 'dossier-fresh-heading' } }),
    h(doc, 'ul', {}, cards.slice(0, FRESH_SHOWN).map((c) => h(doc, 'li', {}, [pageLink(ctx, { kind: 'dossiers', entry: c.id }, { className: 'fresh-link' }, [c.name, h(doc, 'span', { className: 'badge-new', text: `${c.newCount} new` })])]))),
    more > 0 && h(doc, 'p', { className: 'fresh-more', text: `and ${more} more ${more === 1 ? 'entry' : 'entries'} marked new below.` }),
  ]);
}

/** Buttons that jump to a category's heading: on a phone the index is a long scroll. */
function jumps(ctx: PageContext, names: readonly { id: string; title: string }[]): HTMLElement {
  const { doc } = ctx;
  return h(
    doc,
    'nav',
    { className: 'dossier-jumps', attrs: { 'aria-label': 'Categories' } },
    names.map(({ id, title }) =>
      h(doc, 'button', {
        className: 'text-button',
        text: title,
        attrs: { type: 'button' },
        on: {
          click: () => {
            const heading = doc.getElementById(`${sectionId(id)}-heading`);
            heading?.scrollIntoView?.({ block: 'start' });
            heading?.focus({ preventScroll: true });
          },
        },
      }),
    ),
  );
}

/** The index page. */
export function indexPage(ctx: PageContext, index: DossierIndexView, graph: RelationshipGraphView): HTMLElement {
  const { doc } = ctx;
  const relId = sectionId('relationships');
  return h(doc, 'section', { className: 'dossier-page dossier-index', attrs: { 'aria-labelledby': INDEX_HEADING_ID } }, [
    h(doc, 'h3', { className: 'page-heading', text: 'All entries', attrs: { id: INDEX_HEADING_ID, tabindex: -1 } }),
    h(doc, 'p', { className: 'dossier-summary', text: index.summary }),
    fresh(ctx, index),
    jumps(ctx, [...index.categories.map((c) => ({ id: c.category, title: c.title })), { id: 'relationships', title: 'Relationships' }]),
    ...index.categories.map((c) => category(ctx, c)),
    h(doc, 'section', { className: 'dossier-category dossier-relationships', attrs: { 'aria-labelledby': `${relId}-heading` } }, [
      h(doc, 'h4', { text: 'Relationships', attrs: { id: `${relId}-heading`, tabindex: -1 } }),
      relationshipGraph(ctx, graph),
    ]),
  ]);
}
