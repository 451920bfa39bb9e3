/**
 * `npm run story:check [-- options] [paths]`: compiles the story and prints every diagnostic; exits 1
 * on errors, 2 (with the usage line) on an unknown option or a path that is not there. What it checks
 * and its options: src/build/story-check-run.ts.
 */
import { runStoryCheck } from './story-check-run.ts';

process.exitCode = runStoryCheck(process.argv.slice(2), { cwd: process.cwd(), out: (line) => console.log(line), err: (line) => console.error(line) });
