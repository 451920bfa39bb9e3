// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StorySave } from '../../src/machine/story-machine.ts';
import { layoutStoryMap } from '../../src/map/layout.ts';
import { EMPTY_PROGRESS, type Progress } from '../../src/progress/progress.ts';
import type { StoryGraph } from '../../src/story/types.ts';
import type { MapReaderNow } from '../../src/ui/map/map-chapter.ts';
import { MapOverlay, type MapOverlayDeps } from '../../src/ui/map/map-overlay.ts';
import { realStory } from '../support/story.ts';

const graph = realStory();
const layouts = layoutStoryMap(graph);
/** The reader in Sarah's dressing room, having stayed with Sarah at the first fork. */
const PATH = ['cold-open', 'nectar-smuggling-attack', 'sarahs-stage', 'sarah-dressing-room'];
const progress: Progress = { ...EMPTY_PROGRESS, beats: [...PATH].sort(), choices: ['sarahs-stage:sarah-dressing-room'] };
const inDressingRoom: MapReaderNow = { progress, spoilerLevel: 'read', position: { beatId: 'sarah-dressing-room', visited: PATH } };

const title = (id: string) => graph.beats[id]!.title;
/** The label of the option in `from` that leads to `to`, as the script writes it. */
function label(from: string, to: string): string {
  for (const step of graph.beats[from]!.steps) if (step.kind === 'choice') for (const o of step.options) if (o.target === to) return o.label;
  throw new Error(`no option from ${from} to ${to}`);
}
/** The index of a beat's first line, as the script orders its steps. */
const firstLine = (g: StoryGraph, id: string) => g.beats[id]!.steps.findIndex((s) => s.kind === 'line');

interface Opened {
  readonly dialog: HTMLElement;
  readonly overlay: MapOverlay;
  readonly reads: { save: StorySave; told: string }[];
  readonly notices: string[];
  readonly copied: string[];
  readonly showMap: ReturnType<typeof vi.fn<() => void>>;
}

let open: Opened | undefined;
function openMap(reader: MapReaderNow, options: { reading?: boolean; layouts?: MapOverlayDeps['layouts'] } = {}): Opened {
  document.body.innerHTML = '<main id="ui"><section class="overlay"></section></main>';
  const dialog = document.querySelector<HTMLElement>('.overlay')!;
  const reads: Opened['reads'] = [];
  const notices: string[] = [];
  const copied: string[] = [];
  const showMap = vi.fn<() => void>();
  const deps: MapOverlayDeps = {
    doc: document,
    graph,
    layouts: options.layouts ?? (() => layouts),
    reader: () => reader,
    reading: () => options.reading === true,
    close: () => {},
    showMap,
    read: (save, told) => reads.push({ save, told }),
    notify: (text) => notices.push(text),
    copy: async (text) => (copied.push(text), true),
    linkTo: (hash) => `https://fan.example/rouge/${hash}`,
  };
  const overlay = new MapOverlay(deps);
  overlay.mount(dialog);
  overlay.show({ kind: 'map' });
  open = { dialog, overlay, reads, notices, copied, showMap };
  return open;
}

const items = (dialog: HTMLElement) => [...dialog.querySelectorAll<HTMLElement>('.map-list > li')];
const buttonNamed = (dialog: HTMLElement, name: string) => [...dialog.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
const card = (dialog: HTMLElement) => dialog.querySelector<HTMLElement>('.map-detail')!;

// The viewport has a size in a browser; jsdom lays nothing out, so it is given one here.
const sizes = { clientWidth: 800, clientHeight: 500 };
beforeAll(() => {
  for (const [prop, value] of Object.entries(sizes)) {
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get(this: HTMLElement) { return this.classList.contains('map-viewport') ? value : 0; } });
  }
});
afterAll(() => {
  for (const prop of Object.keys(sizes)) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[prop];
});
afterEach(() => {
  open?.overlay.unmount();
  open = undefined;
});

