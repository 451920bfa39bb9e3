/**
 * A strict Content-Security-Policy for the built page: everything from our own origin, no eval, and
 * the page's few inline `<script>` and `<style>` blocks allowed by their hashes only. The policy
 * is written into index.html at build time, computed from the very bytes it allows; the dev server
 * (which injects styles and its client) runs without it.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy's fixed part; script and style hashes are added per build. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** sha256 source expressions for every inline block of a tag in an HTML document. */
export function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const blocks = [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
  return blocks.filter((body) => body.trim() !== '').map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

/** The full policy for an HTML document. */
export function policyFor(html: string): string {
  const scripts = ["'self'", ...inlineHashes(html, 'script')];
  const styles = ["'self'", ...inlineHashes(html, 'style')];
  return [...CSP_DIRECTIVES, `script-src ${scripts.join(' ')}`, `style-src ${styles.join(' ')}`].join('; ');
}

/** Adds the policy as the first element of <head> in the built index.html. */
export function cspPlugin(): Plugin {
  return {
    name: 'metallic-rouge-csp',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
        return html.replace(/<head>/, `<head>\n    ${meta}`);
      },
    },
  };
}
