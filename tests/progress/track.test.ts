import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, lineId, type Progress } from '../../src/progress/progress.ts';
import { markFactsSeen, mergeProgress, newFacts, recordSnapshot } from '../../src/progress/track.ts';
import { selectView } from '../../src/machine/selectors.ts';
import { fixtureGraph, startStory } from '../support/machine.ts';
import { playRoute, realStory } from '../support/story.ts';

const graph = fixtureGraph('machine');

/** Plays the machine fixture to its end, taking option `pick` at the choice, recording every snapshot. */
function play(pick: number, progress: Progress = EMPTY_PROGRESS): Progress {
  const { actor } = startStory(graph);
  let recorded = recordSnapshot(progress, actor.getSnapshot().context);
  for (let guard = 0; guard < 50 && actor.getSnapshot().value !== 'ended'; guard++) {
    const previous = actor.getSnapshot().context;
    actor.send(actor.getSnapshot().value === 'choosing' ? { type: 'reader.choose', index: pick } : { type: 'reader.advance' });
    recorded = recordSnapshot(recorded, actor.getSnapshot().context, previous);
  }
  return recorded;
}

describe('recording progress from the story', () => {
  it("records Sarah's side: each line read, beats, the fact in its common wording, the choice, the route and the ending", () => {
    expect(play(0)).toEqual({
      lines: [
        lineId('opening', 'The lights go down.'),
        lineId('opening', 'Good evening.'),
        lineId('sarah-side', 'She keeps strays.'),
        lineId('converge', 'You remember her dressing room.'),
        lineId('converge', 'The end.'),
      ].sort(),
      beats: ['converge', 'opening', 'sarah-side'],
      facts: { 'hermann.patron': [''] },
      choices: ['opening:sarah-side'],
      routes: ['sarah'],
      endings: ['converge'],
      seenFacts: [],
    });
  });

  it('adds a second reading to the first: both routes, both choices, the fact in both wordings', () => {
    const both = play(1, play(0));
    expect(both.routes).toEqual(['nectar', 'sarah']);
    expect(both.choices).toEqual(['opening:nectar-side', 'opening:sarah-side']);
    expect(both.facts).toEqual({ 'hermann.patron': ['', 'nectar'] });
    expect(both.lines).toContain(lineId('nectar-side', 'A shot over the water.'));
    expect(both.lines).toContain(lineId('sarah-side', 'She keeps strays.'));
  });

  it('records no route or ending before the story ends', () => {
    const { actor } = startStory(graph);
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.choose', index: 1 });
    const progress = recordSnapshot(EMPTY_PROGRESS, actor.getSnapshot().context);
    expect(progress).toMatchObject({ routes: [], endings: [], choices: ['opening:nectar-side'], beats: ['nectar-side', 'opening'] });
  });

  it('returns the same progress when a moment adds nothing (so nothing is written)', () => {
    const read = play(0);
    expect(play(0, read)).toBe(read);
  });

  it('marks facts seen in the dossiers, so only the others are new', () => {
    const read = play(1);
    expect(newFacts(read)).toEqual(['hermann.patron']);
    const seen = markFactsSeen(read, ['hermann.patron']);
    expect(newFacts(seen)).toEqual([]);
    expect(markFactsSeen(seen, ['hermann.patron'])).toBe(seen);
  });
});

const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 5 }).map((xs) => [...xs].sort());
const progressArb: fc.Arbitrary<Progress> = fc.record({
  lines: ids,
  beats: ids,
  facts: fc.dictionary(fc.constantFrom('x.one', 'y.two'), fc.constantFrom([''], ['nectar'], ['', 'sarah'])),
  choices: ids,
  routes: ids,
  endings: ids,
  seenFacts: ids,
});
const flat = (p: Progress): string[] => [
  ...p.lines.map((x) => `l:${x}`), ...p.beats.map((x) => `b:${x}`), ...p.choices.map((x) => `c:${x}`), ...p.routes.map((x) => `r:${x}`),
  ...p.endings.map((x) => `e:${x}`), ...p.seenFacts.map((x) => `s:${x}`), ...Object.entries(p.facts).flatMap(([k, rs]) => rs.map((r) => `f:${k}:${r}`)),
];

describe('merging progress', () => {
  it('is a union: it never loses anything either side had, and adds nothing else', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const merged = flat(mergeProgress(a, b)).sort();
        expect(merged).toEqual([...new Set([...flat(a), ...flat(b)])].sort());
      }),
    );
  });

  it('does not care about order or repetition', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
        expect(mergeProgress(mergeProgress(a, b), b)).toEqual(mergeProgress(a, b));
      }),
    );
  });
});

describe('recording a whole reading of the real story', () => {
  const story = realStory();

  it.each(Object.keys(story.routes))('following %s counts, at the end, the same sides of the night as the end card', (route) => {
    const positions = playRoute(story, (options) => Math.max(0, options.findIndex((o) => story.beats[o.target]?.route === route)));
    // Each position is one reader action after the one before (the actions themselves do not matter here but for moving on).
    const moved = (i: number) => ({ graph: story, position: positions[i]!, log: Array.from({ length: i }, () => ({ t: 'advance' as const })) });
    const progress = positions.reduce<Progress>((p, _position, i) => recordSnapshot(p, moved(i), i > 0 ? moved(i - 1) : undefined), EMPTY_PROGRESS);
    const end = positions.at(-1)!;
    const card = selectView({ graph: story, graphHash: story.hash, position: end, log: [], cause: 'advance' }).ending!;
    expect(progress.routes).toEqual(card.followed.map((r) => r.id).sort());
    expect(progress.routes).toContain(route);
    expect(progress.endings).toEqual([end.beatId]);
    expect(progress.beats).toEqual([...end.visited].sort());
    expect(Object.keys(progress.facts).sort()).toEqual(Object.keys(end.unlocked).sort());
    const linesShown = new Set(positions.flatMap((p) => {
      const step = story.beats[p.beatId]?.steps[p.step];
      return step?.kind === 'line' ? [`${p.beatId}\n${step.text}`] : [];
    }));
    expect(progress.lines).toHaveLength(linesShown.size);
  });
});