describe('the story map, in words', () => {
  it('lists every beat in story order: read ones by title and place, the others as "A scene" with none of their words', () => {
    const { dialog } = openMap(inDressingRoom);
    const list = items(dialog);
    expect(list).toHaveLength(graph.beatOrder.length);
    expect(list[0]!.querySelector('.map-beat-text')!.textContent).toBe(`${title('cold-open')} — ${graph.beats['cold-open']!.location} (read, on your path)`);
    expect(list.find((li) => li.dataset['beat'] === 'sarah-dressing-room')!.textContent).toContain(`${title('sarah-dressing-room')} — ${graph.beats['sarah-dressing-room']!.location} (you are here)`);
    const unread = list.filter((li) => !PATH.includes(li.dataset['beat']!));
    expect(unread.length).toBe(graph.beatOrder.length - PATH.length);
    for (const li of unread) expect(li.querySelector('.map-beat-text')!.textContent).toMatch(/^A scene \(not read yet/);
    // Not one title of an unread beat anywhere in the overlay: text, accessible names or tooltips.
    const words = [dialog.textContent, ...[...dialog.querySelectorAll('[aria-label], [title]')].map((el) => `${el.getAttribute('aria-label')} ${el.getAttribute('title')}`)].join('\n');
    const seen = PATH.map((id) => `${title(id)} ${graph.beats[id]!.location} ${graph.beats[id]!.summary}`).join('\n') + label('sarahs-stage', 'rouges-rounds') + label('sarahs-stage', 'smugglers-tally');
    const hidden = graph.beatOrder.filter((id) => !PATH.includes(id)).map(title).filter((t) => !seen.includes(t));
    expect(hidden.filter((t) => words.includes(t))).toEqual([]);
  });

  it('names the choice that leads to an unread beat only where the reader has read the menu', () => {
    const { dialog } = openMap(inDressingRoom);
    const item = (id: string) => items(dialog).find((li) => li.dataset['beat'] === id)!.querySelector('.map-beat-text')!.textContent;
    expect(item('rouges-rounds')).toBe(`A scene (not read yet, reached by choosing “${label('sarahs-stage', 'rouges-rounds')}”)`);
    // Debrief by bird is not read: the choices in it stay unnamed.
    expect(item('hermanns-suite')).toBe('A scene (not read yet)');
  });

  it('shows completion as counts and percentages', () => {
    const { dialog } = openMap(inDressingRoom);
    const values = Object.fromEntries([...dialog.querySelectorAll('.map-completion li')].map((li) => [li.querySelector('.completion-label')!.textContent, li.querySelector('.completion-value')!.textContent]));
    const beats = graph.beatOrder.length;
    const options = Object.values(graph.beats).flatMap((b) => b.steps.flatMap((s) => (s.kind === 'choice' ? s.options : []))).length;
    const facts = Object.values(graph.dossiers).flatMap((d) => d.facts).length;
    expect(values).toEqual({
      'Scenes read': `4 of ${beats} (${Math.floor(400 / beats)}%)`,
      'Choices tried': `1 of ${options} (${Math.floor(100 / options)}%)`,
      'Sides of the night finished': `0 of ${Object.keys(graph.routes).length} (0%)`,
      'Dossier facts found': `0 of ${facts} (0%)`,
    });
  });

  it('offers reading and a link for read beats, nothing for hidden ones; the link is the beat\'s address', async () => {
    const { dialog, copied, notices } = openMap(inDressingRoom);
    const named = (prefix: string) => [...dialog.querySelectorAll('.map-list button')].map((b) => b.getAttribute('aria-label')!).filter((n) => n.startsWith(prefix));
    expect(named('Copy link: ')).toEqual(PATH.map((id) => `Copy link: ${title(id)}`));
    expect(named('Read from here: ')).toEqual(PATH.map((id) => `Read from here: ${title(id)}`));
    buttonNamed(dialog, `Copy link: ${title('sarahs-stage')}`)!.click();
    await vi.waitFor(() => expect(notices).toEqual([`Link to “${title('sarahs-stage')}” copied.`]));
    expect(copied).toEqual(['https://fan.example/rouge/#/beat/sarahs-stage']);
  });
});

describe('chapter select', () => {
  it('reads a beat from its first line on the path the reader took, and says which path', () => {
    const { dialog, reads } = openMap({ ...inDressingRoom, position: { beatId: 'cold-open', visited: ['cold-open'] } });
    buttonNamed(dialog, `Read from here: ${title('sarah-dressing-room')}`)!.click();
    expect(reads).toHaveLength(1);
    const { save, told } = reads[0]!;
    expect(save.position.beatId).toBe('sarah-dressing-room');
    expect(save.position.step).toBe(firstLine(graph, 'sarah-dressing-room'));
    expect(told).toBe(`Reading “${title('sarah-dressing-room')}” from its first line. You are reading this as: ${label('sarahs-stage', 'sarah-dressing-room')}.`);
  });

  it('asks first while a story is open; Cancel keeps the reader where they are', async () => {
    const { dialog, reads } = openMap(inDressingRoom, { reading: true });
    buttonNamed(dialog, `Read from here: ${title('cold-open')}`)!.click();
    await vi.waitFor(() => expect(dialog.querySelector('[role="alertdialog"]')).not.toBeNull());
    expect(dialog.querySelector('[role="alertdialog"] p')!.textContent).toBe(
      `Read “${title('cold-open')}” from its first line? No choice comes before this scene: it reads the same on every path. The story you are reading now stays in the autosave only until you read on.`,
    );
    buttonNamed(dialog, 'Cancel')!.click();
    await Promise.resolve();
    expect(reads).toEqual([]);
    buttonNamed(dialog, `Read from here: ${title('cold-open')}`)!.click();
    await vi.waitFor(() => expect(buttonNamed(dialog, 'Read')).toBeDefined());
    buttonNamed(dialog, 'Read')!.click();
    await vi.waitFor(() => expect(reads).toHaveLength(1));
    expect(reads[0]!.save.position.beatId).toBe('cold-open');
  });

  it('with Act 1 shown by the spoiler level, reads an unread beat after asking, with the choices taken for the reader', async () => {
    const { dialog, reads } = openMap({ ...inDressingRoom, spoilerLevel: 'act1' });
    buttonNamed(dialog, `Read from here: ${title('smugglers-tally')}`)!.click();
    await vi.waitFor(() => expect(dialog.querySelector('[role="alertdialog"] p')?.textContent).toBe(
      `You have not reached “${title('smugglers-tally')}” yet. Read it anyway? You are reading this as: ${label('sarahs-stage', 'smugglers-tally')} (choices you have not made yet, taken for you).`,
    ));
    buttonNamed(dialog, 'Read')!.click();
    await vi.waitFor(() => expect(reads.map((r) => r.save.position.beatId)).toEqual(['smugglers-tally']));
  });
});

describe('links to beats', () => {
  it('an unknown beat says so and shows the map', async () => {
    const { overlay, notices, showMap, reads } = openMap(inDressingRoom);
    overlay.show({ kind: 'map', beat: 'no-such-scene' });
    await vi.waitFor(() => expect(showMap).toHaveBeenCalledOnce());
    expect(notices).toEqual(['There is no scene “no-such-scene” in this story. Here is the story map instead.']);
    expect(reads).toEqual([]);
  });

  it('a read beat opens at once when no story is open; one not reached yet asks first', async () => {
    const { overlay, reads, dialog, showMap } = openMap({ progress, spoilerLevel: 'read' });
    overlay.show({ kind: 'map', beat: 'sarahs-stage' });
    await vi.waitFor(() => expect(reads.map((r) => r.save.position.beatId)).toEqual(['sarahs-stage']));
    overlay.show({ kind: 'map', beat: 'the-bar' });
    await vi.waitFor(() => expect(dialog.querySelector('[role="alertdialog"] p')?.textContent).toBe('You have not reached this scene yet. Open it anyway? It may give away what happens before it.'));
    buttonNamed(dialog, 'Cancel')!.click();
    await vi.waitFor(() => expect(showMap).toHaveBeenCalledOnce());
    overlay.show({ kind: 'map', beat: 'the-bar' });
    await vi.waitFor(() => expect(buttonNamed(dialog, 'Open it')).toBeDefined());
    buttonNamed(dialog, 'Open it')!.click();
    await vi.waitFor(() => expect(reads.map((r) => r.save.position.beatId)).toEqual(['sarahs-stage', 'the-bar']));
    expect(reads[1]!.save.position.step).toBe(firstLine(graph, 'the-bar'));
  });
});

describe('the drawing', () => {
  it('arrives after the list when its module is still loading; when it cannot load, the list is the map', async () => {
    let arrive: (value: typeof layouts) => void = () => {};
    const { dialog } = openMap(inDressingRoom, { layouts: () => new Promise((resolve) => (arrive = resolve)) });
    expect(items(dialog)).toHaveLength(graph.beatOrder.length);
    expect(dialog.querySelector('.map-node')).toBeNull();
    arrive(layouts);
    await vi.waitFor(() => expect(dialog.querySelectorAll('.map-node')).toHaveLength(graph.beatOrder.length));
    open!.overlay.unmount();
    const failed = openMap(inDressingRoom, { layouts: () => Promise.reject(new Error('offline')) });
    await vi.waitFor(() => expect(failed.notices).toEqual(['The drawing of the map could not load. The list of scenes has everything it shows.']));
    expect(items(failed.dialog)).toHaveLength(graph.beatOrder.length);
  });

  const world = (dialog: HTMLElement) => dialog.querySelector('.map-world')!.getAttribute('transform')!;
  const scale = (dialog: HTMLElement) => Number(/scale\(([\d.]+)\)/.exec(world(dialog))![1]);
  const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

  it('draws a box per beat, the reader\'s beat marked, the path in bold and the unread as "A scene"', () => {
    const { dialog } = openMap(inDressingRoom);
    const nodes = [...dialog.querySelectorAll<SVGElement>('.map-node')];
    expect(nodes.map((n) => n.dataset['beat']).sort()).toEqual([...graph.beatOrder].sort());
    const here = nodes.find((n) => n.querySelector('.map-here'))!;
    expect(here.dataset['beat']).toBe('sarah-dressing-room');
    expect(nodes.find((n) => n.dataset['beat'] === 'the-bar')!.querySelector('.map-node-title')!.textContent).toBe('A scene');
    const onPath = [...dialog.querySelectorAll<SVGElement>('.map-edge.is-on-path')].map((e) => e.dataset['edge']!.split('/')[0]);
    expect(onPath.sort()).toEqual(PATH.slice(0, -1).sort());
    expect(dialog.querySelector('svg')!.getAttribute('role')).toBe('img');
  });

  it('picks a beat from the list or by a tap, and its card says what the reader may know', () => {
    const { dialog } = openMap(inDressingRoom);
    expect(card(dialog).querySelector('h3')!.textContent).toBe(title('sarah-dressing-room'));
    buttonNamed(dialog, `Read from here: ${title('cold-open')}`)!.focus();
    expect(card(dialog).querySelector('h3')!.textContent).toBe(title('cold-open'));
    expect(dialog.querySelector('.map-node.is-selected')!.getAttribute('data-beat')).toBe('cold-open');
    const box = dialog.querySelector('.map-node[data-beat="rouges-rounds"] .map-node-box')!;
    box.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerId: 1, button: 0, pointerType: 'mouse' }));
    box.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerId: 1, button: 0, pointerType: 'mouse' }));
    expect(card(dialog).textContent).toBe(`A sceneNot read yet. Reached by choosing “${label('sarahs-stage', 'rouges-rounds')}”.`);
  });

  it('pans with the arrow keys and zooms with + and −; 0 fits the width again', () => {
    const { dialog } = openMap({ progress, spoilerLevel: 'read' });
    const viewport = dialog.querySelector('.map-viewport')!;
    const fitted = world(dialog);
    expect(scale(dialog)).toBe(1);
    key(viewport, 'ArrowDown');
    expect(world(dialog)).not.toBe(fitted);
    key(viewport, '+');
    expect(scale(dialog)).toBe(1.25);
    key(viewport, '-');
    key(viewport, '-');
    expect(scale(dialog)).toBe(0.8);
    key(viewport, '0');
    expect(world(dialog)).toBe(fitted);
  });
});
