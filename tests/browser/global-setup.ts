/** Builds the app once, serves it on 127.0.0.1, finds Chromium (each worker launches its own: support.ts), and tells the tests where both are. */
import { build, preview, type InlineConfig, type Plugin, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
  }
}

/**
 * `vite build` as `npm run build` does it. Vitest sets NODE_ENV to "test", which would make Vite
 * build a non-production bundle (import.meta.env.PROD false: no service worker, for one).
 */
export async function productionBuild(config: InlineConfig): Promise<void> {
  const previous = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build(config);
  } finally {
    process.env['NODE_ENV'] = previous;
  }
}

/**
 * Serves the build as it is on disk. Vite's preview server gzips every response as it sends it:
 * the same files compressed again for every page of every test, CPU the browser tests need, for
 * nothing a test looks at (the browser takes either).
 */
export const uncompressed: Plugin = {
  name: 'tests:uncompressed',
  configurePreviewServer(server) {
    server.middlewares.use((request, _response, next) => {
      delete request.headers['accept-encoding'];
      next();
    });
  },
};

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromePath = findChromium();
  // Warnings stay on, but not Rolldown's note that its plugins took much of the build: beside the
  // static checks (npm test runs them at the same time) every build looks slow.
  await productionBuild({ logLevel: 'warn', build: { outDir: 'dist', rolldownOptions: { checks: { bundlerTimings: false } } } });
  server = await preview({ logLevel: 'warn', plugins: [uncompressed], preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', address);
  project.provide('chromePath', chromePath);
  return async () => {
    await server?.close();
  };
}
