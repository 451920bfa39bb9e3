/** Reading-time estimates: how long a stretch of the script or the guided recap takes, each pace defined here once. */
import type { RecapChapter } from './types.ts';

/** An ordinary adult reading pace for fiction, in words per minute. */
const READING_WPM = 230;
/** Average characters per word in the script (including the space), used to turn characters into words. */
export const CHARS_PER_WORD = 5.8;
/** The time a click or tap to the next line takes, in seconds. */
const SECONDS_PER_LINE = 0.4;

/** Seconds to read `chars` characters over `lines` lines. */
export function readingSeconds(chars: number, lines: number): number {
  return (chars / CHARS_PER_WORD / READING_WPM) * 60 + lines * SECONDS_PER_LINE;
}

/** The guided recap's default pace: narration read aloud or at an unhurried pace, with breathing room. */
export interface RecapPace {
  /** Narration speed, in words per minute. */
  readonly wordsPerMinute: number;
  /** A short pause after each line, in seconds. */
  readonly secondsPerLine: number;
  /** A pause at each change of chapter (its title card), in seconds. */
  readonly secondsPerChapterChange: number;
}

/** The recap's default pace: 160 words a minute, half a second after each line, two seconds at each chapter change. */
export const RECAP_PACE: RecapPace = { wordsPerMinute: 160, secondsPerLine: 0.5, secondsPerChapterChange: 2 };

/** The running time, in seconds, of recap chapters read in the order given, at the default pace or another. */
export function recapSeconds(chapters: readonly RecapChapter[], options: Partial<RecapPace> = {}): number {
  const pace = { ...RECAP_PACE, ...options };
  let seconds = Math.max(0, chapters.length - 1) * pace.secondsPerChapterChange;
  for (const chapter of chapters) {
    for (const step of chapter.steps) {
      if (step.kind !== 'line') continue;
      seconds += (countWords(step.text) / pace.wordsPerMinute) * 60 + pace.secondsPerLine;
    }
  }
  return seconds;
}

/** Words in a line, as a reader counts them: runs of characters between spaces. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
