/** The story map's view model: the laid-out graph with what this reader has read, may see and is reading now. */
import { choiceId } from '../progress/progress.ts';
import type { StoryGraph } from '../story/types.ts';
import { storyEdges, type StoryEdge, type StoryEdgeKind } from './edges.ts';
import type { MapBox, MapLayout, MapPoint } from './layout.ts';
import { knowledge, reachedBy, visibleLabel, type Knowledge, type MapReader } from './reveal.ts';

/** What a beat is to the reader, strongest first: where they are, on their path now, read before, or not read. */
export const NODE_STATES = ['current', 'on-path', 'read', 'unread'] as const;
/** A beat's state on the map. */
export type NodeState = (typeof NODE_STATES)[number];

/** An edge's state: on the reader's current path, taken in some reading, or never taken. */
export const EDGE_STATES = ['on-path', 'taken', 'not-taken'] as const;
/** An edge's state on the map. */
export type EdgeState = (typeof EDGE_STATES)[number];

/** What an unread, unrevealed beat says instead of its title. */
export const HIDDEN_BEAT_TEXT = 'A scene';

/** A beat as the map draws it. Title, location and summary are present only when the beat is revealed. */
export interface MapNodeView extends MapBox {
  readonly id: string;
  readonly state: NodeState;
  /** Entered in some reading (or on the current path): chapter select may start it without asking. */
  readonly read: boolean;
  /** Read, or shown by the spoiler level. */
  readonly revealed: boolean;
  /** The title, or "A scene". */
  readonly text: string;
  readonly title?: string;
  readonly location?: string;
  readonly summary?: string;
  readonly route?: { readonly id: string; readonly color: string };
  /** Labels of the choices that lead here, where the beat offering them may be shown. */
  readonly reachedBy: readonly string[];
}

/** A jump or choice option as the map draws it. */
export interface MapEdgeView {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: StoryEdgeKind;
  readonly state: EdgeState;
  readonly conditional: boolean;
  readonly color?: string;
  readonly points: readonly MapPoint[];
  /** The option's text, only when the beat offering it may be shown. */
  readonly label?: string;
  readonly labelBox?: MapBox;
}

/** The whole map for one reader. */
export interface MapView {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly MapNodeView[];
  readonly edges: readonly MapEdgeView[];
  /** The layout was made for another version of the script (a dev edit): beats it lacks are left out. */
  readonly stale: boolean;
}

/** Builds the map's view model from a build-time layout and the reader's progress. */
export function mapView(reader: MapReader & { readonly layout: MapLayout }): MapView {
  const { graph, layout } = reader;
  const known = knowledge(reader);
  const edges = storyEdges(graph);
  const byId = new Map(edges.map((e) => [e.id, e]));
  const steps = pathSteps(reader.position?.visited ?? []);
  return {
    width: layout.width,
    height: layout.height,
    nodes: layout.nodes.filter((n) => Object.hasOwn(graph.beats, n.id)).map((n) => nodeView(graph, known, edges, n)),
    edges: layout.edges.flatMap((placed) => {
      const edge = byId.get(placed.id);
      if (!edge || edge.to !== placed.to) return [];
      const label = visibleLabel(graph, known, edge);
      return [{
        id: edge.id,
        from: edge.from,
        to: edge.to,
        kind: edge.kind,
        state: edgeState(reader, known, edge, steps),
        conditional: edge.conditional,
        ...(placed.color === undefined ? {} : { color: placed.color }),
        points: placed.points,
        ...(label === undefined ? {} : { label }),
        ...(label === undefined || placed.label === undefined ? {} : { labelBox: placed.label }),
      }];
    }),
    stale: layout.graphHash !== graph.hash,
  };
}

/** A beat's own view: state, and its words only when revealed. */
export function nodeView(graph: StoryGraph, known: Knowledge, edges: readonly StoryEdge[], box: MapBox & { readonly id: string }): MapNodeView {
  const beat = graph.beats[box.id]!;
  const revealed = known.revealed.has(beat.id);
  const route = beat.route === undefined ? undefined : graph.routes[beat.route];
  return {
    id: beat.id,
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    state: nodeState(known, beat.id),
    read: known.read.has(beat.id),
    revealed,
    text: revealed ? beat.title : HIDDEN_BEAT_TEXT,
    ...(revealed ? { title: beat.title, location: beat.location, summary: beat.summary } : {}),
    ...(route ? { route: { id: route.id, color: route.color } } : {}),
    reachedBy: reachedBy(graph, known, edges, beat.id),
  };
}

/** Current, then on the path, then read, else unread. */
export function nodeState(known: Knowledge, beatId: string): NodeState {
  if (known.current === beatId) return 'current';
  if (known.onPath.has(beatId)) return 'on-path';
  return known.read.has(beatId) ? 'read' : 'unread';
}

/** The moves of a path as `from>to` pairs: each beat entered follows the one before it. */
export function pathSteps(visited: readonly string[]): Set<string> {
  return new Set(visited.slice(1).map((to, i) => `${visited[i]}>${to}`));
}

/**
 * On the path when its target was entered right after its source (two options into the same beat are
 * both on it); taken when the choice is in the reader's progress, or, for a jump, both ends were read.
 */
export function edgeState(reader: MapReader, known: Knowledge, edge: StoryEdge, steps: ReadonlySet<string>): EdgeState {
  if (steps.has(`${edge.from}>${edge.to}`)) return 'on-path';
  const taken = edge.kind === 'choice'
    ? reader.progress.choices.includes(choiceId(edge.from, edge.to))
    : known.read.has(edge.from) && known.read.has(edge.to);
  return taken ? 'taken' : 'not-taken';
}
