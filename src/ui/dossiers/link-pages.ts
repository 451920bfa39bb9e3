/** Pages for links that cannot simply open: an entry the story has not reached (ask first), and an id the story does not have. */
import type { DossierLink } from '../../dossier/links.ts';
import { button, h } from '../dom.ts';
import { pageLink, type PageContext } from './page-context.ts';

/** The id of these pages' heading (focus goes there when one opens). */
export const LINK_HEADING_ID = 'dossier-link-heading';

/** Asks before showing an entry or fact beyond the reader's spoiler level; says nothing of what it is. */
export function confirmPage(ctx: PageContext, link: Extract<DossierLink, { kind: 'confirm' }>, showAnyway: () => void): HTMLElement {
  const { doc } = ctx;
  return h(doc, 'section', { className: 'dossier-page dossier-ask', attrs: { 'aria-labelledby': LINK_HEADING_ID } }, [
    h(doc, 'h3', { className: 'page-heading', text: 'Further into the story', attrs: { id: LINK_HEADING_ID, tabindex: -1 } }),
    h(doc, 'p', { text: link.message }),
    h(doc, 'div', { className: 'dossier-actions' }, [
      button(doc, { id: 'dossier-show-anyway', label: 'Show it anyway', onActivate: showAnyway }),
      pageLink(ctx, { kind: 'dossiers' }, { className: 'ui-button', text: 'Open the index instead' }),
    ]),
  ]);
}

/** Says an entry does not exist, offers the closest listed entries and the index. */
export function unknownPage(ctx: PageContext, link: Extract<DossierLink, { kind: 'unknown' }>): HTMLElement {
  const { doc } = ctx;
  return h(doc, 'section', { className: 'dossier-page dossier-ask', attrs: { 'aria-labelledby': LINK_HEADING_ID } }, [
    h(doc, 'h3', { className: 'page-heading', text: 'No such entry', attrs: { id: LINK_HEADING_ID, tabindex: -1 } }),
    h(doc, 'p', { text: link.message }),
    link.suggestions.length > 0 &&
      h(doc, 'ul', { className: 'dossier-suggestions' }, link.suggestions.map((s) => h(doc, 'li', {}, [pageLink(ctx, { kind: 'dossiers', entry: s.id }, { className: 'inline-link', text: s.name })]))),
    h(doc, 'div', { className: 'dossier-actions' }, [pageLink(ctx, { kind: 'dossiers' }, { className: 'ui-button', text: 'Open the index' })]),
  ]);
}
