/**
 * `npm run story:check`: compiles assets/story and prints every diagnostic; exits 1 on errors.
 * `-- --json` prints the story outline as JSON instead (diagnostics go to stderr);
 * `-- --stats` adds lines, words and reading time per beat and route;
 * `-- --no-assets` skips the checks that art and sound files exist (for writing before the art lands).
 */
import { compileStory } from '../story/compile.ts';
import { formatDiagnostic, hasErrors } from '../story/diagnostics.ts';
import { outline } from '../story/outline.ts';
import { readAssetIndex, readStoryFiles } from './load-story.ts';
import { statsReport } from './story-stats.ts';

const json = process.argv.includes('--json');
const stats = process.argv.includes('--stats');
const root = process.cwd();
const result = compileStory(readStoryFiles(root), process.argv.includes('--no-assets') ? {} : { assets: readAssetIndex(root) });
const log = json ? console.error : console.log;
for (const d of result.diagnostics) log(formatDiagnostic(d));

if (result.graph && json) {
  process.stdout.write(`${JSON.stringify(outline(result.graph), null, 2)}\n`);
} else if (result.graph) {
  const g = result.graph;
  const lines = Object.values(g.beats).reduce((n, b) => n + b.steps.filter((s) => s.kind === 'line').length, 0);
  const facts = Object.values(g.dossiers).reduce((n, d) => n + d.facts.length, 0);
  const warnings = result.diagnostics.length;
  log(`story ok: ${g.beatOrder.length} beats, ${lines} lines, ${Object.keys(g.dossiers).length} dossiers, ${facts} facts, ${warnings} warning(s)`);
  if (stats) log(statsReport(g));
}
const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
if (hasErrors(result.diagnostics)) {
  console.error(`story check failed: ${errors} error(s)`);
  process.exitCode = 1;
}
