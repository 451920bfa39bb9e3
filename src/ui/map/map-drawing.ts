/**
 * The story map drawn as SVG: a box per beat (title, place, route stripe), a polyline per jump and
 * choice in its route's colour, the reader's beat and path picked out. A picture (role="img"): the
 * list beside it says the same in words, with the controls.
 */
import type { MapLayout } from '../../map/map-layout.ts';
import type { MapEdgeView, MapNodeView, MapView } from '../../map/view.ts';
import type { ViewBox } from './view-box.ts';
import { charsIn, wrapText } from './wrap.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Text sizes for the place under a title, and the "you are here" tag, in map pixels. */
const PLACE_PX = 12;
const TAG_PX = 11;
/** Common-story edges (before and after the sides split) are drawn in this colour. */
const COMMON_COLOUR = '#b3a5b1';

type Metrics = MapLayout['metrics'];
type Attrs = Readonly<Record<string, string | number>>;

/** The drawing, and the group that pans and zooms. */
export interface MapDrawing {
  readonly svg: SVGSVGElement;
  /** Moves and scales the map inside the SVG. */
  setView(view: ViewBox): void;
  /** Picks out one beat (or none) as selected. */
  select(beatId: string | undefined): void;
}

/** Draws a map view with its layout's metrics. */
export function drawMap(doc: Document, view: MapView, metrics: Metrics, label: string): MapDrawing {
  const world = el(doc, 'g', { class: 'map-world' });
  const colours = [...new Set(view.edges.map((e) => e.color ?? COMMON_COLOUR))];
  const arrows = el(doc, 'defs', {}, colours.map((colour, i) => arrow(doc, `map-arrow-${i}`, colour)));
  const arrowFor = (edge: MapEdgeView): string => `url(#map-arrow-${colours.indexOf(edge.color ?? COMMON_COLOUR)})`;
  world.append(
    el(doc, 'g', { class: 'map-edges' }, view.edges.map((edge) => edgeLine(doc, edge, arrowFor(edge)))),
    el(doc, 'g', { class: 'map-labels' }, view.edges.flatMap((edge) => edgeLabel(doc, edge, metrics))),
    el(doc, 'g', { class: 'map-nodes' }, view.nodes.map((node) => nodeBox(doc, node, metrics))),
  );
  const svg = el(doc, 'svg', { class: `map-svg is-${metrics.edgeLabels ? 'wide' : 'compact'}`, role: 'img', 'aria-label': label, focusable: 'false' }, [arrows, world]);
  return {
    svg: svg as SVGSVGElement,
    setView: (v) => world.setAttribute('transform', `translate(${round(v.x)} ${round(v.y)}) scale(${round(v.scale, 1000)})`),
    select(beatId) {
      for (const node of svg.querySelectorAll<SVGElement>('.map-node')) node.classList.toggle('is-selected', node.dataset['beat'] === beatId);
    },
  };
}

function nodeBox(doc: Document, node: MapNodeView, metrics: Metrics): SVGElement {
  const { padding, fontPx, lineHeight, titleLines, locationLines, smallLineHeight } = metrics;
  const inner = node.width - 2 * padding;
  const title = wrapText(node.text, charsIn(inner, fontPx), titleLines);
  const place = node.location !== undefined && locationLines > 0 ? wrapText(placeName(node.location), charsIn(inner, PLACE_PX), locationLines) : [];
  const used = title.length * lineHeight + place.length * smallLineHeight;
  const top = (node.height - used) / 2;
  // Text sits on a baseline: the middle of its line box, plus about a third of the font size.
  const baseline = (line: number, box: number, size: number) => line + box / 2 + size * 0.35;
  const children: SVGElement[] = [
    el(doc, 'rect', { class: 'map-node-ring', x: -5, y: -5, width: node.width + 10, height: node.height + 10, rx: 9 }),
    el(doc, 'rect', { class: 'map-node-box', width: node.width, height: node.height, rx: 6 }),
    ...(node.route ? [el(doc, 'rect', { class: 'map-node-stripe', x: 0.75, y: 0.75, width: 4, height: node.height - 1.5, rx: 2 })] : []),
    textLines(doc, { className: 'map-node-title', lines: title, x: padding, y: baseline(top, lineHeight, fontPx), step: lineHeight, size: fontPx }),
    textLines(doc, { className: 'map-node-place', lines: place, x: padding, y: baseline(top + title.length * lineHeight, smallLineHeight, PLACE_PX), step: smallLineHeight, size: PLACE_PX }),
  ];
  if (node.state === 'current') children.push(hereTag(doc, node.width));
  const style = node.route ? { '--route': node.route.color } : {};
  const classes = ['map-node', `is-${node.state}`, node.revealed ? 'is-revealed' : 'is-hidden'].join(' ');
  return el(doc, 'g', { class: classes, 'data-beat': node.id, transform: `translate(${node.x} ${node.y})`, ...style }, children);
}

