/** What every dossier page is drawn with: the document, what the reader may see, links that keep history, portraits. */
import type { Visibility } from '../../dossier/visibility.ts';
import type { DossierCategory } from '../../story/types.ts';
import { h, type ElementSpec } from '../dom.ts';
import { formatRoute, type OverlayRoute } from '../routes.ts';

/** The document, the visibility decided for this render, and how pages link and show pictures. */
export interface PageContext {
  readonly doc: Document;
  readonly vis: Visibility;
  /** Opens a dossier page as a new history entry. */
  readonly open: (route: OverlayRoute) => void;
  /** The URL of a character image by key, if the build has it. */
  readonly portraitUrl: (key: string) => string | undefined;
}

/** What a picture is drawn from: an entry's name, category and portrait key. */
export interface Pictured {
  readonly name: string;
  readonly category: DossierCategory;
  readonly portrait?: string;
}

type Child = Node | string | null | undefined | false;

/**
 * A real link to a dossier page: "open in new tab" and middle-click use its address (a deep link);
 * a plain click or Enter goes through the navigator, so Back and Forward work.
 */
export function pageLink(ctx: PageContext, route: OverlayRoute, spec: ElementSpec, children: readonly Child[] = []): HTMLAnchorElement {
  const link = h(ctx.doc, 'a', { ...spec, attrs: { ...spec.attrs, href: formatRoute(route) } }, children);
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    ctx.open(route);
  });
  return link;
}

/** The first letter of a name, skipping a leading "The": the picture of an entry without a portrait. */
export function monogram(name: string): string {
  const word = name.replace(/^the\s+/i, '');
  return Array.from(word)[0]?.toUpperCase() ?? '?';
}

/** An entry's picture: its portrait, cropped to the face, or a monogram. Decorative: the name is always beside it. */
export function picture(ctx: PageContext, entry: Pictured, size: 'small' | 'large'): HTMLElement {
  const url = entry.portrait ? ctx.portraitUrl(entry.portrait) : undefined;
  const frame = h(ctx.doc, 'span', { className: `dossier-picture is-${size} is-${entry.category}`, attrs: { 'aria-hidden': 'true' } });
  if (url) frame.append(h(ctx.doc, 'img', { attrs: { src: url, alt: '', loading: 'lazy', decoding: 'async' } }));
  else frame.append(h(ctx.doc, 'span', { className: 'monogram', text: monogram(entry.name) }));
  return frame;
}

/** A thin bar showing facts found out of facts shown. Decorative: the count is always said in words beside it. */
export function meter(ctx: PageContext, found: number, total: number): HTMLElement {
  const share = total === 0 ? 0 : Math.round((found / total) * 100);
  return h(ctx.doc, 'span', { className: 'dossier-meter', attrs: { 'aria-hidden': 'true' } }, [h(ctx.doc, 'span', { style: { width: `${share}%` } })]);
}

/** A route's name as a small coloured tag ("Sarah's side"); the common telling has no colour. */
export function routeChip(doc: Document, route: { readonly name: string; readonly color: string | null }): HTMLElement {
  return h(doc, 'span', { className: 'route-chip', text: route.name, ...(route.color ? { style: { '--route': route.color } } : {}) });
}
