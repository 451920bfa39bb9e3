/** Completion as HTML: each count in words with a bar beside it, for the story map and the end card. */
import { completion, type Completion } from '../../map/completion.ts';
import type { Progress } from '../../progress/progress.ts';
import type { StoryGraph } from '../../story/types.ts';
import { button, h } from '../dom.ts';
import { completionLines } from './map-words.ts';
import './map.css';

/** How the completion block is titled. */
export interface CompletionViewOptions {
  /** The heading's text and level (h3 inside an overlay or the end card). */
  readonly heading?: string;
  readonly level?: 'h2' | 'h3';
  /** Makes the heading's id unique where two blocks could share a page. */
  readonly idPrefix?: string;
}

/** A titled list of the reader's completion: "Scenes read — 5 of 29 (17%)", and so on. */
export function completionView(doc: Document, completion: Completion, options: CompletionViewOptions = {}): HTMLElement {
  const id = `${options.idPrefix ?? 'completion'}-heading`;
  const items = completionLines(completion).map((line) =>
    h(doc, 'li', { className: 'completion-item', data: { count: line.key } }, [
      h(doc, 'span', { className: 'completion-label', text: line.label }),
      h(doc, 'span', { className: 'completion-value', text: line.value }),
      h(doc, 'span', { className: 'completion-bar', attrs: { 'aria-hidden': 'true' } }, [
        h(doc, 'span', { className: 'completion-fill', style: { width: `${line.tally.percent}%` } }),
      ]),
    ]),
  );
  return h(doc, 'section', { className: 'completion', attrs: { 'aria-labelledby': id } }, [
    h(doc, options.level ?? 'h3', { className: 'completion-heading', text: options.heading ?? 'Your progress', attrs: { id } }),
    h(doc, 'ul', { className: 'completion-list' }, items),
  ]);
}

/** What the end card's note needs: the story, the reader's progress, and a way to open the map. */
export interface EndNoteDeps {
  readonly graph: StoryGraph;
  readonly progress: Progress;
  readonly openMap: () => void;
}

/** The end card's note: the reader's completion, and the story map to find what is left. */
export function endNote(doc: Document, deps: EndNoteDeps): HTMLElement {
  return h(doc, 'div', { className: 'end-completion' }, [
    completionView(doc, completion(deps.graph, deps.progress), { idPrefix: 'end-completion' }),
    button(doc, { id: 'end-open-map', label: 'Story map', shortcut: 'F', className: 'ui-button', onActivate: deps.openMap }),
  ]);
}