/** A "you are here" tab on the top edge of the reader's beat. */
function hereTag(doc: Document, boxWidth: number): SVGElement {
  const width = 104;
  const x = (boxWidth - width) / 2;
  return el(doc, 'g', { class: 'map-here' }, [
    el(doc, 'rect', { x, y: -9, width, height: 16, rx: 8 }),
    el(doc, 'text', { x: boxWidth / 2, y: 3, 'text-anchor': 'middle', 'font-size': TAG_PX }, ['YOU ARE HERE']),
  ]);
}

function edgeLine(doc: Document, edge: MapEdgeView, marker: string): SVGElement {
  const points = edge.points.map((p) => `${p.x},${p.y}`).join(' ');
  const classes = ['map-edge', `is-${edge.state}`, `is-${edge.kind}`, edge.conditional ? 'is-conditional' : ''].filter(Boolean).join(' ');
  return el(doc, 'polyline', { class: classes, 'data-edge': edge.id, points, '--route': edge.color ?? COMMON_COLOUR, 'marker-end': marker });
}

function edgeLabel(doc: Document, edge: MapEdgeView, metrics: Metrics): SVGElement[] {
  const box = edge.labelBox;
  if (edge.label === undefined || box === undefined) return [];
  const lines = wrapText(edge.label, charsIn(box.width - 8, metrics.labelFontPx), Math.max(1, Math.round((box.height - 4) / metrics.smallLineHeight)));
  return [
    el(doc, 'g', { class: `map-edge-label is-${edge.state}`, transform: `translate(${box.x} ${box.y})`, '--route': edge.color ?? COMMON_COLOUR }, [
      el(doc, 'rect', { width: box.width, height: box.height, rx: 4 }),
      textLines(doc, { className: '', lines, x: box.width / 2, y: 2 + metrics.smallLineHeight / 2 + metrics.labelFontPx * 0.35, step: metrics.smallLineHeight, size: metrics.labelFontPx, anchor: 'middle' }),
    ]),
  ];
}

function textLines(doc: Document, spec: { className: string; lines: readonly string[]; x: number; y: number; step: number; size: number; anchor?: string }): SVGElement {
  const attrs: Attrs = { ...(spec.className ? { class: spec.className } : {}), 'font-size': spec.size, ...(spec.anchor ? { 'text-anchor': spec.anchor } : {}) };
  return el(doc, 'text', attrs, spec.lines.map((line, i) => el(doc, 'tspan', { x: spec.x, y: round(spec.y + i * spec.step) }, [line])));
}

function arrow(doc: Document, id: string, colour: string): SVGElement {
  return el(doc, 'marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' }, [
    el(doc, 'path', { d: 'M0,1 L10,5 L0,9 z', fill: colour }),
  ]);
}

/** The place before its detail: "Club Canal — the stage" → "Club Canal". */
function placeName(location: string): string {
  return location.split(/\s[—–]\s|,\s/, 1)[0] ?? location;
}

/** An SVG element. A route colour goes in as a custom property through the CSSOM: the CSP allows no style attributes. */
function el(doc: Document, tag: string, attrs: Attrs = {}, children: readonly (Node | string)[] = []): SVGElement {
  const node = doc.createElementNS(SVG, tag) as SVGElement;
  for (const [name, value] of Object.entries(attrs)) {
    if (name === '--route') node.style.setProperty(name, String(value));
    else node.setAttribute(name, String(value));
  }
  for (const child of children) node.append(child);
  return node;
}

function round(n: number, by = 10): number {
  return Math.round(n * by) / by;
}
