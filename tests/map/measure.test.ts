import { describe, expect, it } from 'vitest';
import { labelSize, MAP_PRESETS, nodeSize, wrappedLines } from '../../src/map/measure.ts';

describe('text measure', () => {
  it('wraps between words, and breaks a word longer than a line', () => {
    expect(wrappedLines('Crimson is the sound of dawn', 16)).toBe(2); // "Crimson is the" / "sound of dawn"
    expect(wrappedLines('Crimson is the sound of dawn', 12)).toBe(3); // "Crimson is" / "the sound of" / "dawn"
    expect(wrappedLines('supercalifragilistic', 8)).toBe(3);
    expect(wrappedLines('', 10)).toBe(1);
  });

  it('keeps the narrowest box for short titles and widens it, up to a limit, for long ones', () => {
    const wide = MAP_PRESETS.wide;
    expect(nodeSize(['Backstage', 'The bar'], wide).width).toBe(wide.minNodeWidth);
    const long = nodeSize(['The smugglers count the night’s takings twice over'], wide);
    expect(long.width).toBeGreaterThan(wide.minNodeWidth);
    expect(long.width).toBeLessThanOrEqual(wide.maxNodeWidth);
    expect(nodeSize(['x '.repeat(200)], wide).width).toBe(wide.maxNodeWidth);
    // Two title lines of 20 px, a location line of 17 px, 10 px padding above and below.
    expect(nodeSize(['Backstage'], wide).height).toBe(2 * 10 + 2 * 20 + 17);
  });

  it('gives a long option label more lines, never more width than the preset allows', () => {
    const wide = MAP_PRESETS.wide;
    const short = labelSize('Stay', wide);
    const long = labelSize('Go ahead with Naomi to the noon meeting', wide);
    expect(long.width).toBeLessThanOrEqual(wide.maxLabelWidth);
    expect(long.height).toBeGreaterThan(short.height);
    expect(short.width).toBeLessThan(long.width);
  });
});
