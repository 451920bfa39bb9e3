/** Keyboard helpers: Phaser hears keys on window, so keys meant for a focused DOM control are left to it. */

/**
 * True when a focused DOM control will handle this key itself: Enter or Space on a button (which
 * activates it), or any key typed into a text field. Other keys (M, 1–9, Backspace) stay shortcuts.
 */
export function isForDomControl(event: KeyboardEvent): boolean {
  if (!(event.target instanceof Element)) return false;
  if (event.target.closest('input, textarea, select, [contenteditable]')) return true;
  return (event.key === 'Enter' || event.key === ' ') && event.target.closest('button, a') !== null;
}
