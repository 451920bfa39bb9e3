// `npm test`: the static checks (scripts/checks.mjs) and Vitest side by side. The checks take about
// 20 s of two cores' time, and Vitest's first minute (the unit tests in one worker, the build for the
// browser tests) leaves one core mostly idle; together they finish sooner than one after the other.
// A failing check is printed as soon as it ends; the passing ones are listed after Vitest's summary.
// Arguments go to Vitest (`npm test -- tests/ui`). Fails when a check or Vitest fails.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { report, runChecks } from './checks.mjs';

const vitestBin = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

const vitest = new Promise((resolve) => {
  const child = spawn(process.execPath, [vitestBin, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('error', (error) => {
    console.error(`Vitest could not start: ${error.message}`);
    resolve(1);
  });
  child.on('close', (code) => resolve(code ?? 1));
});

const checks = runChecks((result) => {
  if (result.code !== 0) console.log(`\n${report(result)}\n`);
});

const [vitestCode, results] = await Promise.all([vitest, checks]);
console.log('');
for (const result of results) if (result.code === 0) console.log(report(result));
const failed = results.filter((r) => r.code !== 0).map((r) => `npm run ${r.script}`);
if (failed.length > 0) console.log(`✗ failed: ${failed.join(', ')} (printed above)`);
process.exitCode = vitestCode !== 0 || failed.length > 0 ? 1 : 0;
