/** The ids of the game's controls (`data-control`): focus rules, shortcuts and tests name controls by these. */
export const CONTROL = {
  start: 'start',
  continue: 'continue',
  back: 'back',
  readAgain: 'read-again',
  toTitle: 'to-title',
  mute: 'mute',
  captions: 'captions',
} as const;

/** A control id. */
export type ControlId = (typeof CONTROL)[keyof typeof CONTROL];

/** The id of a choice option's control. */
export function choiceControl(index: number): string {
  return `choice-${index}`;
}
