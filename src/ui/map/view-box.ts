/**
 * The map drawing's pan and zoom as plain numbers: where the map sits in its viewport. A point of
 * the map at (mx, my) is drawn at (x + mx·scale, y + my·scale). Pure, so the rules are tested alone.
 */

/** The map's place in the viewport: its offset in viewport pixels and its scale. */
export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

/** A width and a height, in pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A point in viewport or map pixels. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The sizes a view is kept against: the whole map, and the viewport it is drawn in. */
export interface ViewFrame {
  readonly map: Size;
  readonly viewport: Size;
}

/** Room left around the map when it is fitted, in viewport pixels. */
const FIT_MARGIN = 8;
/** The largest zoom: titles at about 2.5 times their size. */
const MAX_SCALE = 2.5;

/** The smallest and largest scale: from seeing the whole map (or half size, if that is smaller) to 2.5×. */
export function scaleLimits(frame: ViewFrame): { readonly min: number; readonly max: number } {
  const { map, viewport } = frame;
  const whole = Math.min(viewport.width / Math.max(1, map.width), viewport.height / Math.max(1, map.height));
  return { min: Math.min(0.5, whole), max: MAX_SCALE };
}

/**
 * Keeps the map in reach: it may not be dragged further than the middle of the viewport, so some of
 * it is always in sight; a map narrower than its viewport stays centred across.
 */
export function clampView(view: ViewBox, frame: ViewFrame): ViewBox {
  const { min, max } = scaleLimits(frame);
  const scale = Math.min(max, Math.max(min, view.scale));
  return { scale, x: clampAxis(view.x, frame.map.width * scale, frame.viewport.width), y: clampAxis(view.y, frame.map.height * scale, frame.viewport.height) };
}

function clampAxis(offset: number, drawn: number, room: number): number {
  if (drawn <= room) return Math.min(Math.max(offset, 0), room - drawn);
  return Math.min(room / 2, Math.max(room / 2 - drawn, offset));
}

/** The map at full width (never larger than life), centred across, its top at the top. */
export function fitWidth(frame: ViewFrame): ViewBox {
  const { map, viewport } = frame;
  const scale = Math.min(1, (viewport.width - 2 * FIT_MARGIN) / Math.max(1, map.width));
  return clampView({ scale, x: (viewport.width - map.width * scale) / 2, y: FIT_MARGIN }, frame);
}

/** Zooms by a factor keeping one viewport point still (the pointer, the pinch's middle, or the centre). */
export function zoomAt(view: ViewBox, factor: number, at: Point, frame: ViewFrame): ViewBox {
  const { min, max } = scaleLimits(frame);
  const scale = Math.min(max, Math.max(min, view.scale * factor));
  const ratio = scale / view.scale;
  return clampView({ scale, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio }, frame);
}

/** Moves the map by some viewport pixels. */
export function panBy(view: ViewBox, dx: number, dy: number, frame: ViewFrame): ViewBox {
  return clampView({ ...view, x: view.x + dx, y: view.y + dy }, frame);
}

/** Puts a map point in the middle of the viewport, at the same scale. */
export function centreOn(view: ViewBox, point: Point, frame: ViewFrame): ViewBox {
  return clampView({ ...view, x: frame.viewport.width / 2 - point.x * view.scale, y: frame.viewport.height / 2 - point.y * view.scale }, frame);
}

/** True when a map box is wholly in sight. */
export function inSight(view: ViewBox, box: Point & Size, viewport: Size): boolean {
  const left = view.x + box.x * view.scale;
  const top = view.y + box.y * view.scale;
  return left >= 0 && top >= 0 && left + box.width * view.scale <= viewport.width && top + box.height * view.scale <= viewport.height;
}

/** The map point under a viewport point. */
export function toMap(view: ViewBox, at: Point): Point {
  return { x: (at.x - view.x) / view.scale, y: (at.y - view.y) / view.scale };
}
