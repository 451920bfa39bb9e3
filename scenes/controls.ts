/** The ids of the controls the canvas draws and the accessible layer mirrors: one name for both. */
export const CONTROL = {
  start: 'start',
  continue: 'continue',
  back: 'back',
  readAgain: 'read-again',
  toTitle: 'to-title',
  mute: 'mute',
  captions: 'captions',
} as const;

/** The id of a choice option's control. */
export function choiceControl(index: number): string {
  return `choice-${index}`;
}
