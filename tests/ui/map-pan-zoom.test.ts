// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { PanZoom } from '../../src/ui/map/pan-zoom.ts';
import type { ViewBox, ViewFrame } from '../../src/ui/map/view-box.ts';

const frame: ViewFrame = { map: { width: 576, height: 2709 }, viewport: { width: 800, height: 500 } };

describe('pan and zoom from the mouse, touch and keys', () => {
  let pz: PanZoom | undefined;
  afterEach(() => pz?.destroy());

  function make(): { surface: HTMLElement; views: ViewBox[]; taps: (EventTarget | null)[] } {
    document.body.innerHTML = '<div id="surface"><span id="node"></span></div>';
    const surface = document.getElementById('surface')!;
    const views: ViewBox[] = [];
    const taps: (EventTarget | null)[] = [];
    pz = new PanZoom({ surface, frame: () => frame, apply: (v) => views.push(v), onTap: (t) => taps.push(t) });
    pz.set({ x: 112, y: 8, scale: 1 });
    return { surface, views, taps };
  }
  const pointer = (el: Element, type: string, id: number, x: number, y: number) =>
    el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: id, clientX: x, clientY: y, button: 0, pointerType: 'touch' }));

  it('drags the map with one finger, and a press that does not move is a tap on what it landed on', () => {
    const { surface, taps } = make();
    pointer(surface, 'pointerdown', 1, 100, 300);
    pointer(surface, 'pointermove', 1, 100, 250);
    pointer(surface, 'pointermove', 1, 100, 200);
    pointer(surface, 'pointerup', 1, 100, 200);
    expect(pz!.get()).toEqual({ x: 112, y: 8 - 100, scale: 1 });
    expect(taps).toEqual([]);
    const node = document.getElementById('node')!;
    pointer(node, 'pointerdown', 2, 50, 50);
    pointer(node, 'pointermove', 2, 52, 51);
    pointer(node, 'pointerup', 2, 52, 51);
    expect(taps).toEqual([node]);
  });

  it('pinches: two fingers moving apart zoom in about their middle', () => {
    const { surface } = make();
    pointer(surface, 'pointerdown', 1, 300, 200);
    pointer(surface, 'pointerdown', 2, 500, 200);
    pointer(surface, 'pointermove', 2, 700, 200);
    expect(pz!.get().scale).toBeCloseTo(2);
    pointer(surface, 'pointerup', 1, 300, 200);
    pointer(surface, 'pointerup', 2, 700, 200);
  });

  it('zooms with the wheel about the pointer, and the keys move and zoom without the pointer', () => {
    const { surface } = make();
    surface.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: 400, clientY: 250, bubbles: true, cancelable: true }));
    expect(pz!.get().scale).toBeGreaterThan(1);
    const key = (k: string) => pz!.handleKey(new KeyboardEvent('keydown', { key: k, cancelable: true }));
    expect(key('0')).toBe(true);
    expect(pz!.get()).toEqual({ x: 112, y: 8, scale: 1 });
    key('ArrowDown');
    expect(pz!.get().y).toBe(8 - 500 * 0.2);
    key('ArrowRight');
    // A step right moves it 160 px, but a map narrower than its viewport stays wholly inside it across.
    expect(pz!.get().x).toBe(0);
    expect(key('q')).toBe(false);
  });
});
