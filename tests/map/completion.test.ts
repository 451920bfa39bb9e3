import { describe, expect, it } from 'vitest';
import { completion, tally } from '../../src/map/completion.ts';
import { EMPTY_PROGRESS } from '../../src/progress/progress.ts';
import { outline } from '../../src/story/outline.ts';
import { realStory } from '../support/story.ts';
import { fixtureGraph } from '../support/machine.ts';
import { progressWith } from './support.ts';

describe('completion', () => {
  it('counts beats read, choices tried, routes finished and facts found against the script', () => {
    // machine.story: 4 beats, one menu of 2 options, routes sarah and nectar, one fact (hermann.patron).
    const graph = fixtureGraph('machine');
    const progress = progressWith({
      beats: ['opening', 'sarah-side', 'converge'],
      choices: ['opening:sarah-side'],
      routes: ['sarah'],
      facts: { 'hermann.patron': [''] },
    });
    expect(completion(graph, progress)).toEqual({
      beats: { found: 3, total: 4, percent: 75 },
      choices: { found: 1, total: 2, percent: 50 },
      routes: { found: 1, total: 2, percent: 50 },
      facts: { found: 1, total: 1, percent: 100 },
    });
  });

  it('ignores progress from beats, choices, routes and facts the script no longer has', () => {
    const graph = fixtureGraph('machine');
    const stale = progressWith({ beats: ['cut-scene'], choices: ['opening:cut-scene'], routes: ['naomi'], facts: { 'gone.fact': [''] } });
    const zero = { found: 0, percent: 0 };
    expect(completion(graph, stale)).toMatchObject({ beats: zero, choices: zero, routes: zero, facts: zero });
  });

  it('counts two options into the same beat as one way, as progress records them', () => {
    // readme-example.story: both options of the stage lead to the dressing room.
    const graph = fixtureGraph('readme-example');
    expect(completion(graph, progressWith({ choices: ['stage:dressing-room'] })).choices).toEqual({ found: 1, total: 1, percent: 100 });
  });

  it('rounds percentages down, so 100 % means everything', () => {
    expect(tally(['a', 'b', 'c'], ['a', 'b'])).toEqual({ found: 2, total: 3, percent: 66 });
    expect(tally(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual({ found: 3, total: 3, percent: 100 });
    expect(tally([], [])).toEqual({ found: 0, total: 0, percent: 100 });
  });

  it('has the real story’s totals: every beat, every way out of a menu, every route and every fact', () => {
    const graph = realStory();
    const script = outline(graph);
    const totals = completion(graph, EMPTY_PROGRESS);
    expect(totals.beats.total).toBe(script.beats.length);
    expect(totals.choices.total).toBe(new Set(script.edges.filter((e) => e.kind === 'choice').map((e) => `${e.from}:${e.to}`)).size);
    expect(totals.routes.total).toBe(script.routes.length);
    expect(totals.facts.total).toBe(script.dossiers.reduce((n, d) => n + d.facts.length, 0));
    expect(totals.beats.percent).toBe(0);
  });
});
