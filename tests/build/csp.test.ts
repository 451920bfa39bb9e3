import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor } from '../../src/build/csp-plugin.ts';

describe('the Content-Security-Policy written into the built page', () => {
  const html = '<head><style>body{margin:0}</style></head><body><script>document.title = "x";</script><script type="module" src="/assets/index.js"></script></body>';
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it('allows our own origin and exactly the inline blocks of the page, by hash; nothing else runs', () => {
    const policy = policyFor(html);
    expect(policy).toContain(`script-src 'self' ${sha('document.title = "x";')}`);
    expect(policy).toContain(`style-src 'self' ${sha('body{margin:0}')}`);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-(eval|inline)|https?:/);
  });

  it('changes when an inline block changes, so an edited page is never allowed by an old hash', () => {
    expect(policyFor(html.replace('"x"', '"y"'))).not.toBe(policyFor(html));
  });
});
