/**
 * The story map: every beat of the story drawn from the compiled graph, what the reader has read and
 * where they are, completion, chapter select and links to beats — as a drawing to pan and zoom and
 * as a list of beats in words. `#/map` opens it; `#/beat/<id>` opens a beat through it.
 */
import { completion } from '../../map/completion.ts';
import { pickLayout, type MapLayout, type StoryMapLayouts } from '../../map/map-layout.ts';
import type { MapReader } from '../../map/reveal.ts';
import { textMap } from '../../map/text-map.ts';
import { mapView } from '../../map/view.ts';
import { overlayFrame, type OverlayFrame } from '../overlay-frame.ts';
import type { OverlayRoute } from '../routes.ts';
import { askFirst } from '../saves/confirm.ts';
import type { Overlay } from '../screen.ts';
import { completionView } from './completion-view.ts';
import { beatActions, type BeatActionDeps } from './map-actions.ts';
import { followBeatLink, readChapter, type ChapterDeps } from './map-chapter.ts';
import { renderDetail } from './map-detail.ts';
import { mapList, markListBeat } from './map-list.ts';
import { mapPanes, type MapPanes } from './map-panes.ts';
import { DrawingView } from './drawing-view.ts';
import { ZOOM_STEP } from './pan-zoom.ts';
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
  private drawing: DrawingView | undefined;
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
      zoomIn: () => this.drawing?.zoom(ZOOM_STEP),
      zoomOut: () => this.drawing?.zoom(1 / ZOOM_STEP),
      fit: () => this.drawing?.fit(),
      findHere: () => this.findHere(),
    });
    this.panes = panes;
    this.frame.body.append(panes.root);
    const drawing = this.drawingIn(panes);
    this.drawing = drawing;
    this.cleanup.push(() => drawing.destroy());
    const layouts = this.deps.layouts();
    if (!(layouts instanceof Promise)) this.layouts = layouts;
    // The list needs no layout: it is there at once, and the drawing joins it when its module arrives.
    this.renderList();
    if (layouts instanceof Promise) this.ready = this.drawWhenLoaded(layouts, generation);
    else this.drawNow(layouts);
  }

  private drawingIn(panes: MapPanes): DrawingView {
    return new DrawingView({
      doc: this.deps.doc,
      viewport: panes.viewport,
      keys: panes.drawingPane,
      onTap: (beatId) => this.select(beatId, { from: 'drawing' }),
      layoutFor: (width) => (this.layouts ? pickLayout(this.layouts, width) : undefined),
      redraw: () => this.layouts && this.renderDrawing(this.layouts),
      focusBeat: () => this.selected ?? this.deps.reader().position?.beatId,
    });
  }

  private drawNow(layouts: StoryMapLayouts): void {
    this.renderDrawing(layouts);
    // From opening to the drawing built and placed: what the next frame paints.
    this.deps.doc.defaultView?.performance?.measure?.(MAP_OPEN_MEASURE, `${MAP_OPEN_MEASURE}:start`);
  }

  private async drawWhenLoaded(layouts: Promise<StoryMapLayouts>, generation: number): Promise<void> {
    try {
      const loaded = await layouts;
      if (generation !== this.generation) return;
      this.layouts = loaded;
      this.drawNow(loaded);
    } catch {
      if (generation === this.generation) this.deps.notify('The drawing of the map could not load. The list of scenes has everything it shows.');
    }
  }

  show(route: OverlayRoute): void {
    if (route.kind === 'map' && route.beat !== undefined) void this.follow(route.beat);
  }

  unmount(): void {
    this.generation += 1;
    for (const undo of this.cleanup.splice(0)) undo();
  }

  /** Opens a beat a link names: read beats at once, others after asking; unknown ones say so and show the map. */
  private async follow(beatId: string): Promise<void> {
    const generation = this.generation;
    await this.ready;
    if (generation !== this.generation) return;
    await followBeatLink({ ...this.chapterDeps(), showMap: () => generation === this.generation && this.deps.showMap() }, beatId);
  }

  /** The reader now, as the map's model takes them. */
  private mapReader(): MapReader {
    const now = this.deps.reader();
    return { graph: this.deps.graph, progress: now.progress, spoilerLevel: now.spoilerLevel, ...(now.position ? { position: now.position } : {}) };
  }

  /** Writes the completion and the list (once: redrawing it would lose the reader's place in it). */
  private renderList(): void {
    const { doc, graph } = this.deps;
    const panes = this.panes!;
    const reader = this.mapReader();
    const layout = this.layouts ? this.pickLayout(this.layouts) : undefined;
    const actions = this.actions();
    panes.completion.replaceChildren(completionView(doc, completion(graph, reader.progress), { idPrefix: 'map-completion' }));
    panes.list.replaceChildren(mapList({ doc, beats: textMap({ ...reader, ...(layout ? { layout } : {}) }), actions: (beat) => actions(beat, 'list'), onFocusBeat: (id) => this.select(id, { from: 'list' }) }));
    panes.here.hidden = reader.position === undefined;
  }

  /** Draws the map in the layout that suits the viewport, the reader's beat picked and in sight. */
  private renderDrawing(layouts: StoryMapLayouts): void {
    const reader = this.mapReader();
    const layout = this.pickLayout(layouts);
    const view = mapView({ ...reader, layout });
    const read = view.nodes.filter((n) => n.read).length;
    this.drawing?.draw(layout, view, `Drawing of the story map: ${view.nodes.length} scenes, ${read} read. The list of scenes says the same in words.`);
    // The card first: it takes room from the viewport the view is placed in.
    this.select(this.selected ?? reader.position?.beatId, {});
    this.drawing?.place(this.selected);
  }

  private pickLayout(layouts: StoryMapLayouts): MapLayout {
    return pickLayout(layouts, this.panes!.viewport.clientWidth || (this.deps.doc.defaultView?.innerWidth ?? 0));
  }

  /** Picks a beat on the drawing, the card and the list; the drawing brings it into sight when asked from the list. */
  private select(beatId: string | undefined, options: { readonly from?: 'list' | 'drawing' }): void {
    this.selected = beatId;
    const node = this.drawing?.node(beatId);
    this.drawing?.select(beatId);
    renderDetail(this.panes!.card, node, node ? this.actions()(node, 'card') : []);
    const item = markListBeat(this.panes!.list, beatId);
    if (options.from === 'drawing') item?.scrollIntoView?.({ block: 'nearest' });
    if (options.from === 'list') this.drawing?.bringIntoSight(beatId);
  }

  private findHere(): void {
    const current = this.deps.reader().position?.beatId;
    this.drawing?.centre(current);
    if (this.drawing?.node(current)) this.select(current, {});
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
}
