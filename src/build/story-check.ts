/**
 * `npm run story:check [-- options] [paths]`: compiles the story and prints every diagnostic; exits 1 on errors.
 * With no path it checks assets/story/; paths are .story files or folders (checked together, as one story).
 * `--json` prints the story outline as JSON instead (diagnostics go to stderr);
 * `--stats` adds lines, words and reading time per beat and route, and the recap's running time;
 * `--no-assets` skips the checks that art and sound files exist (for writing before the art lands);
 * `--candidates` lists names in lines and facts not marked dramatized that assets/story/sourced-names.txt lacks.
 * An unknown option prints the usage line and exits 2.
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
const root = process.cwd();
const parsed = parseCheckArgs(process.argv.slice(2));
if ('error' in parsed) {
  console.error(`${parsed.error}\n${CHECK_USAGE}`);
  process.exit(2);
}
const { options, paths } = parsed.args;
const { files, missing } = readStoryPaths(root, paths);
for (const path of missing) console.error(`story:check: '${path}' is neither a .story file nor a folder`);
if (missing.length > 0 || files.length === 0) {
  if (files.length === 0 && missing.length === 0) console.error(`story:check: no .story files in ${paths.join(', ')}`);
  console.error(CHECK_USAGE);
  process.exit(2);
}

const json = options.has('--json');
const result = compileStory(files, options.has('--no-assets') ? {} : { assets: readAssetIndex(root) });
const log = json ? console.error : console.log;
for (const d of result.diagnostics) log(formatDiagnostic(d));

if (result.graph && json) {
  process.stdout.write(`${JSON.stringify(outline(result.graph), null, 2)}\n`);
} else if (result.graph) {
  log(summary(result.graph, result.diagnostics.length));
  if (options.has('--stats')) log(statsReport(result.graph));
}
if (result.graph && options.has('--candidates')) printCandidates(result.graph, log);
if (hasErrors(result.diagnostics)) {
  console.error(`story check failed: ${result.diagnostics.filter((d) => d.severity === 'error').length} error(s)`);
  process.exitCode = 1;
}

function summary(g: StoryGraph, warnings: number): string {
  const lines = Object.values(g.beats).reduce((n, b) => n + b.steps.filter((s) => s.kind === 'line').length, 0);
  const facts = Object.values(g.dossiers).reduce((n, d) => n + d.facts.length, 0);
  return `story ok: ${g.beatOrder.length} beats, ${lines} lines, ${Object.keys(g.dossiers).length} dossiers, ${facts} facts, ${g.recap.length} recap chapters, ${g.relationships.length} relationships, ${warnings} warning(s)`;
}

function printCandidates(graph: StoryGraph, print: (line: string) => void): void {
  const candidates = nameCandidates(graph, parseSourcedNames(readFileSync(join(root, SOURCED_NAMES), 'utf8')));
  for (const candidate of candidates) print(formatCandidate(candidate));
  const places = new Set(candidates.map((c) => `${c.file}:${c.line}:${c.fact ?? ''}`)).size;
  print(`${candidates.length} name(s) in ${places} line(s) or fact(s) not marked dramatized are not in ${SOURCED_NAMES}`);
}
