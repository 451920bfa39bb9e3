/** Whole-recap checks: chapter tiers by part, the main chapters before the twist, one twist run, both endings. */
import type { Diagnostic } from './diagnostics.ts';
import type { Beat, RecapChapter, RecapPart, Tier } from './types.ts';

/** The highest tier each part may have: before the spoiler gate 1, after it 2. */
const MAX_TIER: Readonly<Record<RecapPart, Tier>> = { main: 1, 'safe-ending': 1, twist: 2, ending: 2 };

/** Checks the recap as a whole and reports what is out of place. */
export function checkRecap(recap: readonly RecapChapter[], beats: Readonly<Record<string, Beat>>, report: (d: Diagnostic) => void): void {
  const error = (chapter: RecapChapter, message: string, hint: string): void =>
    report({ file: chapter.file, line: chapter.line, col: 1, severity: 'error', message, hint });
  for (const chapter of recap) {
    const max = MAX_TIER[chapter.part];
    if (chapter.tier > max) {
      error(chapter, `chapter '${chapter.id}' is tier ${chapter.tier}, but a ${chapter.part} chapter may be at most tier ${max}`, max === 1 ? "keep what it tells within tier 1, or make it 'part: twist'" : "Act 1's recap stops at tier 2");
    }
    const beat = chapter.beat === undefined ? undefined : beats[chapter.beat];
    if (beat && beat.tier > chapter.tier) {
      error(chapter, `chapter '${chapter.id}' is tier ${chapter.tier} but sends the reader to beat '${beat.id}', which is tier ${beat.tier}`, 'name a beat of the same tier or lower');
    }
  }
  checkOrder(recap, error);
  const first = recap[0];
  if (!first) return;
  for (const part of ['safe-ending', 'ending'] as const) {
    if (!recap.some((c) => c.part === part)) {
      error(first, `the recap has no '${part}' chapter`, part === 'ending' ? 'add one after the twist, for readers who open the gate' : 'add one for readers who stop at the spoiler gate');
    }
  }
}

/** Main chapters come before any twist chapter, and the twist chapters are one unbroken run. */
function checkOrder(recap: readonly RecapChapter[], error: (chapter: RecapChapter, message: string, hint: string) => void): void {
  const firstTwist = recap.find((c) => c.part === 'twist');
  let runEnded = false;
  for (const [index, chapter] of recap.entries()) {
    if (chapter.part === 'main' && firstTwist && index > recap.indexOf(firstTwist)) {
      error(chapter, `main chapter '${chapter.id}' comes after the twist (chapter '${firstTwist.id}', ${firstTwist.file}:${firstTwist.line})`, 'move it before the twist chapters');
    }
    const previous = recap[index - 1];
    if (chapter.part !== 'twist' && previous?.part === 'twist') runEnded = true;
    if (chapter.part === 'twist' && runEnded) {
      error(chapter, `twist chapter '${chapter.id}' is apart from the other twist chapters`, 'keep the twist chapters together, so the spoiler gate is asked once');
    }
  }
}
