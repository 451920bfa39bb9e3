// The static checks `npm test` runs before Vitest — the type check, the linter, the story compiler —
// side by side, each one's output printed whole when it ends; fails when any of them fails.
import { spawn } from 'node:child_process';

const CHECKS = ['typecheck', 'lint', 'story:check'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ script, code: 1, output: String(error), ms: Date.now() - started }));
    child.on('close', (code) => resolve({ script, code: code ?? 1, output, ms: Date.now() - started }));
  });
}

const results = await Promise.all(CHECKS.map(run));
for (const { script, code, output, ms } of results) {
  console.log(`${code === 0 ? '✓' : '✗'} npm run ${script} (${(ms / 1000).toFixed(1)} s)`);
  if (output.trim()) console.log(output.trimEnd());
}
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
