/** The two ways through the guided recap: stopping at the spoiler gate, or opening it. */
import type { RecapChapter, RecapPart } from './types.ts';

/** What the reader answers at the spoiler gate after the main chapters. */
export type RecapGate = 'declined' | 'accepted';

const PARTS: Readonly<Record<RecapGate, readonly RecapPart[]>> = {
  declined: ['main', 'safe-ending'],
  accepted: ['main', 'twist', 'ending'],
};

/** The chapters a reader sees, in order: the main ones, then the safe ending (declined) or the twist and the ending (accepted). */
export function recapPath(recap: readonly RecapChapter[], gate: RecapGate): RecapChapter[] {
  return recap.filter((chapter) => PARTS[gate].includes(chapter.part));
}
