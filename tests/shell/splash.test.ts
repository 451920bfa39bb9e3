// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LOAD_STAGES, Splash } from '../../src/shell/splash.ts';

/** index.html's loading elements. */
function page(): Document {
  document.body.innerHTML = `<div id="load-progress" role="progressbar" aria-valuenow="0"><div id="load-progress-fill"></div></div>
    <p id="load-status" aria-live="polite"></p><button id="start" aria-disabled="true">Start</button>`;
  return document;
}

describe('the loading screen', () => {
  it('rises through its stages to Ready, and Start works then', () => {
    const doc = page();
    const splash = new Splash(doc);
    const seen: string[] = [];
    for (const fraction of [LOAD_STAGES.shell, LOAD_STAGES.shell + LOAD_STAGES.each, LOAD_STAGES.shell + 2 * LOAD_STAGES.each, LOAD_STAGES.ready]) {
      splash.progress(fraction, 'Loading the story…');
      seen.push(doc.getElementById('load-progress')!.getAttribute('aria-valuenow')!);
    }
    expect(seen).toEqual(['10', '45', '80', '100']);
    splash.ready();
    expect(doc.getElementById('start')!.hasAttribute('aria-disabled')).toBe(false);
  });

  it('keeps saying what failed when another part arrives afterwards, and Start becomes Reload', () => {
    const doc = page();
    const splash = new Splash(doc);
    splash.fail('The story could not be loaded. Check the connection and reload the page.', { reload: true });
    splash.progress(0.45, 'Loading the story…'); // the saves opened after the story had failed
    expect(doc.getElementById('load-status')!.textContent).toMatch(/could not be loaded/);
    expect(doc.getElementById('start')!.textContent).toBe('Reload');
  });
});
