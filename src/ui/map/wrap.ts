/** Breaking a title or a choice into the lines an SVG box has room for (SVG text does not wrap by itself). */

/** The average glyph width the layout measured with, in em (src/map/measure.ts). */
export const CHAR_EM = 0.56;

/** How many characters of a font size fit a width. */
export function charsIn(width: number, fontPx: number): number {
  return Math.max(1, Math.floor(width / (fontPx * CHAR_EM)));
}

/**
 * Breaks text between words into at most `maxLines` lines of `maxChars`; a word too long for a line
 * is cut, and text that does not fit ends its last line with an ellipsis.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length <= maxChars) {
      line += ` ${word}`;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (line.length > maxChars) {
      lines.push(line.slice(0, maxChars));
      line = line.slice(maxChars);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsis(kept[maxLines - 1]!, maxChars);
  return kept;
}

/** A line cut to make room for "…" at its end, at a word break where one is near. */
function ellipsis(line: string, maxChars: number): string {
  const room = line.length < maxChars ? line : line.slice(0, maxChars - 1);
  const space = room.lastIndexOf(' ');
  const cut = space > room.length / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:—–-]+$/, '')}…`;
}
