import { describe, expect, it } from 'vitest';
import { layoutStory, layoutStoryMap } from '../../src/map/layout.ts';
import type { MapReader } from '../../src/map/reveal.ts';
import { textMap } from '../../src/map/text-map.ts';
import { mapView } from '../../src/map/view.ts';
import type { StoryGraph } from '../../src/story/types.ts';
import { realStory } from '../support/story.ts';
import { mapFixture, progressWith } from './support.ts';

const OPENING = ['cold-open', 'nectar-smuggling-attack', 'sarahs-stage'];

/** A reader at Sarah's stage for the first time, who once read the bar in another reading and did the rounds with Rouge. */
function openingReader(graph: StoryGraph, spoilerLevel: MapReader['spoilerLevel'] = 'read'): MapReader {
  return {
    graph,
    progress: progressWith({ beats: [...OPENING, 'the-bar'], choices: ['sarahs-stage:rouges-rounds'] }),
    position: { beatId: 'sarahs-stage', visited: OPENING },
    spoilerLevel,
  };
}

/** Words that belong to beats this reader may not see, leaving out any that a seen beat's words contain. */
function secrets(graph: StoryGraph, seen: readonly string[]): string[] {
  const beat = (id: string): string[] => {
    const b = graph.beats[id]!;
    const labels = b.steps.flatMap((s) => (s.kind === 'choice' ? s.options.map((o) => o.label) : []));
    return [b.title, b.location, b.summary, ...labels];
  };
  const visible = seen.flatMap(beat);
  return graph.beatOrder.filter((id) => !seen.includes(id)).flatMap(beat).filter((text) => !visible.some((v) => v.includes(text)));
}

