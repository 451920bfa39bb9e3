/** Reading-time estimates: how long a stretch of the script takes a reader at an ordinary pace. */

/** An ordinary adult reading pace for fiction, in words per minute. */
export const READING_WPM = 230;
/** Average characters per word in the script (including the space), used to turn characters into words. */
export const CHARS_PER_WORD = 5.8;
/** The time a click or tap to the next line takes, in seconds. */
export const SECONDS_PER_LINE = 0.4;

/** Seconds to read `chars` characters over `lines` lines. */
export function readingSeconds(chars: number, lines: number): number {
  return (chars / CHARS_PER_WORD / READING_WPM) * 60 + lines * SECONDS_PER_LINE;
}
