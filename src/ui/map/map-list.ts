/**
 * The story map in words: a nested list of beats in story order, each with its state and the ways
 * out of it, and real buttons to read a beat from its start or copy a link to it. It is the map for
 * screen readers and keyboards, and stands on its own.
 */
import type { TextMapBeat } from '../../map/text-map.ts';
import { h } from '../dom.ts';
import { actionButton, type BeatAction } from './map-actions.ts';

/** What the list needs. */
export interface MapListDeps {
  readonly doc: Document;
  readonly beats: readonly TextMapBeat[];
  /** The buttons a beat offers (none for a beat that is still hidden). */
  readonly actions: (beat: TextMapBeat) => readonly BeatAction[];
  /** Focus moved into a beat's item: the drawing follows. */
  readonly onFocusBeat: (beatId: string) => void;
}

/** Builds the list. Each item carries `data-beat` so the drawing can find it. */
export function mapList(deps: MapListDeps): HTMLOListElement {
  const { doc } = deps;
  const list = h(doc, 'ol', { className: 'map-list', attrs: { 'aria-labelledby': 'map-list-heading' } }, deps.beats.map((beat) => beatItem(deps, beat)));
  list.addEventListener('focusin', (event) => {
    const item = event.target instanceof Element ? event.target.closest<HTMLElement>('.map-beat') : null;
    if (item?.dataset['beat']) deps.onFocusBeat(item.dataset['beat']);
  });
  return list;
}

/** Marks one beat's item as the one picked in the drawing. */
export function markListBeat(list: HTMLElement, beatId: string | undefined): HTMLElement | undefined {
  let marked: HTMLElement | undefined;
  for (const item of list.querySelectorAll<HTMLElement>('.map-beat')) {
    const on = item.dataset['beat'] === beatId;
    item.classList.toggle('is-selected', on);
    if (on) marked = item;
  }
  return marked;
}

function beatItem(deps: MapListDeps, beat: TextMapBeat): HTMLElement {
  const { doc } = deps;
  const actions = deps.actions(beat).map((action) => actionButton(doc, action));
  const ways = beat.ways.map((way) => h(doc, 'li', { className: `map-way is-${way.state} is-${way.kind}`, text: way.text }));
  return h(doc, 'li', { className: `map-beat is-${beat.state} ${beat.revealed ? 'is-revealed' : 'is-hidden'}`, data: { beat: beat.id } }, [
    h(doc, 'span', { className: 'map-beat-mark', attrs: { 'aria-hidden': 'true' } }),
    h(doc, 'p', { className: 'map-beat-text', text: beat.text }),
    actions.length > 0 && h(doc, 'div', { className: 'map-beat-actions' }, actions),
    ways.length > 0 && h(doc, 'ul', { className: 'map-ways' }, ways),
  ]);
}
