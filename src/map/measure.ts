/** Text metrics for the map's boxes: how wide a title or an option label needs its box, estimated without a DOM. */

/** The map's layout presets: `wide` labels its edges; `compact` fits three side-by-side beats on a portrait phone. */
export const MAP_PRESET_NAMES = ['wide', 'compact'] as const;
/** A layout preset's name. */
export type MapPresetName = (typeof MAP_PRESET_NAMES)[number];

/** Sizes a preset lays out with, in CSS pixels; the view should draw text with the same metrics. */
export interface MapPreset {
  /** Title font size and line height; titles wrap to at most `titleLines` lines. */
  readonly fontPx: number;
  readonly lineHeight: number;
  readonly titleLines: number;
  /** Lines kept under the title for the location (0: the location is not drawn in the box). */
  readonly locationLines: number;
  readonly smallLineHeight: number;
  readonly padding: number;
  readonly minNodeWidth: number;
  readonly maxNodeWidth: number;
  /** Choice labels get room beside their edge. */
  readonly edgeLabels: boolean;
  readonly labelFontPx: number;
  readonly maxLabelWidth: number;
  readonly nodesep: number;
  readonly ranksep: number;
  readonly edgesep: number;
  readonly margin: number;
}

/** The presets. Average glyph width is taken as 0.56 em, a fair guess for a sans-serif UI font. */
export const MAP_PRESETS: Readonly<Record<MapPresetName, MapPreset>> = {
  wide: {
    fontPx: 15, lineHeight: 20, titleLines: 2, locationLines: 1, smallLineHeight: 17, padding: 10,
    minNodeWidth: 160, maxNodeWidth: 240, edgeLabels: true, labelFontPx: 13, maxLabelWidth: 168,
    nodesep: 28, ranksep: 36, edgesep: 12, margin: 16,
  },
  compact: {
    fontPx: 13, lineHeight: 17, titleLines: 3, locationLines: 0, smallLineHeight: 15, padding: 6,
    minNodeWidth: 96, maxNodeWidth: 112, edgeLabels: false, labelFontPx: 12, maxLabelWidth: 0,
    nodesep: 12, ranksep: 28, edgesep: 8, margin: 8,
  },
};

const CHAR_EM = 0.56;

/** How many lines a text wraps to at `maxChars` characters per line, breaking between words. */
export function wrappedLines(text: string, maxChars: number): number {
  let lines = 0;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used > 0 && used + 1 + word.length <= maxChars) {
      used += 1 + word.length;
      continue;
    }
    // A new line; a word longer than a line breaks across lines.
    lines += Math.max(1, Math.ceil(word.length / maxChars));
    used = word.length % maxChars || Math.min(word.length, maxChars);
  }
  return Math.max(1, lines);
}

/** Characters of a font size that fit a width. */
function charsIn(width: number, fontPx: number): number {
  return Math.max(1, Math.floor(width / (fontPx * CHAR_EM)));
}

/** The node box every beat shares: the narrowest width (in 8 px steps) where every title fits its lines. */
export function nodeSize(titles: readonly string[], preset: MapPreset): { width: number; height: number } {
  let width = preset.minNodeWidth;
  const fits = (w: number): boolean => titles.every((t) => wrappedLines(t, charsIn(w - 2 * preset.padding, preset.fontPx)) <= preset.titleLines);
  while (width < preset.maxNodeWidth && !fits(width)) width = Math.min(preset.maxNodeWidth, width + 8);
  const height = 2 * preset.padding + preset.titleLines * preset.lineHeight + preset.locationLines * preset.smallLineHeight;
  return { width, height };
}

/** The room an option label needs beside its edge. */
export function labelSize(label: string, preset: MapPreset): { width: number; height: number } {
  const charPx = preset.labelFontPx * CHAR_EM;
  const width = Math.min(preset.maxLabelWidth, Math.ceil(label.length * charPx) + 8);
  const lines = wrappedLines(label, charsIn(width - 8, preset.labelFontPx));
  return { width, height: lines * preset.smallLineHeight + 4 };
}
