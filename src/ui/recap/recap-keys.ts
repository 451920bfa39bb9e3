/** The recap's keys: Space and Enter play or pause, the arrows step back and forward, any other key pauses. */
import { isForControl, isTypingInto } from '../dom.ts';

/** What a key press asks of the recap. */
export type RecapKeyAction = 'toggle' | 'back' | 'next' | 'pause';

/** Keys that never pause: modifiers on their own. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'NumLock', 'ScrollLock']);

/**
 * The action for a key press, or undefined for a press the recap leaves alone: one held down or
 * with a modifier (browser shortcuts), a modifier alone, typing in a field (the speed list), and
 * Enter or Space on a focused control (the control acts itself).
 */
export function recapKeyAction(event: KeyboardEvent): RecapKeyAction | undefined {
  if (event.repeat || event.ctrlKey || event.metaKey || event.altKey || MODIFIERS.has(event.key)) return undefined;
  if (isTypingInto(event.target) || isForControl(event)) return undefined;
  if (event.key === ' ' || event.key === 'Enter') return 'toggle';
  if (event.key === 'ArrowLeft') return 'back';
  if (event.key === 'ArrowRight') return 'next';
  return 'pause';
}
