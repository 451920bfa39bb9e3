/**
 * Gamepads, through the browser's Gamepad API (the stage takes no input of its own, and the words
 * and controls are HTML): A reads on or presses the focused button, B goes back or closes, the
 * d-pad moves through choices and menus, Start opens the settings, the shoulder buttons open the
 * history and toggle auto. Polled once a frame, and only while a pad is connected.
 */

/** What the pad's buttons do. */
export interface PadActions {
  readonly activate: () => void;
  readonly back: () => void;
  /** Moves focus to the previous (-1) or next (1) control. */
  readonly move: (direction: -1 | 1) => void;
  readonly menu: () => void;
  readonly log: () => void;
  readonly auto: () => void;
}

/** Standard-mapping button indices → action. */
const BUTTONS: Readonly<Record<number, (a: PadActions) => void>> = {
  0: (a) => a.activate(),
  1: (a) => a.back(),
  4: (a) => a.log(),
  5: (a) => a.auto(),
  9: (a) => a.menu(),
  12: (a) => a.move(-1),
  13: (a) => a.move(1),
  14: (a) => a.move(-1),
  15: (a) => a.move(1),
};

/** Listens for pads; returns a function that stops. */
export function bindGamepads(win: Window, actions: PadActions): () => void {
  const held = new Map<number, Set<number>>();
  let frame = 0;
  const poll = (): void => {
    frame = 0;
    const pads = [...(win.navigator.getGamepads?.() ?? [])].filter((p): p is Gamepad => p !== null && p.connected);
    for (const pad of pads) {
      const before = held.get(pad.index) ?? new Set<number>();
      const now = new Set(pad.buttons.flatMap((b, i) => (b.pressed ? [i] : [])));
      for (const index of now) if (!before.has(index)) BUTTONS[index]?.(actions);
      held.set(pad.index, now);
    }
    if (pads.length > 0) frame = win.requestAnimationFrame(poll);
  };
  const start = (): void => {
    if (frame === 0) frame = win.requestAnimationFrame(poll);
  };
  win.addEventListener('gamepadconnected', start);
  if ([...(win.navigator.getGamepads?.() ?? [])].some((p) => p?.connected)) start();
  return () => {
    win.removeEventListener('gamepadconnected', start);
    if (frame !== 0) win.cancelAnimationFrame(frame);
  };
}

/** Moves focus to the previous or next focusable control inside `scope`, wrapping around. */
export function moveFocus(scope: HTMLElement, direction: -1 | 1): void {
  const controls = [...scope.querySelectorAll<HTMLElement>('button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
    (el) => !el.closest('[hidden], [inert]') && el.getClientRects().length > 0,
  );
  if (controls.length === 0) return;
  const at = controls.indexOf(scope.ownerDocument.activeElement as HTMLElement);
  const next = at === -1 ? (direction === 1 ? 0 : controls.length - 1) : (at + direction + controls.length) % controls.length;
  controls[next]!.focus();
}
