/**
 * An overlay whose code loads when it first opens: the frame and its heading show at once, the
 * screen's own module arrives a moment later (its chunk is not part of what the title and the
 * story need to start). Focus stays where the host put it, or moves to the real heading.
 */
import { h } from './dom.ts';
import { overlayFrame } from './overlay-frame.ts';
import type { OverlayKind, OverlayRoute } from './routes.ts';
import type { Overlay } from './screen.ts';

/** Wraps a dynamically imported overlay so the host treats it like the others. */
export class LazyOverlay implements Overlay {
  private real: Overlay | undefined;
  private route: OverlayRoute | undefined;
  private gone = false;

  constructor(
    readonly kind: OverlayKind,
    readonly title: string,
    private readonly load: () => Promise<Overlay>,
    private readonly close: () => void,
  ) {}

  mount(dialog: HTMLElement): void {
    const doc = dialog.ownerDocument;
    const { body } = overlayFrame(dialog, this.title, this.close);
    body.append(h(doc, 'p', { className: 'setting-hint', text: 'Opening…', attrs: { role: 'status' } }));
    this.load().then(
      (real) => {
        if (this.gone) return;
        const hadFocus = dialog.contains(doc.activeElement);
        dialog.replaceChildren();
        this.real = real;
        real.mount(dialog);
        if (this.route) real.show(this.route);
        if (hadFocus && !dialog.contains(doc.activeElement)) dialog.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
      },
      (error: unknown) => {
        console.warn(`overlay: ${this.kind} could not load`, error);
        body.replaceChildren(h(doc, 'p', { text: 'This screen could not load. Check the connection, then close it and try again.', attrs: { role: 'alert' } }));
      },
    );
  }

  show(route: OverlayRoute): void {
    this.route = route;
    this.real?.show(route);
  }

  unmount(): void {
    this.gone = true;
    this.real?.unmount();
  }
}
