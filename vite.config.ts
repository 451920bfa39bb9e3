import { defineConfig } from 'vite';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { deferCssPlugin } from './src/build/defer-css-plugin.ts';
import { storyMapPlugin } from './src/build/map-plugin.ts';
import { offlinePlugin } from './src/build/offline-plugin.ts';
import { phaserCorePlugin } from './src/build/phaser-plugin.ts';
import { storyPlugin } from './src/build/story-plugin.ts';

export default defineConfig({
  // `base` sets the sub-path the site is served under (e.g. `vite build --base /games/rouge/`).
  // The map's layout reads the same compiled story, so it comes after the story plugin.
  plugins: [phaserCorePlugin(), storyPlugin(), storyMapPlugin(), offlinePlugin(), deferCssPlugin(), cspPlugin()],
  server: { port: 5173 },
  // Pre-bundled when the dev server starts: found later (Phaser loads only when a stage shows), a
  // dependency makes Vite re-optimise and reload the page, throwing a writer out of the story.
  optimizeDeps: { include: ['phaser', 'xstate', 'howler', 'idb-keyval', 'valibot'] },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    // Art and sound are always separate files: Phaser's loader cannot read URL-encoded SVG data: URIs,
    // and inlined audio would bloat the entry chunk.
    assetsInlineLimit: (file) => (/\.(svg|webm|ogg|mp3)$/.test(file) ? false : undefined),
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
});
