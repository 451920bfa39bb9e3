import { describe, expect, it } from 'vitest';
import { buildDossierModel } from '../../src/dossier/model.ts';
import { relationshipView } from '../../src/dossier/relationships.ts';
import { lens, progress, relation, SARAH_TO_THE_BAR, tinyNight } from './support.ts';

// The relationship graph on the tiny night, with relationships declared as the script will declare them.
const model = buildDossierModel(tinyNight([
  relation('hermann', 'sarah', 'patron and lover', 'hermann.lover', 1),
  relation('sarah', 'hermann', 'sings for', 'sarah.patron', 0),
  relation('sarah', 'nine', 'one of them', 'sarah.viola', 2),
  relation('smugglers', 'hermann', 'buy from', 'smugglers.deal', 1),
]));

describe('the relationship graph', () => {
  it('has nothing to draw for a newcomer, and says so', () => {
    const view = relationshipView(lens(progress(), 'read', model));
    expect(view).toMatchObject({ nodes: [], edges: [], sentences: [], summary: 'No relationships found yet: they appear as you learn them.' });
  });

  it('grows with what was read: people known so far, relationships whose facts were found', () => {
    const view = relationshipView(lens(SARAH_TO_THE_BAR, 'read', model));
    expect(view.nodes.map((n) => [n.name, n.portrait, n.label])).toEqual([
      ['Sarah Fitzgerald', 'sarah-neutral', 'Sarah Fitzgerald, 2 relationships'],
      ['Hermann Hayward', 'hermann-neutral', 'Hermann Hayward, 2 relationships'],
    ]);
    expect(view.sentences).toEqual(['Hermann Hayward — patron and lover — Sarah Fitzgerald', 'Sarah Fitzgerald — sings for — Hermann Hayward']);
    expect(view.summary).toBe('2 entries, 2 relationships.');
  });

  it('adds the twist\'s relationships, and the entries they link, only at a level that shows them', () => {
    const view = relationshipView(lens(SARAH_TO_THE_BAR, 'act1', model));
    expect(view.sentences).toContain('Sarah Fitzgerald — one of them — The Immortal Nine');
    expect(view.nodes.map((n) => n.id).sort()).toEqual(['hermann', 'nine', 'sarah', 'smugglers']);
  });

  it('places nodes in the unit square, the same way every time, and curves two edges between one pair apart', () => {
    const vis = lens(SARAH_TO_THE_BAR, 'act1', model);
    const view = relationshipView(vis);
    expect(relationshipView(vis)).toEqual(view);
    for (const n of view.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(1);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(1);
    }
    const distinct = new Set(view.nodes.map((n) => `${n.x.toFixed(3)},${n.y.toFixed(3)}`));
    expect(distinct.size).toBe(view.nodes.length);
    const [patron, sings] = view.edges.filter((e) => [e.from, e.to].sort().join() === 'hermann,sarah');
    expect(Math.hypot(patron!.labelX - sings!.labelX, patron!.labelY - sings!.labelY)).toBeGreaterThan(0.05);
  });

  it('puts a lone person in the middle', () => {
    const view = relationshipView(lens(progress({ facts: { 'sarah.singer': [''] } }), 'read', model));
    expect(view.nodes).toMatchObject([{ id: 'sarah', x: 0.5, y: 0.5 }]);
  });
});
