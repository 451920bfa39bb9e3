import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/story/diagnostics.ts';
import { parseDirective } from '../../src/story/directives/parse.ts';
import { DIRECTIVE_VERBS, DIRECTIVES } from '../../src/story/directives/index.ts';
import { PLAY } from '../../src/story/directives/play.ts';

// The directive table: one entry per stage direction, and the writer's documentation follows it.
describe('the directive table', () => {
  it('holds the nine directions a writer can use', () => {
    expect([...DIRECTIVE_VERBS].sort()).toEqual(['ambience', 'bg', 'hide', 'music', 'set', 'sfx', 'show', 'transition', 'unlock']);
  });

  it('plays each direction the way it is declared: the browser\'s play table and the compiler\'s table agree', () => {
    expect(Object.keys(PLAY).sort()).toEqual(Object.keys(DIRECTIVES).sort());
    for (const [kind, directive] of Object.entries(DIRECTIVES)) expect(PLAY[kind as keyof typeof PLAY], kind).toBe(directive.play);
  });

  it('keeps the parsers out of what the browser plays with (play.ts imports no compiler module)', () => {
    const play = readFileSync('src/story/directives/play.ts', 'utf8');
    expect(play).not.toMatch(/from '\.\/(index|parse)\.ts'|from '\.\.\/(diagnostics|blocks|body|beats|resolve)\.ts'/);
  });

  it('documents every direction in FORMAT.md\'s table of directions', () => {
    const format = readFileSync('assets/story/FORMAT.md', 'utf8');
    for (const verb of DIRECTIVE_VERBS) expect(format, verb).toMatch(new RegExp(`^\\| \`\\[${verb}[ \\]]`, 'm'));
  });

  it('parses every direction\'s own usage example without a diagnostic', () => {
    for (const directive of Object.values(DIRECTIVES)) {
      const diagnostics: Diagnostic[] = [];
      const parsed = parseDirective(directive.usage, { line: 1, col: 1 }, 'usage.story', (d) => diagnostics.push(d));
      expect(diagnostics, directive.usage).toEqual([]);
      expect(parsed?.kind, directive.usage).toBe(directive.kind);
    }
  });

  it('computes the columns of a direction\'s words from the text, wherever it is indented', () => {
    const diagnostics: Diagnostic[] = [];
    parseDirective('[ show   sarah smile at  lefft ]', { line: 3, col: 5 }, 'x.story', (d) => diagnostics.push(d));
    expect(diagnostics).toEqual([
      { file: 'x.story', line: 3, col: 30, severity: 'error', message: "unknown position 'lefft'", hint: "did you mean 'left'?" },
    ]);
  });
});
