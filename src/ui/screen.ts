/**
 * Screens: the HTML half of each scene. A screen builds its elements when it starts and removes
 * them when it stops; the Phaser stage under it follows what the screen says it shows. Overlays
 * (dossiers, the map, settings, saves, the backlog) open over a screen as modal dialogs: the
 * screen under them is inert, focus moves in, Esc closes, and focus goes back where it was.
 */
import type { OverlayKind, OverlayRoute } from './routes.ts';
import type { StageFeed } from './stage-feed.ts';

/** The screens a reader can be on. */
export type ScreenId = 'title' | 'story' | 'recap';

/** What the stage draws under a screen: the title's night skyline, or a stage fed by the screen. */
export type StageShow = { readonly kind: 'title' } | { readonly kind: 'feed'; readonly feed: StageFeed };

/** A screen's life: mounted into the UI root, unmounted when the reader leaves it. */
export interface Screen {
  readonly id: ScreenId;
  /** What the stage shows while this screen is up. */
  readonly stage: StageShow;
  mount(root: HTMLElement): void;
  unmount(): void;
  /** An overlay opened over the screen (true) or closed (false): pause what runs by itself. */
  covered?(covered: boolean): void;
}

/** An overlay's life: mounted into its dialog, told when its route changes (back and forward), unmounted on close. */
export interface Overlay {
  readonly kind: OverlayKind;
  /** The dialog's accessible name ("Dossiers"). */
  readonly title: string;
  mount(dialog: HTMLElement): void;
  show(route: OverlayRoute): void;
  unmount(): void;
}

/** Makes a screen when the reader goes to it (screens are rebuilt each time, like Phaser scenes). */
export type ScreenFactory = (id: ScreenId) => Screen;
/** Makes an overlay when it opens. */
export type OverlayFactory = (route: OverlayRoute) => Overlay;

/** Holds the current screen and the overlay over it; the stage and anything else that cares subscribe to changes. */
export class ScreenHost {
  private current: Screen | undefined;
  private overlay: { readonly view: Overlay; readonly dialog: HTMLElement; readonly returnFocus: Element | null } | undefined;
  private readonly listeners = new Set<(screen: Screen) => void>();

  constructor(
    private readonly root: HTMLElement,
    private readonly make: ScreenFactory,
    private readonly makeOverlay: OverlayFactory,
  ) {}

  /** Leaves the current screen (closing any overlay, unmounting it) and shows another. */
  go(id: ScreenId): void {
    this.closeOverlay(false);
    this.current?.unmount();
    const next = this.make(id);
    this.current = next;
    next.mount(this.root);
    for (const listener of this.listeners) listener(next);
  }

  /** The screen shown now. */
  screen(): Screen | undefined {
    return this.current;
  }

  /** The overlay open now, if any. */
  openOverlayKind(): OverlayKind | undefined {
    return this.overlay?.view.kind;
  }

  /** Opens an overlay for a route (or moves the open one of the same kind to it). */
  openOverlay(route: OverlayRoute): void {
    if (this.overlay?.view.kind === route.kind) {
      this.overlay.view.show(route);
      return;
    }
    const returnFocus = this.overlay?.returnFocus ?? this.root.ownerDocument.activeElement;
    this.closeOverlay(false);
    const doc = this.root.ownerDocument;
    const view = this.makeOverlay(route);
    const dialog = doc.createElement('section');
    dialog.className = `overlay overlay-${view.kind}`;
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-label', view.title);
    this.setCovered(true);
    this.root.append(dialog);
    this.overlay = { view, dialog, returnFocus };
    view.mount(dialog);
    view.show(route);
    if (!dialog.contains(doc.activeElement)) focusFirst(dialog);
  }

  /** Closes the overlay; focus goes back to where it was before it opened (when `restoreFocus`). */
  closeOverlay(restoreFocus = true): void {
    const open = this.overlay;
    if (!open) return;
    this.overlay = undefined;
    open.view.unmount();
    open.dialog.remove();
    this.setCovered(false);
    if (restoreFocus && open.returnFocus instanceof HTMLElement && open.returnFocus.isConnected) open.returnFocus.focus();
  }

  /** Listens for screen changes; returns an unsubscribe. */
  subscribe(listener: (screen: Screen) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setCovered(covered: boolean): void {
    for (const child of this.root.children) if (child instanceof HTMLElement && !child.classList.contains('overlay')) child.inert = covered;
    this.current?.covered?.(covered);
  }
}

/** Focuses a dialog's first heading (made focusable) or, failing that, its first control. */
function focusFirst(dialog: HTMLElement): void {
  const heading = dialog.querySelector<HTMLElement>('h2, h1');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    return;
  }
  dialog.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')?.focus({ preventScroll: true });
}
