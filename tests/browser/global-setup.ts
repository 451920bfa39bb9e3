/** Builds the app once, serves it on 127.0.0.1 and tells the browser tests where, and which Chromium to use. */
import { existsSync } from 'node:fs';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to drive: CHROME_PATH, else the usual system paths; a clear message when there is none. */
export function findChromium(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'The browser tests need Chromium and found none. Install it from your OS packages ' +
        '(Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium), ' +
        'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromePath = findChromium();
  await build({ logLevel: 'warn', build: { outDir: 'dist' } });
  server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', address);
  project.provide('chromePath', chromePath);
  return async () => {
    await server?.close();
  };
}
