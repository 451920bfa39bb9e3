/**
 * The story map's layout, computed at build time with dagre (never import this in the browser: it
 * pulls dagre in): a box per beat, a polyline per jump and choice option, top to bottom in story order.
 */
import { Graph, layout as dagreLayout } from '@dagrejs/dagre';
import type { StoryGraph } from '../story/types.ts';
import { edgeOption, edgeRoute, storyEdges, type StoryEdge } from './edges.ts';
import type { MapEdgeLayout, MapLayout, MapNodeLayout, MapPoint, StoryMapLayouts } from './map-layout.ts';
import { labelSize, MAP_PRESET_NAMES, MAP_PRESETS, nodeSize, type MapPresetName } from './measure.ts';

export type { MapBox, MapEdgeLayout, MapLayout, MapNodeLayout, MapPoint, StoryMapLayouts } from './map-layout.ts';

interface PlacedNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PlacedEdge {
  points?: MapPoint[];
  x?: number;
  y?: number;
  width: number;
  height: number;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** Lays out a graph with one preset. Deterministic: the same graph gives the same JSON. */
export function layoutStory(graph: StoryGraph, presetName: MapPresetName = 'wide'): MapLayout {
  const preset = MAP_PRESETS[presetName];
  const node = nodeSize(graph.beatOrder.map((id) => graph.beats[id]?.title ?? ''), preset);
  const edges = storyEdges(graph);
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: preset.nodesep, ranksep: preset.ranksep, edgesep: preset.edgesep, marginx: preset.margin, marginy: preset.margin });
  for (const id of graph.beatOrder) g.setNode(id, { ...node });
  for (const edge of edges) {
    const label = preset.edgeLabels ? edgeOption(graph, edge)?.label : undefined;
    const size = label === undefined ? { width: 0, height: 0 } : labelSize(label, preset);
    // Heavier choices keep a menu's targets side by side on the row under it.
    g.setEdge(edge.from, edge.to, { ...size, labelpos: 'c', weight: edge.kind === 'choice' ? 2 : 1 }, edge.id);
  }
  dagreLayout(g, { constraints: menuOrder(edges) });
  const info = g.graph() as { width?: number; height?: number };
  const placed = (id: string): PlacedNode => g.node(id) as PlacedNode;
  const rows = [...new Set(graph.beatOrder.map((id) => round(placed(id).y)))].sort((a, b) => a - b);
  return {
    graphHash: graph.hash,
    preset: presetName,
    width: Math.ceil(info.width ?? 0),
    height: Math.ceil(info.height ?? 0),
    metrics: { ...preset, nodeWidth: node.width, nodeHeight: node.height },
    nodes: graph.beatOrder.map((id) => nodeLayout(graph, id, placed(id), rows.indexOf(round(placed(id).y)))),
    edges: edges.map((edge) => edgeLayout(graph, edge, g.edge(edge.from, edge.to, edge.id) as PlacedEdge)),
  };
}

/** Both presets' layouts of a graph: what `virtual:story-map` exports. */
export function layoutStoryMap(graph: StoryGraph): StoryMapLayouts {
  return Object.fromEntries(MAP_PRESET_NAMES.map((name) => [name, layoutStory(graph, name)])) as Record<MapPresetName, MapLayout>;
}

function routeColor(graph: StoryGraph, route: string | undefined): { route?: string; color?: string } {
  const color = route === undefined ? undefined : graph.routes[route]?.color;
  return { ...(route === undefined ? {} : { route }), ...(color === undefined ? {} : { color }) };
}

function nodeLayout(graph: StoryGraph, id: string, box: PlacedNode, rank: number): MapNodeLayout {
  const { x, y, width, height } = box;
  return { id, x: round(x - width / 2), y: round(y - height / 2), width, height, rank, ...routeColor(graph, graph.beats[id]?.route) };
}

function edgeLayout(graph: StoryGraph, edge: StoryEdge, placed: PlacedEdge): MapEdgeLayout {
  const { x, y, width, height } = placed;
  const label = width > 0 && x !== undefined && y !== undefined ? { x: round(x - width / 2), y: round(y - height / 2), width, height } : undefined;
  return {
    ...edge,
    ...routeColor(graph, edgeRoute(graph, edge)),
    points: (placed.points ?? []).map((p) => ({ x: round(p.x), y: round(p.y) })),
    ...(label ? { label } : {}),
  };
}

/** Left-to-right constraints that keep each menu's targets in option order, skipping any that would contradict an earlier menu. */
function menuOrder(edges: readonly StoryEdge[]): { left: string; right: string }[] {
  const rightOf = new Map<string, Set<string>>();
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
    if (from === to) return true;
    seen.add(from);
    return [...(rightOf.get(from) ?? [])].some((next) => !seen.has(next) && reaches(next, to, seen));
  };
  const constraints: { left: string; right: string }[] = [];
  const choices = edges.filter((e) => e.kind === 'choice');
  choices.forEach((edge, i) => {
    const next = choices[i + 1];
    if (!next || next.from !== edge.from || next.step !== edge.step || reaches(next.to, edge.to)) return;
    rightOf.set(edge.to, (rightOf.get(edge.to) ?? new Set()).add(next.to));
    constraints.push({ left: edge.to, right: next.to });
  });
  return constraints;
}
