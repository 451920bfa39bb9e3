import { describe, expect, it } from 'vitest';
import { episodeBeatsOn } from '../../src/story/episode.ts';
import { realStory } from '../support/story.ts';
import { allPaths, beatsOf, nameOf } from './paths.ts';

// Issue 15: the episode's own beats (STORY-FACTS, "Act 1 beats, in order") are canon on every path;
// the sides of the night add a viewpoint on top of them instead of replacing them.
describe("the episode's beats on every path through Act 1", () => {
  const graph = realStory();
  const paths = allPaths(graph);
  const wholeEpisode = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18];

  it('shows all 18 of the episode\'s beats, in the episode\'s order, whichever sides the reader follows', () => {
    expect(paths.length).toBe(27);
    for (const path of paths) {
      expect(episodeBeatsOn(graph, beatsOf(path)), nameOf(graph, path)).toEqual(wholeEpisode);
    }
  });

  it('tells the whole episode in the scenes every reader shares, not only in one side\'s scenes', () => {
    const shared = graph.beatOrder.filter((id) => !graph.beats[id]!.route);
    expect(episodeBeatsOn(graph, shared)).toEqual(wholeEpisode);
  });

  it('shows the scenes the review found on one side only (3, 4 and 9) to every reader', () => {
    const showing = (n: number) => graph.beatOrder.filter((id) => graph.beats[id]!.episode?.includes(n));
    expect(showing(3)).toEqual(['backstage']);
    expect(showing(4)).toEqual(['stolen-nectar']);
    expect(showing(9)).toEqual(['withdrawal']);
    for (const id of ['backstage', 'stolen-nectar', 'withdrawal']) expect(graph.beats[id]!.route, id).toBeUndefined();
  });

  it('plays the wake-up backstage exactly once on every path (no side repeats it, none leaves it out)', () => {
    const isWakeUp = (beatId: string, step: number) => {
      const line = graph.beats[beatId]!.steps[step];
      return line?.kind === 'line' && line.text.startsWith('Rise and shine, new girl');
    };
    for (const path of paths) expect(path.filter((p) => isWakeUp(p.beatId, p.step)).length, nameOf(graph, path)).toBe(1);
  });
});
