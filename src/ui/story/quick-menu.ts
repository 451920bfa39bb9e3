/**
 * The quick menu under the text box: Back, History, Auto and Skip always; Save, Load, the quick
 * save and load, Settings and the rest inline on wide screens and behind "More" on narrow ones.
 * Real buttons with their shortcuts; Auto and Skip are toggles.
 */
import { button, h, updateButton, type ButtonSpec } from '../dom.ts';

/** A quick menu item: a button, and the key press that does the same. */
export interface MenuItem extends ButtonSpec {
  readonly matches?: (event: KeyboardEvent) => boolean;
}

/** The quick menu's elements and its toggles. */
export class QuickMenu {
  readonly el: HTMLElement;
  private readonly toggles = new Map<string, { el: HTMLButtonElement; spec: MenuItem }>();
  private readonly more: HTMLButtonElement;
  private readonly panel: HTMLElement;

  constructor(doc: Document, primary: readonly MenuItem[], secondary: readonly MenuItem[]) {
    const make = (spec: MenuItem): HTMLButtonElement => {
      const el = button(doc, { className: 'text-button', ...spec });
      if (spec.pressed !== undefined) this.toggles.set(spec.id, { el, spec });
      return el;
    };
    this.panel = h(doc, 'div', { className: 'quick-more', attrs: { id: 'quick-more' } }, secondary.map(make));
    this.more = button(doc, { id: 'quick-more-toggle', label: 'More', className: 'text-button quick-more-toggle', onActivate: () => this.setOpen(this.more.getAttribute('aria-expanded') !== 'true') });
    this.more.setAttribute('aria-controls', 'quick-more');
    this.setOpen(false);
    this.el = h(doc, 'div', { className: 'quick-menu', attrs: { role: 'group', 'aria-label': 'Quick menu' } }, [...primary.map(make), this.more, this.panel]);
  }

  /** Shows a toggle as pressed or not (Auto, Skip). */
  setPressed(id: string, pressed: boolean): void {
    const toggle = this.toggles.get(id);
    if (toggle) updateButton(toggle.el, { ...toggle.spec, pressed });
  }

  /** Shows or hides a button (Back exists only when there is something to go back to). */
  setHidden(id: string, hidden: boolean): void {
    const el = this.el.querySelector<HTMLElement>(`[data-control="${id}"]`);
    if (el) el.hidden = hidden;
  }

  private setOpen(open: boolean): void {
    this.more.setAttribute('aria-expanded', String(open));
    this.panel.classList.toggle('is-open', open);
  }
}
