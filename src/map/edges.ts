/** The ways between beats in a story graph, each with an id that stays stable for one compiled graph. */
import type { ChoiceOption, StoryGraph } from '../story/types.ts';

/** How the story moves along an edge: the reader picks an option, or the script jumps. */
export type StoryEdgeKind = 'choice' | 'jump';

/** One way from a beat to another: a jump step, or one option of a choice step. */
export interface StoryEdge {
  /** `from/step` for a jump, `from/step/option` for a choice option. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: StoryEdgeKind;
  /** Index of the jump or choice step in the `from` beat. */
  readonly step: number;
  /** Index of the option in its menu, for choices. */
  readonly option?: number;
  /** True when a condition can close this way (`{flag}` on the option or the jump). */
  readonly conditional: boolean;
}

/** Every jump and choice option of the graph, beats in script order, steps and options in script order. */
export function storyEdges(graph: StoryGraph): StoryEdge[] {
  return graph.beatOrder.flatMap((from) =>
    (graph.beats[from]?.steps ?? []).flatMap((step, index): StoryEdge[] => {
      if (step.kind === 'jump') {
        return [{ id: `${from}/${index}`, from, to: step.target, kind: 'jump', step: index, conditional: step.when !== undefined }];
      }
      if (step.kind !== 'choice') return [];
      return step.options.map((option, o) => ({
        id: `${from}/${index}/${o}`,
        from,
        to: option.target,
        kind: 'choice' as const,
        step: index,
        option: o,
        conditional: option.when !== undefined || step.when !== undefined,
      }));
    }),
  );
}

/** The choice option an edge stands for, or undefined for a jump. */
export function edgeOption(graph: StoryGraph, edge: Pick<StoryEdge, 'from' | 'step' | 'option'>): ChoiceOption | undefined {
  const step = graph.beats[edge.from]?.steps[edge.step];
  return step?.kind === 'choice' && edge.option !== undefined ? step.options[edge.option] : undefined;
}

/** The route an edge is drawn in: its target's, or its source's where it rejoins the common story. */
export function edgeRoute(graph: StoryGraph, edge: Pick<StoryEdge, 'from' | 'to'>): string | undefined {
  return graph.beats[edge.to]?.route ?? graph.beats[edge.from]?.route;
}
