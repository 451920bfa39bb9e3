/**
 * The browser's address and history for the overlays: opening one (or a page inside one) pushes an
 * entry, so Back and Forward move between dossier pages and back to the story; a fresh tab opened
 * on an address (`#/dossier/sarah-fitzgerald`) opens that overlay over the title. Esc closes.
 */
import { formatRoute, parseRoute, type OverlayRoute } from './routes.ts';
import type { ScreenHost } from './screen.ts';

/** History state we write: how many of our entries lie behind this one since the overlay opened. */
interface NavState {
  readonly mrDepth: number;
}

/** Moves between overlays through the history, so the browser's own buttons work. */
export class Navigator {
  private readonly cleanup: (() => void)[] = [];
  /** Going back through our entries is under way (history moves asynchronously): nothing else may move meanwhile. */
  private closing = false;
  /** An overlay asked for while closing: opened once history has settled. */
  private queued: OverlayRoute | undefined;

  constructor(
    private readonly host: Pick<ScreenHost, 'openOverlay' | 'closeOverlay' | 'openOverlayKind'>,
    private readonly win: Window,
  ) {
    const onPop = (): void => this.follow();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && this.host.openOverlayKind() !== undefined && !event.defaultPrevented) {
        event.preventDefault();
        this.close();
      }
    };
    win.addEventListener('popstate', onPop);
    win.document.addEventListener('keydown', onKey);
    this.cleanup.push(() => win.removeEventListener('popstate', onPop), () => win.document.removeEventListener('keydown', onKey));
  }

  /** Opens the overlay the address names, if it names one (a deep link in a fresh tab). Returns whether it did. */
  start(): boolean {
    const route = parseRoute(this.win.location.hash);
    if (!route) {
      if (this.win.location.hash) this.clearHash();
      return false;
    }
    this.win.history.replaceState({ mrDepth: 0 } satisfies NavState, '', formatRoute(route));
    this.host.openOverlay(route);
    return true;
  }

  /** Opens an overlay, or a page inside the open one, as a new history entry. */
  open(route: OverlayRoute): void {
    if (this.closing) {
      this.queued = route;
      return;
    }
    const depth = this.host.openOverlayKind() === undefined ? 0 : this.depth();
    this.win.history.pushState({ mrDepth: depth + 1 } satisfies NavState, '', formatRoute(route));
    this.host.openOverlay(route);
  }

  /** Replaces the current page of the open overlay without a new history entry (typing a search). */
  replace(route: OverlayRoute): void {
    if (this.closing) return;
    this.win.history.replaceState({ mrDepth: this.depth() } satisfies NavState, '', formatRoute(route));
    this.host.openOverlay(route);
  }

  /** Closes the open overlay, going back through our history entries so Forward can reopen it. */
  close(): void {
    if (this.closing) return;
    const depth = this.depth();
    if (depth > 0) {
      // Closed at once; the history catches up (a second Esc must not go back twice as far).
      this.closing = true;
      this.host.closeOverlay();
      this.win.history.go(-depth);
      return;
    }
    this.clearHash();
    this.host.closeOverlay();
  }

  /** Stops listening (tests). */
  destroy(): void {
    for (const undo of this.cleanup.splice(0)) undo();
  }

  private follow(): void {
    if (this.closing) {
      this.closing = false;
      const queued = this.queued;
      this.queued = undefined;
      if (queued) this.open(queued);
      return;
    }
    const route = parseRoute(this.win.location.hash);
    if (route) this.host.openOverlay(route);
    else this.host.closeOverlay();
  }

  private depth(): number {
    const state = this.win.history.state as Partial<NavState> | null;
    return typeof state?.mrDepth === 'number' ? state.mrDepth : 0;
  }

  private clearHash(): void {
    this.win.history.replaceState(null, '', this.win.location.pathname + this.win.location.search);
  }
}
