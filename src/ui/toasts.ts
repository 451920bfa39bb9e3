/**
 * Notices the reader sees and hears without being stopped: "Dossier: Sarah Fitzgerald — new
 * fact", "Saved to slot 3", "Progress will not be kept after closing". Visible, in a polite status
 * region, each with an optional action (Open) and a way to dismiss; they leave by themselves.
 */
import { button, h } from './dom.ts';

/** A notice's optional action. */
export interface ToastAction {
  readonly label: string;
  readonly shortcut?: string;
  readonly run: () => void;
}

/** How long a notice stays, in ms, unless it is marked to stay until dismissed. */
const TOAST_MS = 6000;
/** How many notices show at once (the oldest go first). */
const MAX_TOASTS = 3;

/** The notices region. */
export class Toasts {
  readonly el: HTMLElement;
  private next = 0;

  constructor(private readonly doc: Document) {
    this.el = h(doc, 'div', { className: 'toasts', attrs: { role: 'status', 'aria-live': 'polite' } });
  }

  /** Shows a notice; `sticky` ones stay until dismissed. Returns a function that removes it. */
  show(text: string, options: { action?: ToastAction; sticky?: boolean; tone?: 'info' | 'warning' } = {}): () => void {
    const id = `toast-${++this.next}`;
    const remove = (): void => toast.remove();
    const action = options.action;
    const toast = h(doc(this), 'div', { className: `toast ${options.tone === 'warning' ? 'is-warning' : ''}`, data: { toast: id } }, [
      h(doc(this), 'p', { text }),
      action &&
        button(doc(this), {
          id: `${id}-action`,
          label: action.label,
          className: 'text-button',
          ...(action.shortcut ? { shortcut: action.shortcut } : {}),
          onActivate: () => {
            remove();
            action.run();
          },
        }),
      button(doc(this), { id: `${id}-dismiss`, label: 'Dismiss notice', icon: '×', className: 'text-button toast-dismiss', onActivate: remove }),
    ]);
    this.el.append(toast);
    while (this.el.childElementCount > MAX_TOASTS) this.el.firstElementChild?.remove();
    if (!options.sticky) this.doc.defaultView?.setTimeout(remove, TOAST_MS);
    return remove;
  }
}

function doc(toasts: Toasts): Document {
  return toasts.el.ownerDocument;
}
