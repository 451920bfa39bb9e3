import { describe, expect, it } from 'vitest';
import { formatCandidate, nameCandidates, parseSourcedNames } from '../../src/story/candidates.ts';
import { namesIn } from '../../src/story/names.ts';
import { compileFixtures } from '../support/fixtures.ts';

// `story:check -- --candidates`: names in undramatized lines and facts that the sourced-names list lacks.
describe('dramatized-name candidates', () => {
  const sourced = parseSourcedNames(`
# The sourced names of this fixture
Sarah
Sarah Fitzgerald
Club Canal
Canal City
Kevin
// Malik is sourced too
Malik
Dr. Roy Junghardt
Crimson Is the Sound of Dawn
`);

  it('reads a list of names, one a line, skipping blank lines and comments', () => {
    expect([...sourced]).toEqual(['Sarah', 'Sarah Fitzgerald', 'Club Canal', 'Canal City', 'Kevin', 'Malik', 'Dr. Roy Junghardt', 'Crimson Is the Sound of Dawn']);
  });

  it('lists the unsourced names of lines and facts not marked dramatized, with file and line', () => {
    const graph = compileFixtures(['candidates']).graph!;
    expect(nameCandidates(graph, sourced).map(formatCandidate)).toEqual([
      "tests/fixtures/candidates.story:21: 'Joker' is not in the sourced names",
      "tests/fixtures/candidates.story:33: 'Mr. Hollis' is not in the sourced names (fact sarah.singer)",
    ]);
  });

  it('finds a name that is new to the list, wherever it stands in the sentence', () => {
    const graph = compileFixtures(['candidates']).graph!;
    const withoutKevin = new Set([...sourced].filter((name) => name !== 'Kevin'));
    expect(nameCandidates(graph, withoutKevin).map((c) => [c.line, c.name])).toEqual([
      [19, 'Kevin'],
      [20, 'Kevin'],
      [21, 'Joker'],
      [33, 'Mr. Hollis'],
    ]);
  });

  it('takes runs of capitalised words as one name, and leaves out sentence openers that are not names', () => {
    const known = new Set(['Sarah', 'Club Canal', 'Wander in the Labyrinth']);
    expect(namesIn('Then Sarah Fitzgerald steps onto the stage at Club Canal.', known)).toEqual([['Sarah', 'Fitzgerald'], ['Club', 'Canal']]);
    expect(namesIn('Club Canal. Red and violet neon. Nobody moves.', known)).toEqual([['Club', 'Canal']]);
    expect(namesIn('She reads "Wander in the Labyrinth" twice, then Scar Head’s notes.', known)).toEqual([['Wander', 'in', 'the', 'Labyrinth'], ['Scar', 'Head']]);
    expect(namesIn("I'm sure, OK? Fine.", known)).toEqual([]);
  });
});
