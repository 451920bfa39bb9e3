/** Test helpers for the story map: the map's own fixtures, and every shared fixture that compiles. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileStory } from '../../src/story/compile.ts';
import type { StoryGraph } from '../../src/story/types.ts';
import { EMPTY_PROGRESS, type Progress } from '../../src/progress/progress.ts';
import { compileFixtures } from '../support/fixtures.ts';

/** Compiles tests/map/fixtures/<name>.story, failing with its diagnostics if it does not compile. */
export function mapFixture(name: string): StoryGraph {
  const path = `tests/map/fixtures/${name}.story`;
  const result = compileStory([{ path, source: readFileSync(join(import.meta.dirname, 'fixtures', `${name}.story`), 'utf8') }]);
  if (!result.graph) throw new Error(`${path} did not compile:\n${result.diagnostics.map((d) => d.message).join('\n')}`);
  return result.graph;
}

/** Every fixture graph there is: the shared tests/fixtures that compile, and the map's own. */
export function allFixtureGraphs(): { name: string; graph: StoryGraph }[] {
  const shared = readdirSync(join(import.meta.dirname, '..', 'fixtures'))
    .filter((f) => f.endsWith('.story'))
    .map((f) => f.slice(0, -'.story'.length))
    .flatMap((name) => {
      const graph = compileFixtures([name]).graph;
      return graph ? [{ name, graph }] : [];
    });
  const own = readdirSync(join(import.meta.dirname, 'fixtures'))
    .filter((f) => f.endsWith('.story'))
    .map((f) => f.slice(0, -'.story'.length))
    .map((name) => ({ name: `map/${name}`, graph: mapFixture(name) }));
  return [...shared, ...own];
}

/** Progress with some fields filled in. */
export function progressWith(fields: Partial<Progress>): Progress {
  return { ...EMPTY_PROGRESS, ...fields };
}
