import { describe, expect, it } from 'vitest';
import { centreOn, clampView, fitWidth, inSight, panBy, scaleLimits, toMap, zoomAt, type ViewFrame } from '../../src/ui/map/view-box.ts';
import { wrapText } from '../../src/ui/map/wrap.ts';

// A tall map (the story reads top to bottom) in a landscape viewport and in a phone's.
const desk: ViewFrame = { map: { width: 576, height: 2709 }, viewport: { width: 800, height: 500 } };
const phone: ViewFrame = { map: { width: 576, height: 2709 }, viewport: { width: 360, height: 400 } };

describe("the map drawing's pan and zoom", () => {
  it('fits a map narrower than the viewport at its own size, centred, top first; a wider one shrinks to the width', () => {
    expect(fitWidth(desk)).toEqual({ scale: 1, x: (800 - 576) / 2, y: 8 });
    const fitted = fitWidth(phone);
    expect(576 * fitted.scale).toBeCloseTo(360 - 16);
    expect(fitted.x).toBeCloseTo(8);
    expect(fitted.y).toBe(8);
  });

  it('zooms about the pointer: the map point under it stays under it', () => {
    const start = fitWidth(desk);
    const pointer = { x: 300, y: 200 };
    const under = toMap(start, pointer);
    const zoomed = zoomAt(start, 1.5, pointer, desk);
    expect(zoomed.scale).toBeCloseTo(1.5);
    expect(toMap(zoomed, pointer).x).toBeCloseTo(under.x);
    expect(toMap(zoomed, pointer).y).toBeCloseTo(under.y);
  });

  it('never zooms past 2.5× nor out further than the whole map (or half size)', () => {
    const start = fitWidth(desk);
    expect(zoomAt(start, 100, { x: 0, y: 0 }, desk).scale).toBe(2.5);
    // The whole 2709 px map fits 500 px at about 0.18×: that is as far out as it goes.
    expect(zoomAt(start, 0.001, { x: 0, y: 0 }, desk).scale).toBeCloseTo(500 / 2709);
    expect(scaleLimits({ map: { width: 100, height: 100 }, viewport: desk.viewport }).min).toBe(0.5);
  });

  it('keeps the map in reach: it cannot be dragged further than the middle of the viewport', () => {
    const start = fitWidth(desk);
    const up = panBy(start, 0, -100_000, desk);
    // The map's bottom edge stops at the middle of the viewport.
    expect(up.y + 2709 * up.scale).toBe(250);
    const down = panBy(start, 0, 100_000, desk);
    expect(down.y).toBe(250);
    // Narrower than the viewport: it stays wholly inside across.
    expect(panBy(start, 5000, 0, desk).x).toBe(800 - 576);
    expect(panBy(start, -5000, 0, desk).x).toBe(0);
    expect(clampView({ x: -9999, y: 0, scale: 1 }, desk).x).toBe(0);
  });

  it('centres a point of the map, and says when a box is wholly in sight', () => {
    const view = centreOn(fitWidth(desk), { x: 288, y: 1300 }, desk);
    expect(view.x + 288 * view.scale).toBeCloseTo(400);
    expect(view.y + 1300 * view.scale).toBeCloseTo(250);
    expect(inSight(view, { x: 208, y: 1262, width: 160, height: 77 }, desk.viewport)).toBe(true);
    expect(inSight(view, { x: 208, y: 16, width: 160, height: 77 }, desk.viewport)).toBe(false);
  });
});

describe('titles broken into the lines of a box', () => {
  it('breaks between words and keeps every word when they fit', () => {
    expect(wrapText('The Nectar smuggling attack', 16, 2)).toEqual(['The Nectar', 'smuggling attack']);
    expect(wrapText('Cold open', 16, 2)).toEqual(['Cold open']);
  });

  it('ends with an ellipsis what does not fit, and cuts a word longer than a line', () => {
    const lines = wrapText('Crimson is the sound of dawn over the canal', 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((line) => line.length <= 12)).toBe(true);
    expect(wrapText('Supercalifragilistic', 8, 3)).toEqual(['Supercal', 'ifragili', 'stic']);
  });
});
