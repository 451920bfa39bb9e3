/** What a reader can do with a beat on the map: read it from its first line, or copy a link to it (read beats only). */
import { beatLink } from '../../map/deep-link.ts';
import type { StoryGraph } from '../../story/types.ts';
import { button, type ButtonSpec } from '../dom.ts';

/** A beat's button: a short visible label, and an accessible name that says which beat. */
export interface BeatAction extends ButtonSpec {
  /** "Read from here: Sarah's stage" (it starts with the visible label, as speech input expects). */
  readonly name: string;
}

/** What the actions need. */
export interface BeatActionDeps {
  readonly graph: StoryGraph;
  /** Starts reading a beat (chapter select, asking first where it should). */
  readonly read: (beatId: string) => void;
  /** Puts text on the clipboard; resolves false when the browser refuses. */
  readonly copy: (text: string) => Promise<boolean>;
  /** The full address for a hash (`https://…/#/beat/<id>`). */
  readonly linkTo: (hash: string) => string;
  readonly notify: (text: string) => void;
}

/** What a beat is to the reader, as far as its actions care. */
export interface BeatStanding {
  readonly id: string;
  readonly read: boolean;
  readonly revealed: boolean;
}

/** Where the buttons go: the list or the drawing's card (their control ids differ). */
export type ActionPlace = 'list' | 'card';

/** The actions of each beat: reading for read or shown beats, a link for read ones, nothing for hidden ones. */
export function beatActions(deps: BeatActionDeps): (beat: BeatStanding, place: ActionPlace) => BeatAction[] {
  return (beat, place) => {
    const title = deps.graph.beats[beat.id]?.title;
    if (!title || !(beat.read || beat.revealed)) return [];
    const key = place === 'list' ? `map-${beat.id}` : 'map-card';
    const read: BeatAction = { id: `${key}-read`, label: 'Read from here', name: `Read from here: ${title}`, onActivate: () => deps.read(beat.id) };
    if (!beat.read) return [read];
    const copy: BeatAction = { id: `${key}-copy`, label: 'Copy link', name: `Copy link: ${title}`, onActivate: () => void copyLink(deps, beat.id, title) };
    return [read, copy];
  };
}

/** A beat action as a real button. */
export function actionButton(doc: Document, action: BeatAction): HTMLButtonElement {
  const el = button(doc, { className: 'text-button map-action', ...action });
  el.setAttribute('aria-label', action.name);
  return el;
}

async function copyLink(deps: BeatActionDeps, beatId: string, title: string): Promise<void> {
  const url = deps.linkTo(beatLink(beatId));
  const copied = await deps.copy(url).catch(() => false);
  deps.notify(copied ? `Link to “${title}” copied.` : `The browser did not let the page copy. The link to “${title}” is ${url}`);
}
