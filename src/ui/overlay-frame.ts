/** The frame every overlay shares: a heading, a Close button (Esc), and a scrolling body. */
import { button, h } from './dom.ts';

/** An overlay's frame: put content into `body`; `heading` takes focus when the overlay opens. */
export interface OverlayFrame {
  readonly root: HTMLElement;
  readonly heading: HTMLElement;
  readonly body: HTMLElement;
}

/** Builds the frame into a dialog element. */
export function overlayFrame(dialog: HTMLElement, title: string, close: () => void): OverlayFrame {
  const doc = dialog.ownerDocument;
  const heading = h(doc, 'h2', { className: 'overlay-title', text: title, attrs: { tabindex: -1 } });
  const body = h(doc, 'div', { className: 'overlay-body' });
  const root = h(doc, 'div', { className: 'overlay-panel' }, [
    h(doc, 'header', { className: 'overlay-header' }, [heading, button(doc, { id: 'close-overlay', label: 'Close', shortcut: 'Escape', className: 'text-button overlay-close', onActivate: close })]),
    body,
  ]);
  dialog.append(root);
  return { root, heading, body };
}
