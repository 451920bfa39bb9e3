/**
 * The story map: every beat of the story drawn from the compiled graph, what the reader has read and
 * where they are, completion, chapter select and links to beats — as a drawing to pan and zoom and
 * as a list of beats in words. `#/map` opens it; `#/beat/<id>` opens a beat through it.
 */
import { completion } from '../../map/completion.ts';
import { pickLayout, type MapLayout, type StoryMapLayouts } from '../../map/map-layout.ts';
import type { MapReader } from '../../map/reveal.ts';
import { textMap } from '../../map/text-map.ts';
import { mapView, type MapNodeView, type MapView } from '../../map/view.ts';
import { overlayFrame, type OverlayFrame } from '../overlay-frame.ts';
import type { OverlayRoute } from '../routes.ts';
import { askFirst } from '../saves/confirm.ts';
import type { Overlay } from '../screen.ts';
import { completionView } from './completion-view.ts';
import { beatActions, type BeatActionDeps } from './map-actions.ts';
import { followBeatLink, readChapter, type ChapterDeps } from './map-chapter.ts';
import { renderDetail } from './map-detail.ts';
import { drawMap, type MapDrawing } from './map-drawing.ts';
import { mapList, markListBeat } from './map-list.ts';
import { mapPanes, type MapPanes } from './map-panes.ts';
import { PanZoom, ZOOM_STEP } from './pan-zoom.ts';
import { fitWidth, inSight, type ViewFrame } from './view-box.ts';
import './map.css';

/** What the story map needs. */
export interface MapOverlayDeps extends Omit<ChapterDeps, 'ask' | 'say'>, Pick<BeatActionDeps, 'copy' | 'linkTo'> {
  readonly doc: Document;
  /** The build-time layouts (`virtual:story-map`): at once when they are already loaded, else a promise of them. */
  readonly layouts: () => StoryMapLayouts | Promise<StoryMapLayouts>;
  readonly close: () => void;
  /** Shows the map at its own address (`#/map`) in place of a beat link. */
  readonly showMap: () => void;
  /** Says something to the reader (visible and announced). */
  readonly notify: (text: string) => void;
}

/** The measure from opening the map to its drawing being built and placed (for the bench). */
export const MAP_OPEN_MEASURE = 'map:open';

/** The story map overlay. */
export class MapOverlay implements Overlay {
  readonly kind = 'map';
  readonly title = 'Story map';
  private frame: OverlayFrame | undefined;
  private panes: MapPanes | undefined;
  private panZoom: PanZoom | undefined;
  private drawing: { readonly layout: MapLayout; readonly view: MapView; readonly art: MapDrawing } | undefined;
  private layouts: StoryMapLayouts | undefined;
  private ready: Promise<void> = Promise.resolve();
  private selected: string | undefined;
  private generation = 0;
  private readonly cleanup: (() => void)[] = [];

  constructor(private readonly deps: MapOverlayDeps) {}

  mount(dialog: HTMLElement): void {
    const { doc } = this.deps;
    const win = doc.defaultView;
    win?.performance?.mark?.(`${MAP_OPEN_MEASURE}:start`);
    const generation = ++this.generation;
    this.frame = overlayFrame(dialog, this.title, this.deps.close);
    const panes = mapPanes(doc, {
      zoomIn: () => this.panZoom?.zoom(ZOOM_STEP),
      zoomOut: () => this.panZoom?.zoom(1 / ZOOM_STEP),
      fit: () => this.panZoom?.fit(),
      findHere: () => this.findHere(),
    });
    this.panes = panes;
    this.frame.body.append(panes.root);
    this.panZoom = new PanZoom({ surface: panes.viewport, frame: () => this.viewFrame(), apply: (v) => this.drawing?.art.setView(v), onTap: (target) => this.tap(target) });
    const onKey = (event: KeyboardEvent): void => void this.panZoom?.handleKey(event);
    panes.drawingPane.addEventListener('keydown', onKey);
    this.cleanup.push(() => panes.drawingPane.removeEventListener('keydown', onKey), () => this.panZoom?.destroy());
    this.watchSize(panes.viewport);
    const layouts = this.deps.layouts();
    if (!(layouts instanceof Promise)) {
      this.layouts = layouts;
      this.render();
      this.measureOpen();
      return;
    }
    // The list needs no layout: it is there at once, and the drawing joins it when its module arrives.
    this.render();
    this.ready = layouts.then(
      (loaded) => {
        if (generation !== this.generation) return;
        this.layouts = loaded;
        this.render();
        this.measureOpen();
      },
      () => {
        if (generation === this.generation) this.deps.notify('The drawing of the map could not load. The list of scenes has everything it shows.');
      },
    );
  }

  show(route: OverlayRoute): void {
    if (route.kind === 'map' && route.beat !== undefined) void this.follow(route.beat);
  }

  unmount(): void {
    this.generation += 1;
    for (const undo of this.cleanup.splice(0)) undo();
    this.drawing = undefined;
  }

  /** Opens a beat a link names: read beats at once, others after asking; unknown ones say so and show the map. */
  private async follow(beatId: string): Promise<void> {
    const generation = this.generation;
    await this.ready;
    if (generation !== this.generation) return;
    await followBeatLink({ ...this.chapterDeps(), showMap: () => generation === this.generation && this.deps.showMap() }, beatId);
  }

