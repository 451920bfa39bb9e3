/**
 * Pan and zoom for the map drawing, from a mouse (drag, wheel), touch (drag, pinch) and the keyboard
 * (arrows, + and −, 0 to fit). The numbers are in view-box.ts; this turns input into them.
 */
import { centreOn, clampView, fitWidth, panBy, zoomAt, type Point, type ViewBox, type ViewFrame } from './view-box.ts';

/** What pan and zoom work on. */
export interface PanZoomDeps {
  /** The element that takes pointer and wheel input (the viewport). */
  readonly surface: HTMLElement;
  /** The map's size and the viewport's now. */
  readonly frame: () => ViewFrame;
  /** Draws the map at a view. */
  readonly apply: (view: ViewBox) => void;
  /** A press that did not drag: what it landed on. */
  readonly onTap?: (target: EventTarget | null) => void;
}

/** A press that moves less than this (CSS px) is a tap, not a drag. */
const TAP_SLOP = 6;
/** One zoom step (keys and buttons). */
export const ZOOM_STEP = 1.25;
/** One arrow-key step, as a share of the viewport. */
const KEY_PAN = 0.2;

/** Turns pointer, wheel and key input into a view of the map. */
export class PanZoom {
  private view: ViewBox = { x: 0, y: 0, scale: 1 };
  private readonly pointers = new Map<number, Point>();
  private press: { readonly start: Point; readonly target: EventTarget | null; moved: boolean } | undefined;
  private readonly cleanup: (() => void)[] = [];

  constructor(private readonly deps: PanZoomDeps) {
    const { surface } = deps;
    const on = <K extends keyof HTMLElementEventMap>(type: K, listener: (event: HTMLElementEventMap[K]) => void, options?: AddEventListenerOptions): void => {
      surface.addEventListener(type, listener, options);
      this.cleanup.push(() => surface.removeEventListener(type, listener, options));
    };
    on('pointerdown', (e) => this.down(e));
    on('pointermove', (e) => this.move(e));
    on('pointerup', (e) => this.up(e, true));
    on('pointercancel', (e) => this.up(e, false));
    on('wheel', (e) => this.wheel(e), { passive: false });
  }

  /** The view now. */
  get(): ViewBox {
    return this.view;
  }

  /** Moves to a view (kept in reach) and draws it. */
  set(view: ViewBox): void {
    this.view = clampView(view, this.deps.frame());
    this.deps.apply(this.view);
  }

  /** Fits the map's width, top first. */
  fit(): void {
    this.set(fitWidth(this.deps.frame()));
  }

  /** Zooms in (factor > 1) or out about a viewport point, the centre by default. */
  zoom(factor: number, at?: Point): void {
    const frame = this.deps.frame();
    this.set(zoomAt(this.view, factor, at ?? { x: frame.viewport.width / 2, y: frame.viewport.height / 2 }, frame));
  }

  /** Puts a map point in the middle. */
  centre(point: Point): void {
    this.set(centreOn(this.view, point, this.deps.frame()));
  }

  /** Handles a key meant for the drawing; returns whether it did. */
  handleKey(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    const { viewport } = this.deps.frame();
    const step = { x: viewport.width * KEY_PAN, y: viewport.height * KEY_PAN };
    const moves: Record<string, () => void> = {
      ArrowLeft: () => this.set(panBy(this.view, step.x, 0, this.deps.frame())),
      ArrowRight: () => this.set(panBy(this.view, -step.x, 0, this.deps.frame())),
      ArrowUp: () => this.set(panBy(this.view, 0, step.y, this.deps.frame())),
      ArrowDown: () => this.set(panBy(this.view, 0, -step.y, this.deps.frame())),
      '+': () => this.zoom(ZOOM_STEP),
      '=': () => this.zoom(ZOOM_STEP),
      '-': () => this.zoom(1 / ZOOM_STEP),
      '_': () => this.zoom(1 / ZOOM_STEP),
      '0': () => this.fit(),
    };
    const move = moves[event.key];
    if (!move) return false;
    event.preventDefault();
    move();
    return true;
  }

  /** Stops listening. */
  destroy(): void {
    for (const undo of this.cleanup.splice(0)) undo();
    this.pointers.clear();
  }

  private local(event: PointerEvent | WheelEvent): Point {
    const rect = this.deps.surface.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private down(event: PointerEvent): void {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const at = this.local(event);
    this.pointers.set(event.pointerId, at);
    this.press = this.pointers.size === 1 ? { start: at, target: event.target, moved: false } : undefined;
    this.deps.surface.setPointerCapture?.(event.pointerId);
  }

  private move(event: PointerEvent): void {
    const before = this.pointers.get(event.pointerId);
    if (!before) return;
    const at = this.local(event);
    const others = [...this.pointers.entries()].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
    this.pointers.set(event.pointerId, at);
    if (others.length === 0) {
      if (this.press && Math.hypot(at.x - this.press.start.x, at.y - this.press.start.y) > TAP_SLOP) this.press.moved = true;
      if (this.press?.moved !== false) this.set(panBy(this.view, at.x - before.x, at.y - before.y, this.deps.frame()));
      return;
    }
    // Two fingers: zoom by how far apart they move, about their middle, and follow the middle.
    const other = others[0]!;
    const was = { x: (before.x + other.x) / 2, y: (before.y + other.y) / 2 };
    const now = { x: (at.x + other.x) / 2, y: (at.y + other.y) / 2 };
    const factor = Math.hypot(at.x - other.x, at.y - other.y) / Math.max(1, Math.hypot(before.x - other.x, before.y - other.y));
    const frame = this.deps.frame();
    this.set(panBy(zoomAt(this.view, factor, was, frame), now.x - was.x, now.y - was.y, frame));
  }

  private up(event: PointerEvent, completed: boolean): void {
    if (!this.pointers.delete(event.pointerId)) return;
    const press = this.press;
    if (this.pointers.size === 0) this.press = undefined;
    if (completed && press && !press.moved && this.pointers.size === 0) this.deps.onTap?.(press.target);
  }

  private wheel(event: WheelEvent): void {
    event.preventDefault();
    // Lines and pages are turned into pixels so every mouse zooms at about the same pace.
    const pixels = event.deltaY * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1);
    this.zoom(Math.exp(-pixels * 0.0015), this.local(event));
  }
}
