/**
 * The screens' stylesheet does not hold up the title's first paint: index.html's inline CSS draws
 * the title, so the built `<link rel="stylesheet">` is loaded as `media="print"` (fetched, not
 * render-blocking) and `src/main.ts` switches it on (`applyStylesheet`) before anything it styles shows.
 */
import type { Plugin } from 'vite';

/** The id main.ts looks the deferred stylesheet up by. */
export const DEFERRED_CSS_ID = 'ui-css';

/** Rewrites the entry stylesheet's link in built HTML; returns the HTML unchanged when there is none. */
export function deferEntryStylesheet(html: string): string {
  return html.replace(/<link rel="stylesheet"( crossorigin)? href="([^"]*\/assets\/index-[^"/]+\.css)">/, `<link rel="stylesheet"$1 href="$2" media="print" id="${DEFERRED_CSS_ID}">`);
}

export function deferCssPlugin(): Plugin {
  return {
    name: 'metallic-rouge-defer-css',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: { order: 'post', handler: deferEntryStylesheet },
  };
}
