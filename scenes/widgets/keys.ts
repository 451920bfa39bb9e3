/** Keyboard helpers: Phaser hears keys on window, so keys meant for a focused DOM control are left to it. */

/** True when the key event belongs to a focused DOM control (its own Space/Enter activate it). */
export function isForDomControl(event: KeyboardEvent): boolean {
  return event.target instanceof Element && event.target.closest('button, a, input, textarea, select, [contenteditable]') !== null;
}
