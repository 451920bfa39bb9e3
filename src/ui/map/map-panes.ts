/**
 * The story map's panes: the drawing (a viewport to pan and zoom, its zoom buttons, and the card of
 * the picked beat) and the list with the reader's completion. Side by side on a wide screen; on a
 * narrow one a switch shows one at a time.
 */
import { button, h } from '../dom.ts';

/** The two panes a narrow screen switches between. */
export const MAP_PANES = ['drawing', 'list'] as const;
/** A pane. */
export type MapPane = (typeof MAP_PANES)[number];

/** The elements the overlay fills in. */
export interface MapPanes {
  readonly root: HTMLElement;
  readonly drawingPane: HTMLElement;
  /** Takes the pointer and wheel; focusable, for the keys. */
  readonly viewport: HTMLElement;
  readonly card: HTMLElement;
  readonly completion: HTMLElement;
  readonly list: HTMLElement;
  /** The "where I am" button, shown only while a story is open. */
  readonly here: HTMLButtonElement;
}

/** What the zoom buttons and the switch do. */
export interface MapPaneActions {
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly fit: () => void;
  readonly findHere: () => void;
}

/** Builds the panes; the narrow screen's switch starts on the drawing. */
export function mapPanes(doc: Document, actions: MapPaneActions): MapPanes {
  const switches = MAP_PANES.map((pane) =>
    button(doc, { id: `map-pane-${pane}`, label: pane === 'drawing' ? 'Drawing' : 'List', pressed: pane === 'drawing', className: 'text-button map-switch-button', onActivate: () => show(pane) }),
  );
  const here = button(doc, { id: 'map-here', label: 'Where I am', className: 'text-button map-tool', onActivate: actions.findHere });
  const tools = h(doc, 'div', { className: 'map-tools', attrs: { role: 'group', 'aria-label': 'Zoom' } }, [
    button(doc, { id: 'map-zoom-out', label: 'Zoom out', icon: '−', shortcut: '-', className: 'text-button map-tool', onActivate: actions.zoomOut }),
    button(doc, { id: 'map-zoom-in', label: 'Zoom in', icon: '+', shortcut: '+', className: 'text-button map-tool', onActivate: actions.zoomIn }),
    button(doc, { id: 'map-fit', label: 'Fit', shortcut: '0', className: 'text-button map-tool', onActivate: actions.fit }),
    here,
  ]);
  const viewport = h(doc, 'div', { className: 'map-viewport', attrs: { tabindex: 0, role: 'group', 'aria-label': 'Map drawing', 'aria-describedby': 'map-keys' } });
  const card = h(doc, 'section', { className: 'map-detail', attrs: { hidden: true, 'aria-labelledby': 'map-detail-title' } });
  const drawingPane = h(doc, 'div', { className: 'map-pane map-pane-drawing' }, [
    tools,
    viewport,
    h(doc, 'p', { className: 'map-keys', text: 'Move: drag or arrow keys. Zoom: wheel, pinch, + or −. Fit: 0.', attrs: { id: 'map-keys' } }),
    card,
  ]);
  const completion = h(doc, 'div', { className: 'map-completion' });
  const list = h(doc, 'div', { className: 'map-list-holder' });
  const listPane = h(doc, 'div', { className: 'map-pane map-pane-list' }, [completion, h(doc, 'h3', { text: 'Scenes in story order', attrs: { id: 'map-list-heading' } }), list]);
  const root = h(doc, 'div', { className: 'map-root', data: { pane: 'drawing' } }, [
    h(doc, 'div', { className: 'map-switch', attrs: { role: 'group', 'aria-label': 'Show' } }, switches),
    h(doc, 'div', { className: 'map-panes' }, [drawingPane, listPane]),
  ]);
  function show(pane: MapPane): void {
    root.dataset['pane'] = pane;
    switches.forEach((el, i) => el.setAttribute('aria-pressed', String(MAP_PANES[i] === pane)));
  }
  return { root, drawingPane, viewport, card, completion, list, here };
}
