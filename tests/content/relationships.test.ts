import { describe, expect, it } from 'vitest';
import { realStory } from '../support/story.ts';
import { allPaths, nameOf } from './paths.ts';

// Issue 10 on the real script: the people graph a fan would draw after Act 1.
describe('relationships between the people of Act 1', () => {
  const graph = realStory();
  const find = (from: string, to: string) => graph.relationships.find((r) => r.from === from && r.to === to);

  it('draws between 10 and 20 of them', () => {
    expect(graph.relationships.length).toBeGreaterThanOrEqual(10);
    expect(graph.relationships.length).toBeLessThanOrEqual(20);
  });

  it('has the ties a fan would draw, each at the spoiler tier of the fact that reveals it', () => {
    const expected = [
      { from: 'hermann-hayward', to: 'sarah-fitzgerald', label: 'patron and lover', tier: 0 },
      { from: 'sarah-fitzgerald', to: 'rouge-redstar', label: 'took her in as her companion', tier: 0 },
      { from: 'rouge-redstar', to: 'sarah-fitzgerald', label: 'watches her, under orders', tier: 1 },
      { from: 'naomi-orthmann', to: 'rouge-redstar', label: 'her support and partner', tier: 1 },
      { from: 'club-staff', to: 'scar-head', label: 'steal his Nectar', tier: 1 },
      { from: 'sarah-fitzgerald', to: 'man-in-glasses', label: 'leaked the Nectar shipment to him, for a promise of freedom', tier: 2 },
      { from: 'rouge-redstar', to: 'truth-bureau', label: 'works for', tier: 2 },
    ];
    for (const tie of expected) {
      expect(find(tie.from, tie.to), `${tie.from} -> ${tie.to}`).toMatchObject(tie);
    }
  });

  it('never shows a tie before the reader has met both ends of it, on any path', () => {
    for (const path of allPaths(graph)) {
      let seen = 0;
      for (const position of path) {
        const keys = Object.keys(position.unlocked);
        if (keys.length === seen) continue;
        seen = keys.length;
        const met = new Set(keys.map((key) => key.split('.')[0]));
        for (const tie of graph.relationships.filter((r) => r.revealedBy in position.unlocked)) {
          const where = `${tie.from} -> ${tie.to} at ${position.beatId} (${nameOf(graph, path)})`;
          expect(met.has(tie.from) && met.has(tie.to), where).toBe(true);
        }
      }
    }
  });
});
