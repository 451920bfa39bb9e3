/**
 * One fact of an entry: found (every wording read, side by side), revealed by the spoiler level
 * (marked "not found yet"), or redacted (bars and a hint, never the text). A fact told differently
 * on several sides opens a comparison of every side's telling.
 */
import { compareView, type CompareColumn } from '../../dossier/compare-view.ts';
import type { FactView, FoundFactView } from '../../dossier/entry-view.ts';
import type { RouteTag } from '../../dossier/labels.ts';
import { button, h } from '../dom.ts';
import { routeChip, type PageContext } from './page-context.ts';

const BAR_LINES = { short: 1, medium: 2, long: 3 } as const;

/** The element id of a fact on its entry page (for deep links to it, and the comparison's controls). */
export function factElementId(factId: string): string {
  return `fact-${factId}`;
}

function tags(ctx: PageContext, fact: FactView): HTMLElement {
  const { doc } = ctx;
  return h(doc, 'p', { className: 'fact-tags' }, [
    h(doc, 'span', { className: `fact-source is-${fact.source}`, text: fact.sourceLabel }),
    h(doc, 'span', { className: `fact-tier is-tier-${fact.tier}`, text: fact.tierLabel }),
    fact.kind === 'found' && fact.isNew && h(doc, 'span', { className: 'badge-new', text: 'New' }),
    fact.kind === 'revealed' && h(doc, 'span', { className: 'fact-unfound', text: 'Not found yet' }),
  ]);
}

function wording(doc: Document, route: RouteTag | undefined, text: string): HTMLElement {
  return h(doc, 'div', { className: 'wording', ...(route?.color ? { style: { '--route': route.color } } : {}) }, [route && routeChip(doc, route), h(doc, 'p', { className: 'fact-text', text })]);
}

/** "Read on Sarah's side and in the general account": where the reader met each telling they read. */
function learnedOn(ctx: PageContext, fact: FoundFactView): HTMLElement {
  const { doc } = ctx;
  const parts = fact.learnedOn.flatMap((route, i) => [i > 0 ? ' and ' : '', route.id === null ? 'in the general account' : 'on ', route.id === null ? '' : routeChip(doc, route)]);
  return h(doc, 'p', { className: 'fact-learned' }, ['Read ', ...parts.filter((p) => p !== '')]);
}

/** Bars about as long as the hidden text: they show something is there, never what. */
function redaction(doc: Document, lines: number): HTMLElement {
  return h(doc, 'div', { className: 'redaction', attrs: { 'aria-hidden': 'true' } }, Array.from({ length: lines }, () => h(doc, 'span')));
}

function column(doc: Document, col: CompareColumn): HTMLElement {
  const body = col.text !== undefined
    ? [h(doc, 'p', { className: 'fact-text', text: col.text }), !col.read && h(doc, 'p', { className: 'fact-unfound', text: 'Not read yet' })]
    : [redaction(doc, 2), h(doc, 'p', { className: 'fact-hint', text: col.hint ?? '' })];
  return h(doc, 'div', { className: `compare-column${col.read ? ' is-read' : ''}`, ...(col.route.color ? { style: { '--route': col.route.color } } : {}) }, [routeChip(doc, col.route), ...body]);
}

/** The "compare every side" toggle and its panel, when the fact has more tellings than the entry shows. */
function comparison(ctx: PageContext, dossier: string, fact: FactView, shown: number): HTMLElement[] {
  const view = compareView(ctx.vis, dossier, fact.id);
  if (!view || view.columns.length <= shown) return [];
  const { doc } = ctx;
  const panelId = `${factElementId(fact.id)}-compare`;
  const panel = h(doc, 'div', { className: 'compare', attrs: { id: panelId, hidden: true } }, [
    h(doc, 'p', { className: 'compare-summary', text: view.summary }),
    h(doc, 'div', { className: 'compare-columns' }, view.columns.map((c) => column(doc, c))),
  ]);
  const toggle = button(doc, {
    id: `compare-${fact.id}`,
    label: 'Compare every side’s telling',
    className: 'text-button compare-toggle',
    onActivate: () => {
      panel.hidden = !panel.hidden;
      toggle.setAttribute('aria-expanded', String(!panel.hidden));
    },
  });
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', panelId);
  return [toggle, panel];
}

function body(ctx: PageContext, dossier: string, fact: FactView): (HTMLElement | false)[] {
  const { doc } = ctx;
  if (fact.kind === 'redacted') {
    return [redaction(doc, BAR_LINES[fact.bar]), h(doc, 'p', { className: 'fact-hint' }, [h(doc, 'strong', { text: 'Not found yet. ' }), fact.hint])];
  }
  if (fact.kind === 'revealed') {
    return [wording(doc, undefined, fact.text), h(doc, 'p', { className: 'fact-hint', text: fact.hint }), ...(fact.canCompare ? comparison(ctx, dossier, fact, 0) : [])];
  }
  const several = fact.wordings.length > 1;
  return [
    h(doc, 'div', { className: `wordings${several ? ' is-several' : ''}` }, fact.wordings.map((w) => wording(doc, several ? w.route : undefined, w.text))),
    // Where it was read matters when the sides tell it differently.
    (fact.canCompare || fact.learnedOn.some((r) => r.id !== null)) && learnedOn(ctx, fact),
    ...(fact.canCompare ? comparison(ctx, dossier, fact, fact.wordings.length) : []),
  ];
}

/** A fact as its entry shows it. Redacted facts carry no id: an id can say more than the reader has read. */
export function factItem(ctx: PageContext, dossier: string, fact: FactView): HTMLElement {
  const found = fact.kind !== 'redacted';
  return h(ctx.doc, 'li', { className: `fact is-${fact.kind}${fact.kind === 'found' && fact.isNew ? ' is-new' : ''}`, attrs: found ? { id: factElementId(fact.id), tabindex: -1 } : {} }, [tags(ctx, fact), ...body(ctx, dossier, fact)]);
}
