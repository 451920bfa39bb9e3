// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { AccessibleLayer } from '../../src/a11y/dom-layer.ts';

describe('the accessible DOM layer', () => {
  let root: HTMLElement;
  let layer: AccessibleLayer;
  const noop = () => {};
  beforeEach(() => {
    document.body.innerHTML = '<div id="a11y"></div>';
    root = document.getElementById('a11y')!;
    layer = new AccessibleLayer(root);
  });
  const buttons = () => [...root.querySelectorAll('button')].map((b) => b.textContent);

  it('writes every line to a polite live log and keeps only the latest ones', () => {
    for (let i = 0; i < 70; i++) layer.announce(`Line ${i}`);
    const log = root.querySelector('[role="log"]')!;
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(layer.announced()).toHaveLength(60);
    expect(layer.announced().at(-1)).toBe('Line 69');
  });

  it('gives each drawn control a real button with its name, state and shortcut, in a fixed group order', () => {
    layer.setControls('system', [{ id: 'mute', label: 'Mute sound', pressed: true, shortcut: 'M', onActivate: noop }]);
    layer.setControls('reader', [{ id: 'continue', label: 'Continue', onActivate: noop }]);
    expect(buttons()).toEqual(['Continue', 'Mute sound']);
    const mute = root.querySelector('[data-control="mute"]')!;
    expect(mute.getAttribute('aria-pressed')).toBe('true');
    expect(mute.getAttribute('aria-keyshortcuts')).toBe('M');
  });

  it('does what the canvas does when activated', () => {
    let advanced = 0;
    layer.setControls('reader', [{ id: 'continue', label: 'Continue', onActivate: () => advanced++ }]);
    (root.querySelector('[data-control="continue"]') as HTMLButtonElement).click();
    expect(advanced).toBe(1);
  });

  it('keeps the same element (and focus) when a control is redrawn', () => {
    layer.setControls('reader', [{ id: 'continue', label: 'Continue', onActivate: noop }]);
    const before = root.querySelector<HTMLButtonElement>('[data-control="continue"]')!;
    before.focus();
    layer.setControls('reader', [{ id: 'continue', label: 'Continue', onActivate: noop }, { id: 'back', label: 'Back one line', onActivate: noop }]);
    expect(document.activeElement).toBe(before);
  });

  it('moves focus to the named control when a menu opens, never to Mute or Back', () => {
    layer.setControls('system', [{ id: 'mute', label: 'Mute sound', onActivate: noop }]);
    layer.setControls('reader', [{ id: 'continue', label: 'Continue', onActivate: noop }, { id: 'back', label: 'Back one line', onActivate: noop }]);
    root.querySelector<HTMLButtonElement>('[data-control="continue"]')!.focus();
    layer.setControls('choices', [{ id: 'choice-0', label: 'Follow Sarah', onActivate: noop }], { focus: 'choice-0' });
    layer.setControls('reader', [{ id: 'back', label: 'Back one line', onActivate: noop }]);
    expect((document.activeElement as HTMLElement).dataset['control']).toBe('choice-0');
  });

  it('falls back to the first button of the same group when the focused one goes', () => {
    layer.setControls('choices', [{ id: 'choice-0', label: 'A', onActivate: noop }, { id: 'choice-1', label: 'B', onActivate: noop }]);
    root.querySelector<HTMLButtonElement>('[data-control="choice-1"]')!.focus();
    layer.setControls('choices', [{ id: 'choice-0', label: 'A', onActivate: noop }]);
    expect((document.activeElement as HTMLElement).dataset['control']).toBe('choice-0');
  });

  it('does not steal focus from outside the layer', () => {
    document.body.insertAdjacentHTML('beforeend', '<input id="elsewhere">');
    document.getElementById('elsewhere')!.focus();
    layer.setControls('reader', [{ id: 'continue', label: 'Continue', onActivate: noop }], { focus: 'continue' });
    expect(document.activeElement?.id).toBe('elsewhere');
  });

  it('says game notices in a status region, even the same one twice', async () => {
    const status = root.querySelector('[role="status"]')!;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
    layer.notify('Dossier updated: Nectar.');
    await pause();
    expect(status.textContent).toBe('Dossier updated: Nectar.');
    layer.notify('Dossier updated: Nectar.');
    expect(status.textContent).toBe(''); // cleared, so the repeat is a change a screen reader hears
    await pause();
    expect(status.textContent).toBe('Dossier updated: Nectar.');
  });
});
