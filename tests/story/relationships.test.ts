import { describe, expect, it } from 'vitest';
import { outline } from '../../src/story/outline.ts';
import { compileFixtures, diagnosticsOf } from '../support/fixtures.ts';

// `relation other: label (fact id)` in a dossier: a labelled edge, revealed by a fact, at that fact's tier.
describe('relationships in dossiers', () => {
  it('compiles each relation with its direction, label, revealing fact and that fact\'s tier', () => {
    const result = compileFixtures(['relationships']);
    expect(result.diagnostics).toEqual([]);
    const file = 'tests/fixtures/relationships.story';
    expect(result.graph!.relationships).toEqual([
      { from: 'sarah', to: 'rouge', label: 'takes her in', tier: 0, revealedBy: 'rouge.watcher', file, line: 25 },
      { from: 'hermann', to: 'sarah', label: 'patron and lover', tier: 1, revealedBy: 'hermann.patron', file, line: 33 },
      { from: 'rouge', to: 'sarah', label: 'watches over', tier: 0, revealedBy: 'rouge.watcher', file, line: 41 },
      { from: 'rouge', to: 'hermann', label: 'investigates', tier: 2, revealedBy: 'rouge.agent', file, line: 44 },
    ]);
    expect(outline(result.graph!).relationships).toEqual(result.graph!.relationships);
  });

  it('keeps the facts around the relation lines whole', () => {
    const graph = compileFixtures(['relationships']).graph!;
    expect(graph.dossiers['rouge']!.facts.map((f) => [f.id, f.text])).toEqual([
      ['watcher', "Sarah's new companion."],
      ['agent', 'An agent watching Sarah.'],
    ]);
  });

  it('reports unknown dossiers and facts with a did-you-mean, a relation to itself, repeats and malformed lines', () => {
    const f = 'tests/fixtures/relationship-errors.story';
    expect(diagnosticsOf('relationship-errors')).toEqual([
      `${f}:23:10: error: dossier 'sarah' has a relation to itself (a relation links two different entries)`,
      `${f}:24:10: error: unknown dossier 'hermman' (did you mean 'hermann'?)`,
      `${f}:25:36: error: dossier 'sarah' has no fact 'singr' (did you mean 'singer'?)`,
      `${f}:26:46: error: dossier 'hermann' has no fact 'patrn' (did you mean 'patron'?)`,
      `${f}:28:33: error: unknown dossier 'hermon' (did you mean 'hermann'?)`,
      `${f}:29:10: error: a second relation from 'sarah' to 'hermann' (the first is at ${f}:27; say both in one label)`,
      `${f}:30:1: error: a relation must look like 'relation dossier-id: label (fact fact-id)' (name the fact that reveals it: '(fact patron)', or '(fact other-dossier.fact-id)')`,
      `${f}:31:10: error: 'Hermann' is not a dossier id (ids are lowercase words joined by -)`,
      `${f}:32:17: error: the relation to 'hermann' has no label (say how this entry stands to it: 'relation hermann-hayward: patron and lover (fact patron)')`,
      `${f}:41:3: error: indented text after a relation line (a fact's text goes right under its 'fact …:' line; relations come after it)`,
    ]);
  });
});
