/**
 * The story map's layout as the browser receives it from `virtual:story-map`: plain JSON with no story
 * text, so nothing here can spoil; titles and labels stay in the graph and the view model decides what to show.
 */
import type { StoryEdgeKind } from './edges.ts';
import type { MapPreset, MapPresetName } from './measure.ts';

/** A point in map pixels. */
export interface MapPoint {
  readonly x: number;
  readonly y: number;
}

/** A box in map pixels: top-left corner and size. */
export interface MapBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A beat's place on the map. */
export interface MapNodeLayout extends MapBox {
  readonly id: string;
  /** Row from the top (0 = the start), in story order. */
  readonly rank: number;
  readonly route?: string;
  readonly color?: string;
}

/** A jump or choice option drawn as a polyline from box edge to box edge. */
export interface MapEdgeLayout {
  /** The edge id from `storyEdges`: `from/step` or `from/step/option`. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: StoryEdgeKind;
  readonly step: number;
  readonly option?: number;
  readonly conditional: boolean;
  /** The route it is drawn in (its target's, else its source's), and that route's colour. */
  readonly route?: string;
  readonly color?: string;
  readonly points: readonly MapPoint[];
  /** Room kept for the option's label, in presets that draw labels on edges. */
  readonly label?: MapBox;
}

/** A whole laid-out map for one graph and one preset. */
export interface MapLayout {
  readonly graphHash: string;
  readonly preset: MapPresetName;
  readonly width: number;
  readonly height: number;
  /** The size every node box shares, and the preset's text metrics the view should draw with. */
  readonly metrics: MapPreset & { readonly nodeWidth: number; readonly nodeHeight: number };
  readonly nodes: readonly MapNodeLayout[];
  readonly edges: readonly MapEdgeLayout[];
}

/** Both layouts of a graph: `wide` with labelled edges, `compact` for a narrow portrait screen. */
export type StoryMapLayouts = Readonly<Record<MapPresetName, MapLayout>>;

/** The layout to draw in a viewport this wide: the wide one when it fits, else the compact one. */
export function pickLayout(layouts: StoryMapLayouts, viewportWidth: number): MapLayout {
  return layouts.wide.width <= viewportWidth ? layouts.wide : layouts.compact;
}
