import { describe, expect, it } from 'vitest';
import { episodeBeatsOn } from '../../src/story/episode.ts';
import { outline } from '../../src/story/outline.ts';
import { compileFixtures, diagnosticsOf } from '../support/fixtures.ts';

// `episode: 3, 4` on a beat: which of the episode's own beats (STORY-FACTS, 1–18) it shows.
describe('the episode: field', () => {
  const result = compileFixtures(['episode-beats']);
  const graph = result.graph!;

  it('compiles cleanly and lists each beat\'s episode beats in the outline', () => {
    expect(result.diagnostics).toEqual([]);
    expect(outline(graph).beats.map((b) => [b.id, b.episode])).toEqual([
      ['opening', [1, 2]],
      ['backstage', [3]],
      ['theft', [3, 4]],
    ]);
  });

  it('tells which episode beats a path shows, each once, in path order', () => {
    expect(episodeBeatsOn(graph, ['opening', 'backstage', 'theft'])).toEqual([1, 2, 3, 4]);
    expect(episodeBeatsOn(graph, ['opening', 'theft'])).toEqual([1, 2, 3, 4]);
    expect(episodeBeatsOn(graph, ['theft', 'opening'])).toEqual([3, 4, 1, 2]);
    expect(episodeBeatsOn(graph, ['backstage', 'no-such-beat'])).toEqual([3]);
  });

  it('refuses numbers outside 1–18, repeats and words, pointing at each', () => {
    const hint = '(episode beats are numbered 1 to 18, as in STORY-FACTS ("Act 1 beats, in order"))';
    expect(diagnosticsOf('episode-field-errors')).toEqual([
      `tests/fixtures/episode-field-errors.story:9:13: error: there is no episode beat 19 ${hint}`,
      'tests/fixtures/episode-field-errors.story:9:17: error: episode beat 2 is listed twice (list each episode beat once)',
      `tests/fixtures/episode-field-errors.story:9:20: error: 'three' is not an episode beat number ${hint}`,
    ]);
  });
});
