import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/machine/runtime.ts';
import type { StoryGraph } from '../../src/story/types.ts';
import { playRoute, realStory } from '../support/story.ts';

/** Plays the story taking the options with these labels, in order; fails when one is not offered. */
function follow(graph: StoryGraph, labels: readonly string[]): { taken: string[]; lines: string[]; beats: string[] } {
  const taken: string[] = [];
  const path: Position[] = playRoute(graph, (options) => {
    const want = labels[taken.length];
    const index = options.findIndex((o) => o.label === want);
    if (index < 0) throw new Error(`option '${want}' is not offered; offered: ${options.map((o) => `'${o.label}'`).join(', ')}`);
    taken.push(want!);
    return index;
  });
  const lines = path.flatMap((p) => {
    const step = graph.beats[p.beatId]!.steps[p.step];
    return step?.kind === 'line' ? [step.text] : [];
  });
  return { taken, lines, beats: path.at(-1)!.visited.filter((id) => graph.beats[id]!.route) };
}

// Issue 15's route tests: the options a reader takes on each side of the night, and lines only that side shows.
describe('the four sides of the night, read as a reader picks them', () => {
  const graph = realStory();
  const canon = ['Take mine. I can manage a day without.', 'Please. Give him back his Nectar. Just one. Look at him.', 'Rise and shine, new girl. Beds are softer than flight cases, I promise.'];

  const sides = {
    rouge: {
      labels: ['Do the rounds with Rouge', 'Keep watch with Rouge', 'Go back to the club with Rouge'],
      beats: ['rouges-rounds', 'rouge-on-watch', 'sarahs-morning'],
      sees: ['A locked drawer is not proof. Forcing it would be a story the singer could tell.', 'Stealing my lines now? Good. Somebody should use them.', 'She answers quickly, and not quite the question asked. Rouge notes it and says nothing.'],
    },
    sarah: {
      labels: ['Stay with Sarah as the curtain falls', "Up in Hermann's suite with Sarah", 'Go back to the club with Rouge'],
      beats: ['sarah-dressing-room', 'hermanns-suite', 'sarahs-morning'],
      sees: ['Then plan again. Twenty minutes.', "Hermann. There's a bird on your window.", 'The slim case from the drawer under her mirror: about the right length for an injector.'],
    },
    naomi: {
      labels: ['Do the rounds with Rouge', 'Listen in with Naomi', 'Go ahead with Naomi to the noon meeting'],
      beats: ['rouges-rounds', 'naomi-on-the-wire', 'naomi-before-noon'],
      sees: ["Don't look at me. Don't look at me. She's looking at me.", "Three weeks to build, one shot to lose. Fine. I'll find out whose shot it was.", "A Panacea executive, signing a nightclub's Nectar orders by hand. What are you keeping an eye on, Mr Hayward?"],
    },
    nectar: {
      labels: ['Follow the Nectar into the dark', 'Keep watch with Rouge', 'Follow the Nectar'],
      beats: ['smugglers-tally', 'rouge-on-watch', 'nectar-trail'],
      sees: ['Such tidy handwriting. Lot numbers, dates, and a payment every month to a single initial: "H." Who is H., I wonder?', 'It did once.', 'She has already been to the docks. This was the only door left.'],
    },
  } as const;

  for (const [side, expected] of Object.entries(sides)) {
    it(`${side}: takes its own options, enters its own scenes, and shows its own lines on top of the shared canon`, () => {
      const read = follow(graph, expected.labels);
      expect(read.taken).toEqual(expected.labels);
      expect(read.beats).toEqual(expected.beats);
      for (const line of [...expected.sees, ...canon]) expect(read.lines, line).toContain(line);
    });
  }

  it('keeps each side\'s own lines to that side', () => {
    const nectar = follow(graph, sides.nectar.labels);
    const sarah = follow(graph, sides.sarah.labels);
    expect(nectar.lines).not.toContain(sides.sarah.sees[0]);
    expect(nectar.lines).not.toContain(sides.sarah.sees[2]);
    expect(sarah.lines).not.toContain(sides.nectar.sees[0]);
  });
});
