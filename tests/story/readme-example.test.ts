import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileFixtures, fixtureSource } from '../support/fixtures.ts';

// The README's example script is this fixture, word for word, and it compiles cleanly.
describe('the README\'s story example', () => {
  it('is the readme-example fixture', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /<!-- story-example -->\s*```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(fixtureSource('readme-example'));
  });

  it('compiles without errors or warnings, assets checked', () => {
    expect(compileFixtures(['readme-example'], { assets: true }).diagnostics).toEqual([]);
  });
});
