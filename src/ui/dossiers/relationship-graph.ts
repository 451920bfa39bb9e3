/**
 * The relationship graph: entries as nodes with their pictures (links that open the entry),
 * relationships as labelled curves, and the same relationships as a numbered list, which is the
 * text alternative and what a narrow screen reads the labels from.
 */
import type { GraphEdge, GraphNode, RelationshipGraphView } from '../../dossier/relationships.ts';
import { h } from '../dom.ts';
import { relationshipSentence } from './entry-page.ts';
import { pageLink, picture, type PageContext } from './page-context.ts';

const SVG = 'http://www.w3.org/2000/svg';

const percent = (n: number): string => `${(n * 100).toFixed(2)}%`;

function curves(doc: Document, edges: readonly GraphEdge[], at: ReadonlyMap<string, GraphNode>): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 100 100');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'relgraph-edges');
  for (const edge of edges) {
    const a = at.get(edge.from)!;
    const b = at.get(edge.to)!;
    const path = doc.createElementNS(SVG, 'path');
    path.setAttribute('d', `M ${a.x * 100} ${a.y * 100} Q ${edge.cx * 100} ${edge.cy * 100} ${b.x * 100} ${b.y * 100}`);
    path.setAttribute('class', `relgraph-edge is-tier-${edge.tier}`);
    path.dataset['from'] = edge.from;
    path.dataset['to'] = edge.to;
    svg.append(path);
  }
  return svg;
}

function labels(doc: Document, edges: readonly GraphEdge[]): HTMLElement {
  return h(
    doc,
    'div',
    { className: 'relgraph-labels', attrs: { 'aria-hidden': 'true' } },
    edges.map((edge, i) =>
      h(doc, 'span', { className: 'relgraph-label', data: { from: edge.from, to: edge.to }, style: { left: percent(edge.labelX), top: percent(edge.labelY) } }, [
        h(doc, 'span', { className: 'relgraph-number', text: String(i + 1) }),
        h(doc, 'span', { className: 'relgraph-text', text: edge.label }),
      ]),
    ),
  );
}

function node(ctx: PageContext, n: GraphNode): HTMLAnchorElement {
  const link = pageLink(ctx, { kind: 'dossiers', entry: n.id }, { className: 'relgraph-node', attrs: { 'aria-label': n.label }, data: { dossier: n.id }, style: { left: percent(n.x), top: percent(n.y) } }, [
    picture(ctx, n, 'small'),
    h(ctx.doc, 'span', { className: 'relgraph-name', text: n.name }),
  ]);
  return link;
}

/** Lights up a node's relationships while it is hovered or focused, so a crowded graph can be read one person at a time. */
function highlight(canvas: HTMLElement): void {
  const mark = (id: string | undefined): void => {
    canvas.classList.toggle('has-active', id !== undefined);
    for (const el of canvas.querySelectorAll<SVGElement | HTMLElement>('[data-from]')) {
      el.classList.toggle('is-active', id !== undefined && (el.dataset['from'] === id || el.dataset['to'] === id));
    }
  };
  const from = (event: Event): string | undefined => (event.target instanceof Element ? event.target.closest<HTMLElement>('.relgraph-node')?.dataset['dossier'] : undefined);
  canvas.addEventListener('pointerover', (e) => mark(from(e)));
  canvas.addEventListener('pointerleave', () => mark(undefined));
  canvas.addEventListener('focusin', (e) => mark(from(e)));
  canvas.addEventListener('focusout', () => mark(undefined));
}

/** The graph and its list; an empty-state sentence when nothing is known yet. */
export function relationshipGraph(ctx: PageContext, view: RelationshipGraphView): HTMLElement {
  const { doc } = ctx;
  if (view.edges.length === 0) return h(doc, 'p', { className: 'dossier-empty', text: view.summary });
  const at = new Map(view.nodes.map((n) => [n.id, n]));
  const canvas = h(doc, 'div', { className: 'relgraph-canvas', attrs: { role: 'group', 'aria-label': `Relationship graph: ${view.summary} Select an entry to open it.` } }, [
    curves(doc, view.edges, at),
    labels(doc, view.edges),
    ...view.nodes.map((n) => node(ctx, n)),
  ]);
  highlight(canvas);
  return h(doc, 'figure', { className: 'relgraph' }, [
    canvas,
    h(doc, 'figcaption', { className: 'relgraph-summary', text: `${view.summary} Point at or focus an entry to read its relationships on the graph; the list says them all.` }),
    h(doc, 'ol', { className: 'relationship-list is-numbered' }, view.edges.map((e) => relationshipSentence(ctx, e))),
  ]);
}
