/**
 * Touch and wheel on the story: a long press or a swipe down opens the backlog, the wheel up opens
 * it too and the wheel down reads on (as in Ren'Py). A tap stays a click (it reads on).
 */

/** What the gestures do. */
export interface GestureActions {
  readonly openBacklog: () => void;
  readonly advance: () => void;
}

/** How long a press must last to be a long press, and how far a finger may drift meanwhile. */
const LONG_PRESS_MS = 550;
const DRIFT_PX = 12;
/** A swipe down: this far, mostly vertical, this fast. */
const SWIPE_PX = 70;
const SWIPE_MS = 700;
/** One wheel action per this many ms (a wheel fires many events per notch). */
const WHEEL_GAP_MS = 350;

/** Listens on an element; returns a function that stops listening. */
export function bindGestures(el: HTMLElement, actions: GestureActions): () => void {
  const win = el.ownerDocument.defaultView!;
  let press: { id: number; x: number; y: number; at: number; timer: number } | undefined;
  let swallowClick = false;
  let lastWheel = 0;
  const onControl = (target: EventTarget | null): boolean => target instanceof Element && target.closest('button, a, input, select, textarea, .choices, .end-card') !== null;

  const down = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch' || onControl(event.target)) return;
    const timer = win.setTimeout(() => {
      press = undefined;
      swallowClick = true;
      actions.openBacklog();
    }, LONG_PRESS_MS);
    press = { id: event.pointerId, x: event.clientX, y: event.clientY, at: event.timeStamp, timer };
  };
  const move = (event: PointerEvent): void => {
    if (!press || event.pointerId !== press.id) return;
    const dx = event.clientX - press.x;
    const dy = event.clientY - press.y;
    if (Math.hypot(dx, dy) > DRIFT_PX) win.clearTimeout(press.timer);
    if (dy > SWIPE_PX && Math.abs(dx) < dy / 2 && event.timeStamp - press.at < SWIPE_MS) {
      press = undefined;
      swallowClick = true;
      actions.openBacklog();
    }
  };
  const up = (): void => {
    if (press) win.clearTimeout(press.timer);
    press = undefined;
  };
  const click = (event: MouseEvent): void => {
    if (!swallowClick) return;
    swallowClick = false;
    event.stopPropagation();
    event.preventDefault();
  };
  const wheel = (event: WheelEvent): void => {
    if (onControl(event.target) || event.timeStamp - lastWheel < WHEEL_GAP_MS || event.deltaY === 0) return;
    lastWheel = event.timeStamp;
    if (event.deltaY < 0) actions.openBacklog();
    else actions.advance();
  };
  el.addEventListener('pointerdown', down);
  el.addEventListener('pointermove', move);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', up);
  el.addEventListener('click', click, true);
  el.addEventListener('wheel', wheel, { passive: true });
  return () => {
    up();
    el.removeEventListener('pointerdown', down);
    el.removeEventListener('pointermove', move);
    el.removeEventListener('pointerup', up);
    el.removeEventListener('pointercancel', up);
    el.removeEventListener('click', click, true);
    el.removeEventListener('wheel', wheel);
  };
}
