import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'src', 'build', 'story-check.ts');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** Runs `npm run story:check` (the same script) in a folder; never throws on a non-zero exit. */
async function storyCheck(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// The real script, copied aside with one writer's typo: the check must fail and point at it.
describe('npm run story:check', () => {
  const copy = mkdtempSync(join(tmpdir(), 'story-check-'));
  cpSync(join(root, 'assets'), join(copy, 'assets'), { recursive: true });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('passes on the real story and prints its outline as JSON', async () => {
    const result = await storyCheck(copy, '--json');
    expect(result.code).toBe(0);
    const outline = JSON.parse(result.stdout) as { beats: { id: string; file: string; line: number; tier: number }[]; edges: unknown[]; dossiers: { facts: unknown[] }[] };
    expect(outline.beats.find((b) => b.id === 'sarahs-stage')).toMatchObject({ file: expect.stringMatching(/^assets\/story\/.+\.story$/), line: expect.any(Number), tier: 1 });
    expect(outline.edges.length).toBeGreaterThan(outline.beats.length);
    expect(outline.dossiers.every((d) => d.facts.length > 0)).toBe(true);
  }, 60_000);

  it('fails on a misspelled jump target, naming the file and line', async () => {
    const file = join(copy, 'assets', 'story', '01-prologue.story');
    const source = readFileSync(file, 'utf8');
    const lines = source.split('\n');
    const index = lines.findIndex((l) => l.trim() === '-> nectar-smuggling-attack');
    expect(index).toBeGreaterThan(-1);
    lines[index] = '-> nectar-smugling-attack';
    writeFileSync(file, lines.join('\n'));
    try {
      const result = await storyCheck(copy);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`assets/story/01-prologue.story:${index + 1}:4: error: there is no beat 'nectar-smugling-attack' (did you mean 'nectar-smuggling-attack'?)`);
    } finally {
      writeFileSync(file, source);
    }
  }, 60_000);
});
