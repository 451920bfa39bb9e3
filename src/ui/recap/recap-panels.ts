/** The recap's two stops that wait for the reader: the spoiler gate, and the end with what to do next. */
import { peopleMet, readableScenes, type PersonMet, type ReadableScene } from '../../recap/after.ts';
import type { RecapEvent } from '../../recap/player.ts';
import type { RecapTrack } from '../../recap/script.ts';
import type { RecapView } from '../../recap/view.ts';
import { END_HEADING, GATE_WORDS } from '../../recap/words.ts';
import type { StoryGraph } from '../../story/types.ts';
import { button, h } from '../dom.ts';

/** The spoiler gate's answers. */
export interface GateActions {
  readonly accept: () => void;
  readonly decline: () => void;
}

/** The gate: what comes next and that it spoils Act 1, and the two answers. Its heading takes focus. */
export function gatePanel(doc: Document, actions: GateActions): HTMLElement {
  return h(doc, 'section', { className: 'recap-panel recap-gate', attrs: { 'aria-labelledby': 'recap-gate-heading' } }, [
    h(doc, 'h2', { text: GATE_WORDS.heading, attrs: { id: 'recap-gate-heading', tabindex: -1 } }),
    h(doc, 'p', { text: GATE_WORDS.text }),
    h(doc, 'div', { className: 'recap-panel-actions' }, [
      button(doc, { id: 'recap-accept', label: GATE_WORDS.accept, onActivate: actions.accept }),
      button(doc, { id: 'recap-decline', label: GATE_WORDS.decline, onActivate: actions.decline }),
    ]),
  ]);
}

/** What the end offers. */
export interface EndOffer {
  /** The twist was declined: offer it once more. */
  readonly declined: boolean;
  readonly scenes: readonly ReadableScene[];
  readonly people: readonly PersonMet[];
  readonly readFrom: (beatId: string) => void;
  readonly openDossier: (entry: string) => void;
  readonly openGate: () => void;
  readonly again: () => void;
  readonly toTitle: () => void;
}

/** The end: read the full scenes from any chapter, meet the people in the dossiers, see the twist, watch again, or leave. */
export function endPanel(doc: Document, offer: EndOffer): HTMLElement {
  const list = (label: string, items: HTMLElement[]) => h(doc, 'ul', { className: 'recap-offers', attrs: { 'aria-label': label } }, items.map((item) => h(doc, 'li', {}, [item])));
  const scenes = offer.scenes.map((scene, i) => button(doc, { id: `recap-read-${i}`, label: scene.chapterTitle, className: 'recap-offer', onActivate: () => offer.readFrom(scene.beatId) }));
  const actions = [
    offer.declined && button(doc, { id: 'recap-see-twist', label: 'See the twist after all', onActivate: offer.openGate }),
    button(doc, { id: 'recap-again', label: 'Watch again', onActivate: offer.again }),
    button(doc, { id: 'recap-to-title', label: 'Back to the title', onActivate: offer.toTitle }),
  ].filter((el): el is HTMLButtonElement => el !== false);
  const people = offer.people.map((person, i) => button(doc, { id: `recap-meet-${i}`, label: person.name, className: 'recap-offer', onActivate: () => offer.openDossier(person.dossier) }));
  return h(doc, 'section', { className: 'recap-panel recap-end', attrs: { 'aria-labelledby': 'recap-end-heading' } }, [
    h(doc, 'h2', { text: END_HEADING, attrs: { id: 'recap-end-heading', tabindex: -1 } }),
    h(doc, 'div', { className: 'recap-panel-actions' }, actions),
    scenes.length > 0 && h(doc, 'h3', { text: 'Read it in full' }),
    scenes.length > 0 && h(doc, 'p', { className: 'recap-hint', text: 'Start the story at the scene a chapter told:' }),
    scenes.length > 0 && list('Scenes to read', scenes),
    people.length > 0 && h(doc, 'h3', { text: 'The people you met' }),
    people.length > 0 && list('Dossiers', people),
  ]);
}

/** What a panel needs from the screen. */
export interface PanelContext {
  readonly send: (event: RecapEvent) => void;
  readonly track: RecapTrack;
  readonly graph: StoryGraph;
  readonly readFrom: (beatId: string) => void;
  readonly openDossier: (entry: string) => void;
  readonly toTitle: () => void;
}

/** The panel a view calls for: the gate, the end, or none while the recap tells. */
export function panelFor(doc: Document, view: RecapView, context: PanelContext): HTMLElement | undefined {
  const { send } = context;
  if (view.mode === 'gate') return gatePanel(doc, { accept: () => send({ type: 'gate.answer', answer: 'accepted' }), decline: () => send({ type: 'gate.answer', answer: 'declined' }) });
  if (view.mode !== 'end') return undefined;
  return endPanel(doc, {
    declined: view.gate === 'declined',
    scenes: readableScenes(context.graph, context.track),
    people: peopleMet(context.graph, context.track),
    readFrom: context.readFrom,
    openDossier: context.openDossier,
    openGate: () => send({ type: 'gate.open' }),
    again: () => send({ type: 'restart' }),
    toTitle: context.toTitle,
  });
}
