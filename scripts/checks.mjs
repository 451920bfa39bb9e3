// The static checks — the type check, the linter, the story compiler — side by side, each one's
// output printed whole when it ends. `node scripts/checks.mjs` runs them alone and fails when any
// fails; `npm test` (scripts/test.mjs) runs them beside Vitest.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

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

/** One check's result as printed: a ✓ or ✗ line, then whatever it said. */
export function report({ script, code, output, ms }) {
  const line = `${code === 0 ? '✓' : '✗'} npm run ${script} (${(ms / 1000).toFixed(1)} s)`;
  return output.trim() ? `${line}\n${output.trimEnd()}` : line;
}

/** Runs every check at once; `onResult` hears each as it ends. Resolves to all results, in CHECKS order. */
export function runChecks(onResult = () => {}) {
  return Promise.all(CHECKS.map((script) => run(script).then((result) => (onResult(result), result))));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runChecks();
  for (const result of results) console.log(report(result));
  process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
}
