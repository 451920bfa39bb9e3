/** Where keyboard focus goes as the story changes mode: into a menu, out of it, and to the end. */
import type { ReaderView } from '../../machine/selectors.ts';
import { choiceControl, CONTROL } from '../controls.ts';

/**
 * The control that should take focus after the view changed, or undefined to leave focus alone.
 * Only a change of mode moves focus: reading → Continue, a choice → its first option, the end →
 * Read again. The screen applies it only while the reader's focus is in the story (or nowhere).
 */
export function focusTarget(previous: ReaderView | undefined, next: ReaderView): string | undefined {
  if (previous && previous.mode === next.mode) return undefined;
  if (next.mode === 'choosing') {
    const first = next.options[0];
    return first ? choiceControl(first.index) : undefined;
  }
  return next.mode === 'ended' ? CONTROL.readAgain : CONTROL.continue;
}