  /** Draws the list, the completion and (once the layouts are here) the drawing, for the reader now. */
  private render(): void {
    const { doc, graph } = this.deps;
    const panes = this.panes!;
    const now = this.deps.reader();
    const reader: MapReader = { graph, progress: now.progress, spoilerLevel: now.spoilerLevel, ...(now.position ? { position: now.position } : {}) };
    const layout = this.layouts ? pickLayout(this.layouts, panes.viewport.clientWidth || (doc.defaultView?.innerWidth ?? 0)) : undefined;
    const actions = this.actions();
    panes.completion.replaceChildren(completionView(doc, completion(graph, now.progress), { idPrefix: 'map-completion' }));
    panes.list.replaceChildren(mapList({ doc, beats: textMap({ ...reader, ...(layout ? { layout } : {}) }), actions: (beat) => actions(beat, 'list'), onFocusBeat: (id) => this.select(id, { from: 'list' }) }));
    panes.here.hidden = now.position === undefined;
    if (!layout) return;
    const view = mapView({ ...reader, layout });
    const read = view.nodes.filter((n) => n.read).length;
    const art = drawMap(doc, view, layout.metrics, `Drawing of the story map: ${view.nodes.length} scenes, ${read} read. The list of scenes says the same in words.`);
    panes.viewport.replaceChildren(art.svg);
    this.drawing = { layout, view, art };
    // The card first: it takes room from the viewport the view is placed in.
    this.select(this.selected ?? now.position?.beatId, {});
    this.placeView(this.selected);
  }

  /** The first view of a drawing: its width fitted, and the reader's beat in the middle. */
  private placeView(current: string | undefined): void {
    const frame = this.viewFrame();
    if (frame.viewport.width === 0) return;
    this.panZoom?.set(fitWidth(frame));
    const node = this.drawing?.view.nodes.find((n) => n.id === current);
    if (node) this.panZoom?.centre(middle(node));
  }

  /** Picks a beat on the drawing, the card and the list; the drawing brings it into sight when asked from the list. */
  private select(beatId: string | undefined, options: { readonly from?: 'list' | 'drawing' }): void {
    this.selected = beatId;
    const panes = this.panes!;
    const node = this.drawing?.view.nodes.find((n) => n.id === beatId);
    this.drawing?.art.select(node?.id);
    const actions = this.actions();
    renderDetail(panes.card, node, node ? actions(node, 'card') : []);
    const item = markListBeat(panes.list, beatId);
    if (options.from === 'drawing') item?.scrollIntoView?.({ block: 'nearest' });
    const pz = this.panZoom;
    if (options.from === 'list' && node && pz && !inSight(pz.get(), node, this.viewFrame().viewport)) pz.centre(middle(node));
  }

  private tap(target: EventTarget | null): void {
    const beat = target instanceof Element ? target.closest<SVGElement>('.map-node')?.dataset['beat'] : undefined;
    this.select(beat, { from: 'drawing' });
  }

  private findHere(): void {
    const current = this.deps.reader().position?.beatId;
    const node = this.drawing?.view.nodes.find((n) => n.id === current);
    if (node) {
      this.panZoom?.centre(middle(node));
      this.select(node.id, {});
    }
  }

  private viewFrame(): ViewFrame {
    const viewport = this.panes!.viewport;
    const layout = this.drawing?.layout;
    return { map: { width: layout?.width ?? 1, height: layout?.height ?? 1 }, viewport: { width: viewport.clientWidth, height: viewport.clientHeight } };
  }

  /** Follows the viewport's size: the other layout when the width calls for it, else the same view kept in reach. */
  private watchSize(viewport: HTMLElement): void {
    const Observer = this.deps.doc.defaultView?.ResizeObserver;
    if (!Observer) return;
    let width = viewport.clientWidth;
    const observer = new Observer(() => {
      const was = width;
      width = viewport.clientWidth;
      if (!this.drawing || !this.layouts || width === 0) return;
      if (pickLayout(this.layouts, width) !== this.drawing.layout) this.render();
      else if (was === 0) this.placeView(this.selected ?? this.deps.reader().position?.beatId);
      else this.panZoom?.set(this.panZoom.get());
    });
    observer.observe(viewport);
    this.cleanup.push(() => observer.disconnect());
  }

  private actions(): ReturnType<typeof beatActions> {
    return beatActions({ ...this.deps, read: (id) => void readChapter(this.chapterDeps(), id) });
  }

  private chapterDeps(): ChapterDeps {
    return { ...this.deps, ask: (question, confirm) => this.ask(question, confirm), say: this.deps.notify };
  }

  private ask(question: string, confirm: string): Promise<boolean> {
    return askFirst(this.frame!.root, question, confirm);
  }

  /** Measures from opening to the drawing built and placed (what the next frame paints). */
  private measureOpen(): void {
    this.deps.doc.defaultView?.performance?.measure?.(MAP_OPEN_MEASURE, `${MAP_OPEN_MEASURE}:start`);
  }
}

function middle(node: MapNodeView): { x: number; y: number } {
  return { x: node.x + node.width / 2, y: node.y + node.height / 2 };
}
