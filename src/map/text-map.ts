/** The story map as text: a list of beats in story order, each with the ways out of it, under the same spoiler rule. */
import { storyEdges, type StoryEdgeKind } from './edges.ts';
import type { MapLayout } from './layout.ts';
import { knowledge, visibleLabel, type MapReader } from './reveal.ts';
import { edgeState, nodeView, pathSteps, type EdgeState, type NodeState } from './view.ts';

/** A way out of a beat, as a list item. */
export interface TextMapWay {
  readonly id: string;
  readonly kind: StoryEdgeKind;
  readonly to: string;
  readonly state: EdgeState;
  /** The option's text, only when the beat offering it may be shown. */
  readonly label?: string;
  /** The whole item as it reads: `Choice “Stay with Sarah” → Sarah's dressing room (your path)`. */
  readonly text: string;
}

/** A beat, as a list item with its ways nested under it. */
export interface TextMapBeat {
  readonly id: string;
  readonly state: NodeState;
  readonly read: boolean;
  readonly revealed: boolean;
  readonly title?: string;
  readonly location?: string;
  /** The item as it reads: `Sarah's stage — Club Canal, the stage (read)` or `A scene (not read yet)`. */
  readonly text: string;
  readonly ways: readonly TextMapWay[];
}

const STATE_WORDS: Readonly<Record<NodeState, string>> = { current: 'you are here', 'on-path': 'read, on your path', read: 'read', unread: 'not read yet' };
const WAY_WORDS: Readonly<Record<EdgeState, string>> = { 'on-path': ' (your path)', taken: ' (taken before)', 'not-taken': '' };

/** The text alternative: beats in the layout's top-to-bottom order (script order without a layout). */
export function textMap(reader: MapReader & { readonly layout?: MapLayout }): TextMapBeat[] {
  const { graph } = reader;
  const known = knowledge(reader);
  const edges = storyEdges(graph);
  const rank = new Map(reader.layout?.nodes.map((n) => [n.id, n.rank]) ?? []);
  const order = graph.beatOrder.map((id, i) => ({ id, key: rank.get(id) ?? i, i })).sort((a, b) => a.key - b.key || a.i - b.i);
  const nodes = new Map(graph.beatOrder.map((id) => [id, nodeView(graph, known, edges, { id, x: 0, y: 0, width: 0, height: 0 })]));
  const steps = pathSteps(reader.position?.visited ?? []);
  return order.map(({ id }) => {
    const node = nodes.get(id)!;
    const heading = node.revealed ? `${node.title} — ${node.location}` : node.text;
    const via = !node.revealed && node.reachedBy.length > 0 ? `, reached by choosing ${node.reachedBy.map((l) => `“${l}”`).join(' or ')}` : '';
    const ways = edges.filter((e) => e.from === id).map((edge): TextMapWay => {
      const label = visibleLabel(graph, known, edge);
      const target = nodes.get(edge.to);
      const targetText = target?.revealed ? target.title! : 'a scene not read yet';
      const state = edgeState(reader, known, edge, steps);
      const lead = edge.kind === 'jump' ? 'Then' : label === undefined ? 'A choice not read yet' : `Choice “${label}”`;
      const when = edge.conditional ? ', only on some paths' : '';
      return { id: edge.id, kind: edge.kind, to: edge.to, state, ...(label === undefined ? {} : { label }), text: `${lead} → ${targetText}${when}${WAY_WORDS[state]}` };
    });
    return {
      id,
      state: node.state,
      read: node.read,
      revealed: node.revealed,
      ...(node.revealed ? { title: node.title!, location: node.location! } : {}),
      text: `${heading} (${STATE_WORDS[node.state]}${via})`,
      ways,
    };
  });
}
