/** The card under the drawing for the beat picked on it: what the reader may know of it, and what they can do there. */
import type { MapNodeView } from '../../map/view.ts';
import { h } from '../dom.ts';
import { actionButton, type BeatAction } from './map-actions.ts';

/** How a beat's state reads on the card. */
const STATE_WORDS: Readonly<Record<MapNodeView['state'], string>> = {
  current: 'You are here.',
  'on-path': 'Read, on your path.',
  read: 'Read.',
  unread: 'Not read yet.',
};

/** Fills the card for a beat (or empties and hides it). */
export function renderDetail(card: HTMLElement, node: MapNodeView | undefined, actions: readonly BeatAction[]): void {
  const doc = card.ownerDocument;
  card.hidden = node === undefined;
  if (!node) {
    card.replaceChildren();
    return;
  }
  const via = !node.revealed && node.reachedBy.length > 0 ? ` Reached by choosing ${node.reachedBy.map((l) => `“${l}”`).join(' or ')}.` : '';
  const parts: (HTMLElement | false)[] = [
    h(doc, 'h3', { className: 'map-detail-title', text: node.text, attrs: { id: 'map-detail-title' } }),
    node.location !== undefined && h(doc, 'p', { className: 'map-detail-place', text: node.location }),
    h(doc, 'p', { className: 'map-detail-state', text: `${STATE_WORDS[node.state]}${via}` }),
    actions.length > 0 && h(doc, 'div', { className: 'map-detail-actions' }, actions.map((action) => actionButton(doc, action))),
    // The summary last: on a phone the card scrolls, and the buttons should not be below it.
    node.summary !== undefined && h(doc, 'p', { className: 'map-detail-summary', text: node.summary }),
  ];
  card.replaceChildren(...parts.filter((part): part is HTMLElement => part !== false));
  card.dataset['beat'] = node.id;
  card.style.setProperty('--route', node.route?.color ?? 'var(--muted)');
}
