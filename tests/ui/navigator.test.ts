// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Navigator } from '../../src/ui/navigator.ts';
import type { OverlayRoute } from '../../src/ui/routes.ts';

/** A host that only records what is open. */
function fakeHost() {
  let open: OverlayRoute | undefined;
  return {
    openOverlay: (route: OverlayRoute) => void (open = route),
    closeOverlay: () => void (open = undefined),
    openOverlayKind: () => open?.kind,
    now: () => open,
  };
}

/** Resolves once the history has moved (jsdom fires popstate asynchronously, as browsers do). */
const popped = () => new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));

describe('the navigator: overlays in the browser history', () => {
  let host: ReturnType<typeof fakeHost>;
  let nav: Navigator;
  beforeEach(() => {
    history.replaceState(null, '', '/');
    host = fakeHost();
    nav = new Navigator(host, window);
  });
  afterEach(() => nav.destroy());

  it('pushes an entry per page, so Back moves between pages and out to the story', async () => {
    nav.open({ kind: 'dossiers' });
    nav.open({ kind: 'dossiers', entry: 'sarah-fitzgerald' });
    expect(location.hash).toBe('#/dossier/sarah-fitzgerald');
    const back = popped();
    history.back();
    await back;
    expect(host.now()).toEqual({ kind: 'dossiers' });
    const out = popped();
    history.back();
    await out;
    expect(host.now()).toBeUndefined();
    expect(location.hash).toBe('');
  });

  it('closes at once on Esc, and a second Esc meanwhile does not go back past the story', async () => {
    const moves: number[] = [];
    const go = history.go.bind(history);
    history.go = (delta?: number) => {
      moves.push(delta ?? 0);
      go(delta);
    };
    nav.open({ kind: 'backlog' });
    const settled = popped();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(host.now()).toBeUndefined();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    nav.close();
    await settled;
    expect(location.pathname).toBe('/');
    expect(location.hash).toBe('');
    expect(moves).toEqual([-1]); // back over the one entry the overlay added, once
  });

  it('opens a deep link in a fresh tab over the title, and closing it stays on this page', () => {
    history.replaceState(null, '', '/#/beat/cold-open');
    expect(nav.start()).toBe(true);
    expect(host.now()).toEqual({ kind: 'map', beat: 'cold-open' });
    nav.close();
    expect(host.now()).toBeUndefined();
    expect(location.hash).toBe('');
  });
});
