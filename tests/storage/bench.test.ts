import { describe, expect, it } from 'vitest';
import { benchSaveLoad, fullRouteContext } from '../../src/storage/bench.ts';
import { playRoute, realStory } from '../support/story.ts';

const graph = realStory();
const routes = [null, ...Object.keys(graph.routes)];

describe('saving and loading a whole route', () => {
  it.each(routes)('(route %s) each take under 10 ms for the story state', async (route) => {
    const bench = await benchSaveLoad(graph, { route, runs: 15 });
    const read = playRoute(graph, (options) => Math.max(0, options.findIndex((o) => graph.beats[o.target]?.route === route)));
    expect(bench.steps).toBe(read.length - 1);
    expect(bench.save.medianMs).toBeLessThan(10);
    expect(bench.load.medianMs).toBeLessThan(10);
  });

  it('measures a state at the end of the story', () => {
    const context = fullRouteContext(graph, 'sarah');
    expect(context.position.ended).toBe(true);
    expect(context.position.visited.some((id) => graph.beats[id]?.route === 'sarah')).toBe(true);
  });
});
