/**
 * What `npm run story:check` does (src/build/story-check.ts is its command line): compiles the story
 * and prints every diagnostic; 1 on errors, 2 on a command line it cannot use, else 0.
 * With no path it checks assets/story/; paths are .story files or folders (checked together, as one story).
 * `--json` prints the story outline as JSON instead (diagnostics go to stderr);
 * `--stats` adds lines, words and reading time per beat and route, and the recap's running time;
 * `--no-assets` skips the checks that art and sound files exist (for writing before the art lands);
 * `--candidates` lists names in lines and facts not marked dramatized that assets/story/sourced-names.txt lacks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCandidate, nameCandidates, parseSourcedNames } from '../story/candidates.ts';
import { compileStory } from '../story/compile.ts';
import { formatDiagnostic, hasErrors } from '../story/diagnostics.ts';
import { outline } from '../story/outline.ts';
import type { StoryGraph } from '../story/types.ts';
import { CHECK_USAGE, parseCheckArgs } from './check-args.ts';
import { readAssetIndex, readStoryPaths } from './load-story.ts';
import { statsReport } from './story-stats.ts';

const SOURCED_NAMES = 'assets/story/sourced-names.txt';

/** Where story:check runs and writes: its folder, and its standard output and error, a line at a time. */
export interface CheckIo {
  readonly cwd: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Runs story:check on a command line (the arguments after `--`); returns the exit code. */
export function runStoryCheck(argv: readonly string[], io: CheckIo): number {
  const parsed = parseCheckArgs(argv);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n${CHECK_USAGE}`);
    return 2;
  }
  const { options, paths } = parsed.args;
  const { files, missing } = readStoryPaths(io.cwd, paths);
  for (const path of missing) io.err(`story:check: '${path}' is neither a .story file nor a folder`);
  if (missing.length > 0 || files.length === 0) {
    if (files.length === 0 && missing.length === 0) io.err(`story:check: no .story files in ${paths.join(', ')}`);
    io.err(CHECK_USAGE);
    return 2;
  }

  const json = options.has('--json');
  const result = compileStory(files, options.has('--no-assets') ? {} : { assets: readAssetIndex(io.cwd) });
  const log = json ? io.err : io.out;
  for (const d of result.diagnostics) log(formatDiagnostic(d));

  if (result.graph && json) {
    io.out(JSON.stringify(outline(result.graph), null, 2));
  } else if (result.graph) {
    log(summary(result.graph, result.diagnostics.length));
    if (options.has('--stats')) log(statsReport(result.graph));
  }
  if (result.graph && options.has('--candidates')) printCandidates(result.graph, io.cwd, log);
  if (hasErrors(result.diagnostics)) {
    io.err(`story check failed: ${result.diagnostics.filter((d) => d.severity === 'error').length} error(s)`);
    return 1;
  }
  return 0;
}

function summary(g: StoryGraph, warnings: number): string {
  const lines = Object.values(g.beats).reduce((n, b) => n + b.steps.filter((s) => s.kind === 'line').length, 0);
  const facts = Object.values(g.dossiers).reduce((n, d) => n + d.facts.length, 0);
  return `story ok: ${g.beatOrder.length} beats, ${lines} lines, ${Object.keys(g.dossiers).length} dossiers, ${facts} facts, ${g.recap.length} recap chapters, ${g.relationships.length} relationships, ${warnings} warning(s)`;
}

function printCandidates(graph: StoryGraph, cwd: string, print: (line: string) => void): void {
  const candidates = nameCandidates(graph, parseSourcedNames(readFileSync(join(cwd, SOURCED_NAMES), 'utf8')));
  for (const candidate of candidates) print(formatCandidate(candidate));
  const places = new Set(candidates.map((c) => `${c.file}:${c.line}:${c.fact ?? ''}`)).size;
  print(`${candidates.length} name(s) in ${places} line(s) or fact(s) not marked dramatized are not in ${SOURCED_NAMES}`);
}
