import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runStoryCheck } from '../../src/build/story-check-run.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'src', 'build', 'story-check.ts');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** What a run printed and how it ended. */
interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run story:check` (the same script, as its own process) in a folder; never throws on a non-zero exit. */
async function storyCheckProcess(cwd: string, ...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * Runs the same check in this process, as its command line does (each printed line ends in a
 * newline): most cases here, without starting Node and compiling the checker again for each.
 */
function storyCheck(cwd: string, ...args: string[]): Outcome {
  let stdout = '';
  let stderr = '';
  const code = runStoryCheck(args, { cwd, out: (line) => (stdout += `${line}\n`), err: (line) => (stderr += `${line}\n`) });
  return { code, stdout, stderr };
}

// The real script, copied aside with one writer's typo: the check must fail and point at it.
describe('npm run story:check', () => {
  const copy = mkdtempSync(join(tmpdir(), 'story-check-'));
  cpSync(join(root, 'assets'), join(copy, 'assets'), { recursive: true });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('passes on the real story and prints its outline as JSON', async () => {
    const result = storyCheck(copy, '--json');
    expect(result.code).toBe(0);
    const outline = JSON.parse(result.stdout) as { beats: { id: string; file: string; line: number; tier: number }[]; edges: unknown[]; dossiers: { facts: unknown[] }[] };
    expect(outline.beats.find((b) => b.id === 'sarahs-stage')).toMatchObject({ file: expect.stringMatching(/^assets\/story\/.+\.story$/), line: expect.any(Number), tier: expect.any(Number) });
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
      // As its own process, the way a writer runs it: the exit code and what is printed are the command line's.
      const result = await storyCheckProcess(copy);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`assets/story/01-prologue.story:${index + 1}:4: error: there is no beat 'nectar-smugling-attack' (did you mean 'nectar-smuggling-attack'?)`);
      expect(result.stderr.trim()).toBe('story check failed: 1 error(s)');
    } finally {
      writeFileSync(file, source);
    }
  }, 60_000);

  it('lists the names that sourced-names.txt lacks in lines and facts not marked dramatized, with a count', async () => {
    const file = join(copy, 'assets', 'story', 'sourced-names.txt');
    const names = readFileSync(file, 'utf8');
    writeFileSync(file, names.replace(/^Kevin$/m, '# Kevin left out for this test'));
    try {
      const result = storyCheck(copy, '--candidates');
      expect(result.code).toBe(0);
      const lines = result.stdout.split('\n');
      expect(lines.some((l) => /^assets\/story\/[\w/-]+\.story:\d+: 'Kevin' is not in the sourced names/.test(l))).toBe(true);
      expect(result.stdout).toMatch(/^\d+ name\(s\) in \d+ line\(s\) or fact\(s\) not marked dramatized are not in assets\/story\/sourced-names\.txt$/m);
    } finally {
      writeFileSync(file, names);
    }
  }, 60_000);
});

describe('npm run story:check with paths and options', () => {
  it('checks the files and folders it is given, together, instead of assets/story', async () => {
    const result = storyCheck(root, '--no-assets', 'tests/fixtures/unknown-jump.story');
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      "tests/fixtures/unknown-jump.story:12:4: error: there is no beat 'backstge' (did you mean 'backstage'?)",
    ]);
    const folder = mkdtempSync(join(tmpdir(), 'story-folder-'));
    try {
      cpSync(join(root, 'tests', 'fixtures', 'minimal.story'), join(folder, 'nested', 'minimal.story'), { recursive: true });
      const clean = storyCheck(folder, '--no-assets', '.');
      expect(clean.code).toBe(0);
      expect(clean.stdout).toContain('story ok: 1 beats, 1 lines, 0 dossiers, 0 facts, 0 recap chapters, 0 relationships, 0 warning(s)');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses an unknown option or a path that is not there, with the usage line', async () => {
    const usage = 'usage: npm run story:check -- [--json] [--stats] [--no-assets] [--candidates] [file.story | folder]...';
    const option = storyCheck(root, '--jsno');
    expect(option.code).toBe(2);
    expect(option.stderr.trim().split('\n')).toEqual(["story:check: unknown option '--jsno'", usage]);
    const path = storyCheck(root, 'assets/stroy');
    expect(path.code).toBe(2);
    expect(path.stderr.trim().split('\n')).toEqual(["story:check: 'assets/stroy' is neither a .story file nor a folder", usage]);
  }, 60_000);
});
