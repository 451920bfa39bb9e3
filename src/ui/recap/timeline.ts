/**
 * The recap's timeline along the bottom: a list of links, one per chapter, each as wide as the
 * chapter is long; the current one is marked (`aria-current`). Chapters behind a closed spoiler
 * gate are one link to the gate, named only as the twist.
 */
import type { TimelineEntry } from '../../recap/view.ts';
import { h } from '../dom.ts';

/** What following a link asks for. */
export interface TimelineActions {
  readonly jump: (chapterId: string) => void;
  readonly openGate: () => void;
}

/** The timeline: `render` brings it in line with a view's entries. */
export class Timeline {
  readonly el: HTMLElement;
  private readonly list: HTMLOListElement;
  private drawn = '';

  constructor(
    private readonly doc: Document,
    private readonly actions: TimelineActions,
  ) {
    this.list = h(doc, 'ol', { className: 'recap-timeline-list' });
    this.el = h(doc, 'nav', { className: 'recap-timeline', attrs: { 'aria-label': 'Recap chapters' } }, [this.list]);
  }

  /** Draws the entries (rebuilt only when they change, so focus stays on a link that is still there). */
  render(entries: readonly TimelineEntry[]): void {
    const key = JSON.stringify(entries);
    if (key === this.drawn) return;
    const focused = this.list.contains(this.doc.activeElement) ? (this.doc.activeElement as HTMLElement).dataset['entry'] : undefined;
    this.drawn = key;
    this.list.replaceChildren(...entries.map((entry) => this.item(entry)));
    if (focused) this.list.querySelector<HTMLElement>(`[data-entry="${focused}"]`)?.focus({ preventScroll: true });
  }

  private item(entry: TimelineEntry): HTMLLIElement {
    const { doc } = this;
    const current = entry.status === 'current';
    const id = entry.kind === 'chapter' ? `chapter-${entry.number}` : 'twist';
    const content =
      entry.kind === 'chapter'
        ? [h(doc, 'span', { className: 'recap-tl-number', text: String(entry.number) }), ' ', h(doc, 'span', { className: 'recap-tl-title', text: entry.title })]
        : [h(doc, 'span', { className: 'recap-tl-number recap-tl-lock', text: '?', attrs: { 'aria-hidden': 'true' } }), ' ', h(doc, 'span', { className: 'recap-tl-title', text: entry.label })];
    const link = h(
      doc,
      'a',
      {
        className: `recap-tl-link is-${entry.status}`,
        attrs: { href: `#recap-${id}`, 'aria-current': current ? 'step' : undefined },
        data: { entry: id },
        on: {
          click: (event) => {
            event.preventDefault();
            if (entry.kind === 'chapter') this.actions.jump(entry.id);
            else this.actions.openGate();
          },
        },
      },
      content,
    );
    if (entry.kind === 'chapter' && current) link.style.setProperty('--progress', String(entry.progress));
    return h(doc, 'li', { className: `recap-tl-item is-${entry.kind}` }, [link]);
  }
}
