/** The narration box: the current chapter's lines so far, the newest bright and in sight; lines are added, never retyped. */
import type { RecapView } from '../../recap/view.ts';
import { h } from '../dom.ts';

/** The narration box. */
export class Narration {
  readonly el: HTMLElement;
  private readonly lines: HTMLElement;

  constructor(private readonly doc: Document) {
    this.lines = h(doc, 'div', { className: 'recap-lines' });
    // Focusable, so a keyboard can scroll it when a long chapter outgrows it (a narrow or zoomed window).
    this.el = h(doc, 'div', { className: 'recap-narration', attrs: { role: 'region', 'aria-label': 'Narration', tabindex: 0 } }, [this.lines]);
  }

  /** Shows the view's lines (hidden at the gate and the end, where a panel speaks instead). */
  render(view: RecapView): void {
    const lines = view.chapter?.lines ?? [];
    const drawn = [...this.lines.children];
    if (drawn.length > lines.length || drawn.some((p, i) => p.textContent !== lines[i])) this.lines.replaceChildren();
    for (let i = this.lines.children.length; i < lines.length; i++) this.lines.append(h(this.doc, 'p', { className: 'recap-line', text: lines[i]! }));
    [...this.lines.children].forEach((p, i) => p.classList.toggle('is-current', i === lines.length - 1));
    this.el.hidden = view.mode === 'gate' || view.mode === 'end';
    // The newest line in sight (the box scrolls when a long chapter outgrows it).
    this.el.scrollTop = this.el.scrollHeight;
  }
}
