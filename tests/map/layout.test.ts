import { describe, expect, it } from 'vitest';
import { layoutStory, layoutStoryMap, type MapBox, type MapLayout, type MapPoint } from '../../src/map/layout.ts';
import { MAP_PRESET_NAMES } from '../../src/map/measure.ts';
import { pickLayout } from '../../src/map/map-layout.ts';
import { outline } from '../../src/story/outline.ts';
import type { StoryGraph } from '../../src/story/types.ts';
import { realStory } from '../support/story.ts';
import { allFixtureGraphs, mapFixture } from './support.ts';

const graphs = (): { name: string; graph: StoryGraph }[] => [{ name: 'assets/story', graph: realStory() }, ...allFixtureGraphs()];

const onBorder = (p: MapPoint, b: MapBox): boolean => {
  const inX = p.x >= b.x - 1 && p.x <= b.x + b.width + 1;
  const inY = p.y >= b.y - 1 && p.y <= b.y + b.height + 1;
  const nearEdge = Math.min(Math.abs(p.x - b.x), Math.abs(p.x - b.x - b.width), Math.abs(p.y - b.y), Math.abs(p.y - b.y - b.height)) <= 1;
  return inX && inY && nearEdge;
};
const overlap = (a: MapBox, b: MapBox): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const node = (layout: MapLayout, id: string): MapBox => layout.nodes.find((n) => n.id === id)!;

describe.each(MAP_PRESET_NAMES)('the %s layout', (preset) => {
  it('has one box per beat and one line per jump and option, of the real story and every fixture', () => {
    for (const { name, graph } of graphs()) {
      const layout = layoutStory(graph, preset);
      const expected = outline(graph);
      expect(layout.nodes.map((n) => n.id).sort(), name).toEqual(expected.beats.map((b) => b.id).sort());
      const ways = (list: readonly { from: string; to: string; kind: string }[]): string[] => list.map((e) => `${e.kind} ${e.from}>${e.to}`).sort();
      expect(ways(layout.edges), name).toEqual(ways(expected.edges));
    }
  });

  it('keeps every box inside the map, none on top of another, and starts and ends each line on its boxes', () => {
    for (const { name, graph } of graphs()) {
      const layout = layoutStory(graph, preset);
      for (const box of layout.nodes) {
        expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= layout.width && box.y + box.height <= layout.height, `${name}: ${box.id}`).toBe(true);
        for (const other of layout.nodes) if (other !== box) expect(overlap(box, other), `${name}: ${box.id} / ${other.id}`).toBe(false);
      }
      for (const edge of layout.edges.filter((e) => e.from !== e.to)) {
        expect(onBorder(edge.points[0]!, node(layout, edge.from)), `${name}: ${edge.id} starts on ${edge.from}`).toBe(true);
        expect(onBorder(edge.points.at(-1)!, node(layout, edge.to)), `${name}: ${edge.id} ends on ${edge.to}`).toBe(true);
      }
    }
  });

  it('reads top to bottom in story order: every way in the real story leads down the map', () => {
    const layout = layoutStory(realStory(), preset);
    for (const edge of layout.edges) expect(node(layout, edge.to).y, edge.id).toBeGreaterThan(node(layout, edge.from).y);
    expect(layout.nodes.find((n) => n.rank === 0)?.id).toBe(realStory().start);
  });

  it("puts each menu's choices side by side in option order, in their routes' colours", () => {
    const graph = realStory();
    const layout = layoutStory(graph, preset);
    // From the script: the three forks of Act 1 and the route each option leads into.
    const forks = [
      ['sarah-dressing-room', 'rouges-rounds', 'smugglers-tally'],
      ['hermanns-suite', 'rouge-on-watch', 'naomi-on-the-wire'],
      ['sarahs-morning', 'naomi-before-noon', 'nectar-trail'],
    ];
    for (const targets of forks) {
      const boxes = targets.map((id) => layout.nodes.find((n) => n.id === id)!);
      expect(new Set(boxes.map((b) => b.rank)).size, targets.join()).toBe(1);
      expect(boxes.map((b) => b.x)).toEqual([...boxes.map((b) => b.x)].sort((a, b) => a - b));
    }
    const colour = (to: string): string | undefined => layout.edges.find((e) => e.kind === 'choice' && e.to === to)?.color;
    expect([colour('sarah-dressing-room'), colour('rouges-rounds'), colour('smugglers-tally')]).toEqual(['#e8b64c', '#e0304a', '#7bd66f']);
    // Where a route rejoins the common story its way back is in the route's colour; common ways have none.
    expect(layout.edges.find((e) => e.from === 'sarah-dressing-room' && e.to === 'backstage')?.color).toBe('#e8b64c');
    expect(layout.edges.find((e) => e.from === 'the-bar')?.color).toBeUndefined();
  });

  it('carries no story text: every string in it is an id, a colour, a kind, the preset or the hash', () => {
    const graph = realStory();
    const layout = layoutStory(graph, preset);
    const allowed = new Set<string>([graph.hash, preset, 'choice', 'jump', ...graph.beatOrder, ...Object.keys(graph.routes), ...Object.values(graph.routes).map((r) => r.color), ...layout.edges.map((e) => e.id)]);
    const strings: string[] = [];
    JSON.stringify(layout, (_key, value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      return value;
    });
    expect(strings.filter((s) => !allowed.has(s))).toEqual([]);
  });
});

describe('the layouts together', () => {
  it('gives the wide layout room for every option label and the compact one none', () => {
    const { wide, compact } = layoutStoryMap(realStory());
    const choices = wide.edges.filter((e) => e.kind === 'choice');
    expect(choices.length).toBe(outline(realStory()).edges.filter((e) => e.kind === 'choice').length);
    for (const edge of choices) {
      expect(edge.label, edge.id).toBeDefined();
      for (const box of wide.nodes) expect(overlap(edge.label!, box), `${edge.id} label / ${box.id}`).toBe(false);
    }
    expect(compact.edges.some((e) => e.label !== undefined)).toBe(false);
  });

  it('fits the real story on a 360 px portrait phone with the compact layout', () => {
    const layouts = layoutStoryMap(realStory());
    expect(layouts.compact.width).toBeLessThanOrEqual(360);
    expect(pickLayout(layouts, 360).preset).toBe('compact');
    expect(pickLayout(layouts, 1280).preset).toBe('wide');
  });

  it('lays out a menu that loops back and two options into one beat', () => {
    const layout = layoutStory(mapFixture('loop'), 'wide');
    const intoLanding = layout.edges.filter((e) => e.to === 'landing');
    expect(intoLanding).toHaveLength(2);
    expect(intoLanding[0]!.points).not.toEqual(intoLanding[1]!.points);
    expect(layout.edges.find((e) => e.to === 'hall')?.points.length).toBeGreaterThan(1);
  });

  it('is the same JSON every time for the same graph', () => {
    expect(JSON.stringify(layoutStoryMap(realStory()))).toBe(JSON.stringify(layoutStoryMap(realStory())));
  });
});