describe('the map view', () => {
  it('shows title and location only for read beats; unread ones are "A scene" with no title or summary', () => {
    const graph = realStory();
    const view = mapView({ ...openingReader(graph), layout: layoutStory(graph) });
    const seen = [...OPENING, 'the-bar'];
    for (const node of view.nodes) {
      if (seen.includes(node.id)) {
        expect(node.title).toBe(graph.beats[node.id]!.title);
        expect(node.location).toBe(graph.beats[node.id]!.location);
      } else {
        expect(node, node.id).toMatchObject({ text: 'A scene', revealed: false, state: 'unread' });
        expect(node).not.toHaveProperty('title');
        expect(node).not.toHaveProperty('location');
        expect(node).not.toHaveProperty('summary');
      }
    }
    const json = JSON.stringify(view);
    expect(secrets(graph, seen).filter((text) => json.includes(text))).toEqual([]);
  });

  it("names the choice that leads to an unread beat only when the reader has read the beat offering it", () => {
    const graph = realStory();
    const nodes = new Map(mapView({ ...openingReader(graph), layout: layoutStory(graph) }).nodes.map((n) => [n.id, n]));
    expect(nodes.get('rouges-rounds')?.reachedBy).toEqual(['Do the rounds with Rouge']);
    expect(nodes.get('smugglers-tally')?.reachedBy).toEqual(['Follow the Nectar into the dark']);
    // Bird debrief's menu is unread: which choice leads to Hermann's suite stays hidden.
    expect(nodes.get('hermanns-suite')?.reachedBy).toEqual([]);
  });

  it('marks where the reader is, the path that led there, beats read before, and the ways taken', () => {
    const graph = realStory();
    const view = mapView({ ...openingReader(graph), layout: layoutStory(graph) });
    const state = (id: string): string | undefined => view.nodes.find((n) => n.id === id)?.state;
    expect([state('sarahs-stage'), state('cold-open'), state('the-bar'), state('rouges-rounds')]).toEqual(['current', 'on-path', 'read', 'unread']);
    const edge = (from: string, to: string) => view.edges.find((e) => e.from === from && e.to === to)!;
    expect(edge('cold-open', 'nectar-smuggling-attack').state).toBe('on-path');
    expect(edge('sarahs-stage', 'rouges-rounds')).toMatchObject({ state: 'taken', label: 'Do the rounds with Rouge' });
    expect(edge('sarahs-stage', 'sarah-dressing-room').state).toBe('not-taken');
    expect(edge('bird-debrief', 'hermanns-suite')).not.toHaveProperty('label');
  });

  it('shows every Act 1 beat at the "act1" spoiler level, and tier 3 beats only at "later"', () => {
    const graph = realStory();
    const act1 = mapView({ ...openingReader(graph, 'act1'), layout: layoutStory(graph) });
    expect(act1.nodes.filter((n) => !n.revealed).map((n) => n.id)).toEqual([]);
    expect(act1.nodes.find((n) => n.id === 'dawn')).toMatchObject({ title: 'Crimson is the sound of dawn', state: 'unread', read: false });

    const door = mapFixture('locked-door');
    const reader = (spoilerLevel: MapReader['spoilerLevel']): MapReader => ({ graph: door, progress: progressWith({}), spoilerLevel });
    const hidden = (level: MapReader['spoilerLevel']): string[] => mapView({ ...reader(level), layout: layoutStory(door) }).nodes.filter((n) => !n.revealed).map((n) => n.id).sort();
    expect(hidden('read')).toEqual(['lobby', 'outside', 'roof', 'street', 'vault']);
    expect(hidden('act1')).toEqual(['outside']);
    expect(hidden('later')).toEqual([]);
  });

  it('says when its layout was made for another version of the script', () => {
    const graph = realStory();
    const layout = layoutStory(graph);
    expect(mapView({ ...openingReader(graph), layout }).stale).toBe(false);
    const edited = { ...graph, hash: 'edited' };
    const view = mapView({ ...openingReader(edited), layout });
    expect(view.stale).toBe(true);
    expect(view.nodes).toHaveLength(graph.beatOrder.length);
  });

  it('builds in well under the 100 ms the map has to open in, with the full graph', () => {
    const graph = realStory();
    const layouts = layoutStoryMap(graph);
    const reader = { ...openingReader(graph), layout: layouts.wide };
    const started = performance.now();
    mapView(reader);
    textMap(reader);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('the text map', () => {
  it('lists beats top to bottom with the ways out of each, in words', () => {
    const graph = realStory();
    const items = textMap({ ...openingReader(graph), layout: layoutStory(graph) });
    expect(items.map((i) => i.id).slice(0, 4)).toEqual([...OPENING, 'sarah-dressing-room']);
    const stage = items.find((i) => i.id === 'sarahs-stage')!;
    expect(stage.text).toBe("Sarah's stage — Club Canal — the stage (you are here)");
    expect(stage.ways.map((w) => w.text)).toEqual([
      'Choice “Stay with Sarah as the curtain falls” → a scene not read yet',
      'Choice “Do the rounds with Rouge” → a scene not read yet (taken before)',
      'Choice “Follow the Nectar into the dark” → a scene not read yet',
    ]);
    expect(items.find((i) => i.id === 'cold-open')!.ways.map((w) => w.text)).toEqual(['Then → The Nectar smuggling attack (your path)']);
    expect(items.find((i) => i.id === 'rouges-rounds')!.text).toBe('A scene (not read yet, reached by choosing “Do the rounds with Rouge”)');
  });

  it('keeps the same secrets as the drawn map', () => {
    const graph = realStory();
    const items = textMap({ ...openingReader(graph), layout: layoutStory(graph) });
    const json = JSON.stringify(items);
    expect(secrets(graph, [...OPENING, 'the-bar']).filter((text) => json.includes(text))).toEqual([]);
    for (const item of items.filter((i) => !i.read)) {
      expect(item).not.toHaveProperty('title');
      expect(item).not.toHaveProperty('location');
    }
    expect(items.find((i) => i.id === 'bird-debrief')!.ways.map((w) => w.text)).toEqual([
      'A choice not read yet → a scene not read yet',
      'A choice not read yet → a scene not read yet',
      'A choice not read yet → a scene not read yet',
    ]);
  });

  it('follows script order without a layout', () => {
    const graph = mapFixture('locked-door');
    expect(textMap({ graph, progress: progressWith({}), spoilerLevel: 'read' }).map((i) => i.id)).toEqual(graph.beatOrder);
  });
});
