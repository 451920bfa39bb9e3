/** Test helpers: compile fixture scripts from tests/fixtures/ and read their diagnostics as text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexAssets } from '../../src/story/assets.ts';
import { compileStory, type CompileResult } from '../../src/story/compile.ts';
import { formatDiagnostic } from '../../src/story/diagnostics.ts';

/** A small asset index: the files a fixture may refer to. */
export const FIXTURE_ASSETS = indexAssets([
  'art/bg/club-stage.svg',
  'art/characters/sarah-neutral.svg',
  'art/characters/sarah-smile.svg',
  'audio/music/club-song.webm',
  'audio/ambience/rain.webm',
  'audio/sfx/gunshot.webm',
]);

/** Reads a fixture's text. */
export function fixtureSource(name: string): string {
  return readFileSync(join(import.meta.dirname, '..', 'fixtures', `${name}.story`), 'utf8');
}

/** Compiles fixtures (by name, without extension) together, as tests/fixtures/<name>.story. */
export function compileFixtures(names: readonly string[], options: { assets?: boolean } = {}): CompileResult {
  const files = names.map((name) => ({ path: `tests/fixtures/${name}.story`, source: fixtureSource(name) }));
  return compileStory(files, options.assets ? { assets: FIXTURE_ASSETS } : {});
}

/** Every diagnostic (errors and warnings) of compiling one fixture, formatted as story:check prints them. */
export function diagnosticsOf(name: string, options: { assets?: boolean } = {}): string[] {
  return compileFixtures([name], options).diagnostics.map(formatDiagnostic);
}
