/**
 * The drawing pane's live part: the drawn map, its pan and zoom (pointer, wheel, keys), and the
 * viewport's size followed — another layout when the width calls for it, the same view kept in reach.
 */
import type { MapLayout } from '../../map/map-layout.ts';
import type { MapNodeView, MapView } from '../../map/view.ts';
import { drawMap, type MapDrawing } from './map-drawing.ts';
import { PanZoom } from './pan-zoom.ts';
import { fitWidth, inSight, type ViewFrame } from './view-box.ts';

/** What the drawing works in and reports to. */
export interface DrawingViewDeps {
  readonly doc: Document;
  readonly viewport: HTMLElement;
  /** The element whose key presses pan and zoom (the pane: the viewport and its buttons). */
  readonly keys: HTMLElement;
  /** A tap on the drawing: the beat it landed on, or none. */
  readonly onTap: (beatId: string | undefined) => void;
  /** The layout a viewport this wide should show. */
  readonly layoutFor: (width: number) => MapLayout | undefined;
  /** The viewport now wants another layout than the one drawn. */
  readonly redraw: () => void;
  /** The beat to bring into sight when the viewport first gets a size. */
  readonly focusBeat: () => string | undefined;
}

/** The map as drawn in its viewport. */
export class DrawingView {
  private drawn: { readonly layout: MapLayout; readonly view: MapView; readonly art: MapDrawing } | undefined;
  private readonly panZoom: PanZoom;
  private readonly cleanup: (() => void)[] = [];

  constructor(private readonly deps: DrawingViewDeps) {
    this.panZoom = new PanZoom({ surface: deps.viewport, frame: () => this.frame(), apply: (v) => this.drawn?.art.setView(v), onTap: (target) => deps.onTap(beatAt(target)) });
    const onKey = (event: KeyboardEvent): void => void this.panZoom.handleKey(event);
    deps.keys.addEventListener('keydown', onKey);
    this.cleanup.push(() => deps.keys.removeEventListener('keydown', onKey), () => this.panZoom.destroy());
    this.watchSize();
  }

  /** Draws a view of the map (replacing what was drawn); place it with `place`. */
  draw(layout: MapLayout, view: MapView, label: string): void {
    const art = drawMap(this.deps.doc, view, layout.metrics, label);
    this.deps.viewport.replaceChildren(art.svg);
    this.drawn = { layout, view, art };
  }

  /** The layout drawn now. */
  layout(): MapLayout | undefined {
    return this.drawn?.layout;
  }

  /** A beat's box as drawn. */
  node(beatId: string | undefined): MapNodeView | undefined {
    return beatId === undefined ? undefined : this.drawn?.view.nodes.find((n) => n.id === beatId);
  }

  /** Picks out a beat (or none). */
  select(beatId: string | undefined): void {
    this.drawn?.art.select(this.node(beatId)?.id);
  }

  /** The first view: the width fitted, and a beat (the reader's) in the middle. */
  place(beatId: string | undefined): void {
    const frame = this.frame();
    if (frame.viewport.width === 0) return;
    this.panZoom.set(fitWidth(frame));
    this.centre(beatId);
  }

  /** Puts a beat in the middle. */
  centre(beatId: string | undefined): void {
    const node = this.node(beatId);
    if (node) this.panZoom.centre({ x: node.x + node.width / 2, y: node.y + node.height / 2 });
  }

  /** Centres a beat only if it is not wholly in sight already. */
  bringIntoSight(beatId: string | undefined): void {
    const node = this.node(beatId);
    if (node && !inSight(this.panZoom.get(), node, this.frame().viewport)) this.centre(beatId);
  }

  /** Zooms about the middle (factor > 1 zooms in). */
  zoom(factor: number): void {
    this.panZoom.zoom(factor);
  }

  /** Fits the width again. */
  fit(): void {
    this.panZoom.fit();
  }

  /** Stops listening. */
  destroy(): void {
    for (const undo of this.cleanup.splice(0)) undo();
    this.drawn = undefined;
  }

  private frame(): ViewFrame {
    const { viewport } = this.deps;
    const layout = this.drawn?.layout;
    return { map: { width: layout?.width ?? 1, height: layout?.height ?? 1 }, viewport: { width: viewport.clientWidth, height: viewport.clientHeight } };
  }

  private watchSize(): void {
    const { viewport } = this.deps;
    const Observer = this.deps.doc.defaultView?.ResizeObserver;
    if (!Observer) return;
    let width = viewport.clientWidth;
    const observer = new Observer(() => {
      const was = width;
      width = viewport.clientWidth;
      if (!this.drawn || width === 0) return;
      if (this.deps.layoutFor(width) !== this.drawn.layout) this.deps.redraw();
      else if (was === 0) this.place(this.deps.focusBeat());
      else this.panZoom.set(this.panZoom.get());
    });
    observer.observe(viewport);
    this.cleanup.push(() => observer.disconnect());
  }
}

function beatAt(target: EventTarget | null): string | undefined {
  return target instanceof Element ? target.closest<SVGElement>('.map-node')?.dataset['beat'] : undefined;
}
