/** Search results as the reader types: each entry found, why (its name, another spelling, a fact), the match marked. */
import { MAX_QUERY_LENGTH, type SearchHit, type SearchResult } from '../../dossier/search.ts';
import { h } from '../dom.ts';
import { pageLink, picture, type PageContext } from './page-context.ts';

/** The id of the results' heading. */
export const SEARCH_HEADING_ID = 'dossier-search-heading';

const FIELD_WORDS = { name: '', alias: 'Also called ', fact: 'In a fact: ' } as const;

/** A text with one part marked (`<mark>`), built from text nodes only. */
export function marked(doc: Document, text: string, range: { start: number; end: number }): HTMLElement {
  const start = Math.max(0, Math.min(range.start, text.length));
  const end = Math.max(start, Math.min(range.end, text.length));
  return h(doc, 'span', { className: 'hit-matched' }, [text.slice(0, start), h(doc, 'mark', { text: text.slice(start, end) }), text.slice(end)]);
}

function hit(ctx: PageContext, result: SearchHit): HTMLElement {
  const { doc } = ctx;
  const route = { kind: 'dossiers' as const, entry: result.dossier, ...(result.fact ? { fact: result.fact } : {}) };
  const why = result.field === 'name' ? marked(doc, result.name, result.highlight) : h(doc, 'span', { className: 'hit-name', text: result.name });
  return h(doc, 'li', {}, [
    pageLink(ctx, route, { className: 'dossier-hit', data: { dossier: result.dossier } }, [
      picture(ctx, result, 'small'),
      h(doc, 'span', { className: 'card-text' }, [
        h(doc, 'span', { className: 'card-name' }, [why]),
        result.field !== 'name' && h(doc, 'span', { className: 'hit-why' }, [FIELD_WORDS[result.field], marked(doc, result.matched, result.highlight)]),
      ]),
    ]),
  ]);
}

/** The results page. */
export function searchPage(ctx: PageContext, result: SearchResult): HTMLElement {
  const { doc } = ctx;
  return h(doc, 'section', { className: 'dossier-page dossier-results', attrs: { 'aria-labelledby': SEARCH_HEADING_ID } }, [
    h(doc, 'h3', { className: 'page-heading', text: 'Search results', attrs: { id: SEARCH_HEADING_ID, tabindex: -1 } }),
    result.truncated && h(doc, 'p', { className: 'dossier-message', text: `Only the first ${MAX_QUERY_LENGTH} characters are searched.` }),
    result.hits.length === 0
      ? h(doc, 'p', { className: 'dossier-empty', text: 'No entries match. Search looks through names, other spellings (the article’s and the Japanese ones) and the facts you may see.' })
      : h(doc, 'ol', { className: 'dossier-hits' }, result.hits.map((r) => hit(ctx, r))),
  ]);
}
