/**
 * The relationship graph: people (and whatever else a shown relationship links) as nodes with
 * portraits, relationships as labelled edges, laid out on a circle in a unit square (0–1 on both
 * axes, y down, as SVG draws it), plus the same relationships as sentences for screen readers.
 */
import type { DossierCategory, Relationship, Tier } from '../story/types.ts';
import { plural } from './labels.ts';
import { factKey } from './model.ts';
import { relationshipShown, type Visibility } from './visibility.ts';

/** A node: an entry, where to draw it, and what to say about it. */
export interface GraphNode {
  readonly id: string;
  readonly name: string;
  readonly category: DossierCategory;
  readonly portrait?: string;
  readonly x: number;
  readonly y: number;
  /** "Sarah Fitzgerald, 2 relationships". */
  readonly label: string;
}

/** An edge: two entries and the label between them; curved through (cx, cy) when two edges share a pair. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
  readonly tier: Tier;
  readonly cx: number;
  readonly cy: number;
  /** Where the label goes: the middle of the curve. */
  readonly labelX: number;
  readonly labelY: number;
  /** "Sarah Fitzgerald — patron and lover — Hermann Hayward". */
  readonly sentence: string;
}

/** The graph and its text alternative. */
export interface RelationshipGraphView {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** The text alternative: one sentence per edge, in the order of `edges`. */
  readonly sentences: readonly string[];
  /** "5 people, 4 relationships." or, with no edges, an empty-state sentence. */
  readonly summary: string;
}

const RADIUS = 0.38;
const BEND = 0.09;

function known(vis: Visibility, dossier: string): boolean {
  return (vis.model.facts.get(dossier) ?? []).some((f) => {
    const state = vis.facts.get(factKey(dossier, f.id));
    return state === 'found' || state === 'revealed';
  });
}

/** Orders nodes so neighbours sit next to each other: a walk from the best-connected node, in story order. */
function circleOrder(ids: readonly string[], edges: readonly Relationship[]): string[] {
  const neighbours = new Map(ids.map((id) => [id, [] as string[]]));
  for (const e of edges) {
    neighbours.get(e.from)?.push(e.to);
    neighbours.get(e.to)?.push(e.from);
  }
  const rank = new Map(ids.map((id, i) => [id, i]));
  const byDegree = [...ids].sort((a, b) => neighbours.get(b)!.length - neighbours.get(a)!.length || rank.get(a)! - rank.get(b)!);
  const placed: string[] = [];
  const visit = (id: string): void => {
    if (placed.includes(id)) return;
    placed.push(id);
    for (const next of [...neighbours.get(id)!].sort((a, b) => rank.get(a)! - rank.get(b)!)) visit(next);
  };
  for (const id of byDegree) visit(id);
  return placed;
}

function position(index: number, count: number): { x: number; y: number } {
  if (count === 1) return { x: 0.5, y: 0.5 };
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return { x: 0.5 + RADIUS * Math.cos(angle), y: 0.5 + RADIUS * Math.sin(angle) };
}

function edgeShape(a: { x: number; y: number }, b: { x: number; y: number }, lane: number): Pick<GraphEdge, 'cx' | 'cy' | 'labelX' | 'labelY'> {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  // Lanes 0, 1, 2, … bend 0, +1, −1, +2 … to alternate sides of the straight line.
  const offset = BEND * (lane % 2 === 1 ? (lane + 1) / 2 : -lane / 2);
  const cx = mx - ((b.y - a.y) / length) * offset * 2;
  const cy = my + ((b.x - a.x) / length) * offset * 2;
  return { cx, cy, labelX: (a.x + 2 * cx + b.x) / 4, labelY: (a.y + 2 * cy + b.y) / 4 };
}

/** The relationship graph a reader may see: shown relationships, the people known so far, deterministic positions. */
export function relationshipView(vis: Visibility): RelationshipGraphView {
  const { graph, entryOrder } = vis.model;
  const shown = graph.relationships.filter((r) => relationshipShown(vis, r));
  const ends = new Set(shown.flatMap((r) => [r.from, r.to]));
  const ids = entryOrder.filter((id) => ends.has(id) || (graph.dossiers[id]!.category === 'people' && vis.entries.get(id) === 'listed' && known(vis, id)));
  const order = circleOrder(ids, shown);
  const at = new Map(order.map((id, i) => [id, position(i, order.length)]));
  const name = (id: string): string => graph.dossiers[id]!.name;
  const lanes = new Map<string, number>();
  const edges = shown.map((r): GraphEdge => {
    const pair = [r.from, r.to].sort().join(' ');
    const lane = lanes.get(pair) ?? 0;
    lanes.set(pair, lane + 1);
    const sentence = `${name(r.from)} — ${r.label} — ${name(r.to)}`;
    return { from: r.from, to: r.to, label: r.label, tier: r.tier, ...edgeShape(at.get(r.from)!, at.get(r.to)!, lane), sentence };
  });
  const degree = (id: string): number => edges.filter((e) => e.from === id || e.to === id).length;
  const nodes = order.map((id): GraphNode => {
    const entry = graph.dossiers[id]!;
    const { x, y } = at.get(id)!;
    return { id, name: entry.name, category: entry.category, ...(entry.portrait ? { portrait: entry.portrait } : {}), x, y, label: `${entry.name}, ${plural(degree(id), 'relationship')}` };
  });
  const summary = edges.length === 0
    ? 'No relationships found yet: they appear as you learn them.'
    : `${plural(nodes.length, 'entry', 'entries')}, ${plural(edges.length, 'relationship')}.`;
  return { nodes, edges, sentences: edges.map((e) => e.sentence), summary };
}
