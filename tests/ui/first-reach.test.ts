// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { onFirstReach } from '../../src/ui/dom.ts';

describe('the first reach for the page', () => {
  it('runs the work once, on the first pointer, touch, focus or key, and never while the page is only looked at', () => {
    document.body.innerHTML = '<section id="title"><button>Start</button></section>';
    const title = document.getElementById('title')!;
    let runs = 0;
    onFirstReach(title, () => runs++);
    expect(runs).toBe(0);
    title.querySelector('button')!.dispatchEvent(new Event('focusin', { bubbles: true }));
    title.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    title.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(runs).toBe(1);
  });
});
